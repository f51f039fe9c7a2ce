/**
 * Edges drawn over several frames when there are many of them.
 *
 * With software WebGL (SwiftShader: headless Chromium, machines without a
 * GPU) the page's main thread waits, at each frame, until the GPU process
 * has drawn everything that frame asked for: the compositor reads the WebGL
 * canvases back. 52k edges are 150-350 ms of that (as lines; load average
 * 6-10, scripts/bench/view-gpu.ts), on top of the nodes: every frame that
 * draws them all is a long task. Here a frame draws at most `budget`
 * vertices of edges: the rest are drawn in the next frames, in sigma's
 * program order, on the edge layer that is kept between frames
 * (`preserveDrawingBuffer`, see `EDGE_LAYER_OPTIONS`). Nodes and labels are
 * drawn in full in the first frame; the edges fill in over a few frames
 * after it.
 *
 * The budget adapts: a frame that took over `slowMs` shrinks it, one under
 * `fastMs` grows it. Anything that clears the canvases (a render: camera
 * move, refresh, new graph) drops what was left and starts again.
 *
 * sigma 3.0 internals: the edge programs' `render(params)`, and for a plain
 * (not instanced, not compound) program its `normalProgram`, `ATTRIBUTES`,
 * `bindAttribute`, `setUniforms`, `METHOD` and `verticesCount`, drawn here
 * range by range with `drawArrays(first, count)`.
 */
import type Sigma from 'sigma';

export interface EdgeFrameSettings {
  /** Vertices of edges drawn in one frame at first (a line is 2 vertices). */
  initialBudget: number;
  minBudget: number;
  maxBudget: number;
  /** A continuation frame slower than this shrinks the budget; faster than `fastMs` grows it. */
  slowMs: number;
  fastMs: number;
}

export const EDGE_FRAMES: EdgeFrameSettings = {
  initialBudget: 6_000,
  minBudget: 2_000,
  maxBudget: 400_000,
  slowMs: 110,
  fastMs: 55,
};

/** The context options sigma's edge layer needs to be drawn over several frames. */
export const EDGE_LAYER_OPTIONS = { preserveDrawingBuffer: true } as const;

interface ProgramInfo {
  gl: WebGLRenderingContext;
  buffer: WebGLBuffer;
  program: WebGLProgram;
  frameBuffer: WebGLFramebuffer | null;
}

interface EdgeProgram {
  render(params: unknown): void;
  // A plain program:
  normalProgram?: ProgramInfo;
  isInstanced?: boolean;
  verticesCount?: number;
  VERTICES?: number;
  METHOD?: number;
  ATTRIBUTES?: unknown[];
  bindAttribute?(attr: unknown, program: ProgramInfo, offset: number, setDivisor?: boolean): number;
  unbindProgram?(program: ProgramInfo): void;
  bindProgram?(program: ProgramInfo): void;
  setUniforms?(params: unknown, program: ProgramInfo): void;
  // A compound one:
  programs?: EdgeProgram[];
}

interface Pending {
  program: EdgeProgram;
  render: (params: unknown) => void;
  params: unknown;
  /** Next vertex to draw (plain programs). */
  from: number;
  /** Whether the program's data is already in its GL buffer (uploaded by the first range). */
  uploaded: boolean;
}

const splittable = (p: EdgeProgram): boolean => !!p.normalProgram && !p.isInstanced && !p.programs && typeof p.verticesCount === 'number' && typeof p.bindAttribute === 'function';

/** Vertices a program draws (a compound one: all of its parts). */
function costOf(p: EdgeProgram): number {
  if (p.programs) return p.programs.reduce((a, q) => a + costOf(q), 0);
  return p.verticesCount ?? 0;
}

/** Draw vertices [from, from + count) of a plain program, its data uploaded once. */
function drawRange(p: EdgeProgram, params: unknown, from: number, count: number, upload: boolean): void {
  const info = p.normalProgram!;
  const gl = info.gl;
  const { width, height, pixelRatio } = params as { width: number; height: number; pixelRatio: number };
  gl.viewport(0, 0, width * pixelRatio, height * pixelRatio);
  if (upload) p.bindProgram!(info);
  else {
    gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
    let offset = 0;
    for (const attr of p.ATTRIBUTES!) offset += p.bindAttribute!(attr, info, offset);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }
  gl.enable(gl.BLEND);
  gl.useProgram(info.program);
  p.setUniforms!(params, info);
  gl.bindFramebuffer(gl.FRAMEBUFFER, info.frameBuffer);
  gl.drawArrays(p.METHOD!, from, count);
  p.unbindProgram!(info);
}

interface FirstEdges {
  budget: number;
  drawn: number;
  total: number;
  frames: number;
  alone: boolean;
}

export class EdgeFrames {
  budget: number;
  private queue: Pending[] = [];
  /** What is left of this frame's budget. */
  private left = 0;
  private frame: number | undefined;
  private lastFrameAt = 0;
  /** Frames drawn after the first one since the last render (for the tests). */
  continued = 0;
  /**
   * The first render that had edges: its budget, the vertices it drew, all its vertices, the frames after it, and
   * whether it drew the edges alone (`renderEdges`: no node drawn again) (for the tests).
   */
  first: FirstEdges | undefined;
  private current: FirstEdges | undefined;
  /** Whether the last render's edges are all drawn. */
  get complete(): boolean {
    return this.queue.length === 0;
  }

  constructor(
    private readonly renderer: Sigma,
    private readonly settings: EdgeFrameSettings = EDGE_FRAMES,
  ) {
    this.budget = settings.initialBudget;
    const programs = (renderer as unknown as { edgePrograms: Record<string, EdgeProgram> }).edgePrograms;
    for (const program of Object.values(programs)) {
      const render = program.render.bind(program);
      program.render = (params) => this.draw(program, render, params);
    }
    renderer.on('beforeClear', () => this.reset());
    renderer.on('beforeRender', () => this.start());
    renderer.on('afterRender', () => this.end());
    renderer.on('kill', () => this.reset());
  }

  private start(alone = false): void {
    this.left = this.budget;
    this.current = this.first ? undefined : { budget: this.budget, drawn: 0, total: 0, frames: 0, alone };
  }

  private end(): void {
    const c = this.current;
    if (c && c.total > 0) {
      c.drawn = c.budget - this.left;
      this.first = c;
    }
  }

  /**
   * The edge half of a render, alone: each of `programs` (sigma's edge
   * programs, in its order) drawn with `params` (the last render's) within
   * the budget, the rest over the next frames, as in a render; nothing else
   * is drawn or cleared (renderer.ts `addingRenderEdges`: the edges of a
   * graph whose nodes are already on screen).
   */
  renderEdges(programs: Array<{ render(params: unknown): void }>, params: unknown): void {
    this.reset();
    this.start(true);
    for (const p of programs) p.render(params);
    this.end();
  }

  private reset(): void {
    this.queue = [];
    this.continued = 0;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** A program's turn in sigma's render: draw what the budget allows, keep the rest. */
  private draw(program: EdgeProgram, render: (params: unknown) => void, params: unknown): void {
    const cost = costOf(program);
    if (cost === 0) return;
    if (this.current) this.current.total += cost;
    if (this.queue.length === 0 && cost <= this.left) {
      this.left -= cost;
      render(params);
      return;
    }
    const pending: Pending = { program, render, params, from: 0, uploaded: false };
    if (this.queue.length === 0 && splittable(program) && this.left > 0) this.advance(pending);
    this.queue.push(pending);
    this.schedule();
  }

  /** Draw the next range of a plain program within what is left of the budget. */
  private advance(p: Pending): void {
    const total = p.program.verticesCount!;
    const per = p.program.VERTICES ?? 1;
    const count = Math.min(total - p.from, Math.max(per, Math.floor(this.left / per) * per));
    drawRange(p.program, p.params, p.from, count, !p.uploaded);
    p.uploaded = true;
    p.from += count;
    this.left -= count;
  }

  private schedule(): void {
    if (this.frame !== undefined) return;
    this.lastFrameAt = performance.now();
    this.frame = requestAnimationFrame(() => this.continue());
  }

  private continue(): void {
    this.frame = undefined;
    const took = performance.now() - this.lastFrameAt;
    const s = this.settings;
    if (took > s.slowMs) this.budget = Math.max(s.minBudget, Math.floor(this.budget * 0.6));
    else if (took < s.fastMs) this.budget = Math.min(s.maxBudget, Math.floor(this.budget * 1.5));
    this.left = this.budget;
    this.continued++;
    if (this.first && this.first === this.current) this.first.frames++;
    let drewSome = false;
    while (this.queue.length && this.left > 0) {
      const head = this.queue[0]!;
      if (splittable(head.program)) {
        this.advance(head);
        drewSome = true;
        if (head.from >= head.program.verticesCount!) this.queue.shift();
      } else {
        const cost = costOf(head.program);
        if (cost > this.left && drewSome) break;
        head.render(head.params);
        drewSome = true;
        this.left -= cost;
        this.queue.shift();
      }
    }
    if (this.queue.length) this.schedule();
  }
}
