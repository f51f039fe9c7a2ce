/**
 * Labels that never overlap: a drawer for sigma that skips a label whose box
 * would cover one already drawn in the same frame (the candidates come
 * biggest node first, see renderer.ts), and records the boxes it drew, which
 * the tests and the benchmark count. Pure: a canvas context is passed in.
 */
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

/** A drawn label's box, in viewport pixels. */
export interface LabelBox {
  node: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const LABEL_SIZE = 13;
/** Room kept around each label, in pixels. */
export const LABEL_MARGIN = 2;

/** Do two boxes intersect (touching edges do not count)? */
export function intersects(a: Omit<LabelBox, 'node'>, b: Omit<LabelBox, 'node'>): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Pairs of boxes that intersect (the benchmark's and the tests' measure; target 0). */
export function overlappingPairs(boxes: readonly LabelBox[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (intersects(boxes[i]!, boxes[j]!)) n++;
  return n;
}

/**
 * A label drawer that skips labels whose box would cover one drawn before in
 * the same frame, and records the boxes it drew. Same geometry as sigma's
 * default drawer (text at x + size + 3, baseline y + fontSize / 3).
 */
export class LabelPlacer {
  drawn: LabelBox[] = [];
  /** Nodes whose label may be drawn over others (the focus). */
  force = new Set<string>();
  private widths = new Map<string, number>();

  reset(): void {
    this.drawn = [];
  }

  draw = (
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string },
    settings: Settings<never, never>,
  ): void => {
    if (!data.label) return;
    const size = settings.labelSize;
    const font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    context.font = font;
    const wKey = `${font}\u0000${data.label}`;
    let w = this.widths.get(wKey);
    if (w === undefined) {
      w = context.measureText(data.label).width;
      this.widths.set(wKey, w);
    }
    const box = { node: data.key ?? '', x: data.x + data.size + 3 - LABEL_MARGIN, y: data.y - size * 0.75 - LABEL_MARGIN, w: w + 2 * LABEL_MARGIN, h: size + 2 * LABEL_MARGIN };
    if (!this.force.has(box.node) && this.drawn.some((b) => intersects(b, box))) return;
    this.drawn.push(box);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
  };
}

