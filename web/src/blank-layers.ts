/**
 * WebGL layers that know when they are blank, so that clearing a blank one
 * is skipped.
 *
 * sigma clears its three WebGL canvases (edges, nodes, hovered nodes) at
 * every render. A clear, like a draw, marks a canvas changed, and the
 * compositor then takes the canvas's new picture; with software WebGL
 * (SwiftShader: headless Chromium, machines without a GPU) that is a
 * `readPixels` of the whole canvas, which waits for the GPU process to finish
 * that context's work and copies it back: about 30 ms of the page's main
 * thread per canvas at 1050 x 751 (trace of `npm run bench -- view`'s first
 * frame: each read 17 ms of thread time, and as much again to copy it). The
 * hovered-nodes layer is blank but for a hover, and the edge layer is blank
 * in the overview's first frame and in every frame of a pan that hides the
 * edges: their clears were those reads and nothing else.
 *
 * `trackBlank(gl)` follows what is drawn on the context's canvas (draws and
 * clears while no framebuffer object is bound; drawing into a framebuffer
 * object, such as sigma's picking layer, does not change the canvas) and
 * makes `gl.clear(COLOR_BUFFER_BIT)` of a canvas known to be blank do
 * nothing. Blank means every pixel is (0, 0, 0, 0), which is what a clear to
 * the clear colour (0, 0, 0, 0) gives: the clear is skipped only then, with
 * every colour channel written and no scissor test on. With `preserveDrawingBuffer: false` the browser also
 * blanks a canvas after showing it, which only makes it blank sooner.
 */

/** WebGL2's draw framebuffer target (FRAMEBUFFER sets it too). */
const DRAW_FRAMEBUFFER = 0x8ca9;

interface LayerState {
  /** Whether the canvas may hold a non-blank pixel. */
  painted: boolean;
  /** Whether draws go to a framebuffer object (not the canvas). */
  offscreen: boolean;
  /** Whether a clear of the colour buffer blanks the whole canvas: clear colour (0, 0, 0, 0), every channel written, no scissor test. */
  clearsToBlank: boolean;
  clearColor: boolean;
  colorMask: boolean;
  scissor: boolean;
  /** Clears skipped (for the tests). */
  skipped: number;
  /** Draws and clears that reached the canvas, each of which has the compositor read it back (for the tests and the bench). */
  writes: number;
}

const states = new WeakMap<WebGLRenderingContext | WebGL2RenderingContext, LayerState>();

type AnyFn = (...args: never[]) => unknown;

/** Wrap `obj[name]` (if it is a function) so that `before` runs first with its arguments. */
function wrap(obj: object, name: string, before: (...args: unknown[]) => void): void {
  const target = obj as Record<string, AnyFn | undefined>;
  const f = target[name];
  if (typeof f !== 'function') return;
  const bound = f.bind(obj);
  target[name] = ((...args: unknown[]) => {
    before(...args);
    return (bound as (...a: unknown[]) => unknown)(...args);
  }) as AnyFn;
}

const DRAWS = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements', 'blitFramebuffer'];
const EXT_DRAWS = ['drawArraysInstancedANGLE', 'drawElementsInstancedANGLE'];

/** Follow what `gl` draws on its canvas, and skip clears of that canvas while it is blank (a new canvas is). */
export function trackBlank(gl: WebGLRenderingContext | WebGL2RenderingContext): void {
  if (states.has(gl)) return;
  const state: LayerState = { painted: false, offscreen: false, clearsToBlank: true, clearColor: true, colorMask: true, scissor: false, skipped: 0, writes: 0 };
  const update = (): void => {
    state.clearsToBlank = state.clearColor && state.colorMask && !state.scissor;
  };
  states.set(gl, state);
  const painting = (): void => {
    if (state.offscreen) return;
    state.painted = true;
    state.writes++;
  };
  wrap(gl, 'bindFramebuffer', (target, framebuffer) => {
    if (target === gl.FRAMEBUFFER || target === DRAW_FRAMEBUFFER) state.offscreen = framebuffer !== null && framebuffer !== undefined;
  });
  wrap(gl, 'clearColor', (r, g, b, a) => {
    state.clearColor = r === 0 && g === 0 && b === 0 && a === 0;
    update();
  });
  wrap(gl, 'colorMask', (r, g, b, a) => {
    state.colorMask = !!r && !!g && !!b && !!a;
    update();
  });
  wrap(gl, 'enable', (cap) => {
    if (cap === gl.SCISSOR_TEST) state.scissor = true;
    update();
  });
  wrap(gl, 'disable', (cap) => {
    if (cap === gl.SCISSOR_TEST) state.scissor = false;
    update();
  });
  for (const name of DRAWS) wrap(gl, name, painting);
  wrap(gl, 'clearBufferfv', painting);
  wrap(gl, 'clearBufferiv', painting);
  wrap(gl, 'clearBufferuiv', painting);
  const getExtension = gl.getExtension.bind(gl);
  (gl as { getExtension: (name: string) => unknown }).getExtension = (name: string) => {
    const ext = getExtension(name) as object | null;
    if (ext && name === 'ANGLE_instanced_arrays' && !(ext as { __blankTracked?: boolean }).__blankTracked) {
      for (const n of EXT_DRAWS) wrap(ext, n, painting);
      (ext as { __blankTracked?: boolean }).__blankTracked = true;
    }
    return ext;
  };
  const clear = gl.clear.bind(gl);
  gl.clear = (mask: number) => {
    if (!state.offscreen) {
      if (mask === gl.COLOR_BUFFER_BIT && !state.painted && state.clearsToBlank) {
        state.skipped++;
        return;
      }
      // A clear to blank of the whole canvas leaves it blank; anything else may paint it.
      if (mask & gl.COLOR_BUFFER_BIT) state.painted = !state.clearsToBlank;
      state.writes++;
    }
    clear(mask);
  };
}

/** Whether `gl`'s canvas is known to be blank (undefined: not tracked). */
export function isBlank(gl: WebGLRenderingContext | WebGL2RenderingContext): boolean | undefined {
  const s = states.get(gl);
  return s ? !s.painted : undefined;
}

/** Clears of `gl`'s canvas skipped because it was blank (for the tests). */
export function skippedClears(gl: WebGLRenderingContext | WebGL2RenderingContext): number {
  return states.get(gl)?.skipped ?? 0;
}

/** Draws and clears that reached `gl`'s canvas so far (a frame that made any has the canvas read back). */
export function canvasWrites(gl: WebGLRenderingContext | WebGL2RenderingContext): number {
  return states.get(gl)?.writes ?? 0;
}
