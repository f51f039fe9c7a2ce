/**
 * sigma's WebGL programs without instancing.
 *
 * sigma 3 draws every node (a triangle around its disc) and every arrow or
 * curved edge as one instance of a small constant shape: one
 * `drawArraysInstanced` per program. Software WebGL (SwiftShader, which
 * headless Chromium and machines without a GPU use) runs an instanced draw
 * as one draw per instance, each with its own set-up: 7,081 nodes cost
 * 245 ms of GPU time a frame, growing with the count and not with the
 * pixels drawn (100 nodes 3.4 ms, 1,000 28 ms; load average 9; see
 * scripts/bench/view-gpu.ts), twice with the picking layer. The same
 * triangles written out vertex by vertex are one plain `drawArrays`.
 *
 * `deinstanced(Program)` is that program with its constant attributes (the
 * corner of the shape a vertex is) moved into the per-vertex data: each item
 * is written once by the program's own `processVisibleItem`, then copied to
 * its other vertices with their constant values. Same shaders, same
 * uniforms, same picture; the data is VERTICES times larger (a few MB at
 * 50k edges).
 */
import { createEdgeArrowHeadProgram, createEdgeClampedProgram, createEdgeCompoundProgram, getAttributesItemsCount } from 'sigma/rendering';
import type { Attributes } from 'graphology-types';

type Definition = {
  VERTICES: number;
  ATTRIBUTES: Array<{ name: string; size: number; type: number; normalized?: boolean }>;
  CONSTANT_ATTRIBUTES?: Array<{ name: string; size: number; type: number; normalized?: boolean }>;
  CONSTANT_DATA?: number[][];
  [k: string]: unknown;
};

/** What the wrapper needs of a sigma program instance. */
interface ProgramLike {
  array: Float32Array;
  getDefinition(): Definition;
  processVisibleItem(index: number, startIndex: number, ...rest: unknown[]): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ProgramClass = new (...args: any[]) => any;

const cache = new WeakMap<ProgramClass, ProgramClass>();

export function deinstanced<C extends ProgramClass>(Base: C): C {
  const known = cache.get(Base);
  if (known) return known as C;
  const Flat = class extends (Base as unknown as new (...args: unknown[]) => ProgramLike) {
    /** Per-item float slots of the original program, and its constant data. */
    declare private flat: { items: number; constants: number[][]; constantItems: number } | undefined;

    override getDefinition(): Definition {
      const def = super.getDefinition();
      if (!def.CONSTANT_ATTRIBUTES) return def;
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA, ...rest } = def;
      this.flat ??= { items: getAttributesItemsCount(def.ATTRIBUTES), constants: CONSTANT_DATA ?? [], constantItems: getAttributesItemsCount(CONSTANT_ATTRIBUTES) };
      return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    override processVisibleItem(index: number, startIndex: number, ...rest: unknown[]): void {
      super.processVisibleItem(index, startIndex, ...rest);
      const flat = this.flat;
      if (!flat) return;
      const array = this.array;
      const { items, constants, constantItems } = flat;
      const vertex = items + constantItems;
      for (let v = constants.length - 1; v >= 0; v--) {
        const at = startIndex + v * vertex;
        if (v > 0) array.copyWithin(at, startIndex, startIndex + items);
        const c = constants[v]!;
        for (let k = 0; k < constantItems; k++) array[at + items + k] = c[k]!;
      }
    }
  };
  cache.set(Base, Flat);
  return Flat as unknown as C;
}

/** sigma's `EdgeArrowProgram` (a clamped line and a head), without instancing. */
export function flatEdgeArrowProgram<N extends Attributes, E extends Attributes>(): ProgramClass {
  return createEdgeCompoundProgram<N, E>([deinstanced(createEdgeClampedProgram<N, E>()), deinstanced(createEdgeArrowHeadProgram<N, E>())]);
}
