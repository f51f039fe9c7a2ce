/**
 * ForceAtlas2 in a web worker, with play/pause and a convergence check.
 *
 * The worker runs on a bare copy of the rendering graph (positions and
 * structure only), not on the graph sigma sees: positions are copied into
 * the rendering graph at most every `syncMs`, so the main thread re-renders a
 * few times a second instead of after every iteration. Every `checkMs` the
 * mean node displacement per iteration, relative to the graph's extent, is
 * measured; once at least `minIterations` ran and it is below `threshold`
 * twice in a row (or past `maxMs`) the layout stops by itself.
 *
 * Level of detail: the cost of the first full frame is measured; when a full
 * frame of the current graph would take over `frameBudgetMs` (seconds with
 * software WebGL at 10k nodes), the view shows a preview while the layout runs
 * (`previewGraph`: the `previewNodes` biggest nodes, no edges) and swaps the
 * full graph back in when the layout stops. Fast GPUs render it live.
 */
import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { fa2Settings } from '../../src/layout/forceatlas.ts';
import type { RenderGraph } from './render-graph.ts';
import type { Positions } from '../../src/layout/seed.ts';

export const LAYOUT_DEFAULTS = {
  /** Copy positions to the rendering graph this often (ms per 1k nodes, bounded). */
  syncMsPer1k: 60,
  syncMinMs: 120,
  syncMaxMs: 1000,
  checkMs: 500,
  /** Mean displacement per iteration, as a share of the graph's extent. */
  threshold: 0.0002,
  minIterations: 100,
  /** A frame that would take longer than this is not rendered live. */
  frameBudgetMs: 120,
  /** Without a measurement: render live up to this many nodes + edges. */
  liveRenderLimit: 6000,
  previewNodes: 200,
  maxMs: 30_000,
} as const;

/** `converged`: it settled; `timeout`: it was stopped at `maxMs`. */
export type LayoutEvent = 'start' | 'stop' | 'converged' | 'timeout';

export class LayoutController {
  private supervisor: FA2Layout | undefined;
  private graph: RenderGraph | undefined;
  /** The worker's graph: positions and structure only, no listeners. */
  private layoutGraph: Graph<{ x: number; y: number; size: number }> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private syncTimer: ReturnType<typeof setInterval> | undefined;
  /** Where positions are copied while running (the preview, or the graph). */
  private display: RenderGraph | undefined;
  private last: Float64Array | undefined;
  private calm = 0;
  private iterations = 0;
  private iterationsAtLast = 0;
  private startedAt = 0;
  converged = false;

  constructor(private readonly onEvent: (e: LayoutEvent) => void) {}

  /**
   * Attach to a new rendering graph (after a filter change). The worker and
   * its copy of the graph are made when the layout first starts: a graph
   * with stored positions never pays for them.
   */
  attach(graph: RenderGraph): void {
    const wasRunning = this.isRunning();
    this.kill();
    this.graph = graph;
    if (wasRunning) this.start();
  }

  /** The worker's copy of the graph and the FA2 supervisor, made on first use. */
  private prepare(): FA2Layout | undefined {
    const graph = this.graph;
    if (this.supervisor || !graph || graph.order === 0) return this.supervisor;
    const lg = new Graph<{ x: number; y: number; size: number }>({ type: 'directed', multi: true, allowSelfLoops: false });
    graph.forEachNode((n, a) => lg.addNode(n, { x: a.x, y: a.y, size: a.size }));
    graph.forEachEdge((e, _a, s, t) => lg.addDirectedEdgeWithKey(e, s, t));
    this.layoutGraph = lg;
    // The supervisor writes every iteration's positions in one update.
    lg.on('eachNodeAttributesUpdated', () => {
      this.iterations++;
    });
    // The server's settings (src/layout/forceatlas.ts): inferred, Barnes-Hut when big, LinLog.
    this.supervisor = new FA2Layout(lg, {
      settings: fa2Settings(lg.order),
      getEdgeWeight: null,
    });
    return this.supervisor;
  }

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  start(): void {
    if (!this.graph || this.isRunning() || !this.prepare()) return;
    this.converged = false;
    this.calm = 0;
    this.last = undefined;
    this.iterations = 0;
    this.iterationsAtLast = 0;
    this.startedAt = performance.now();
    this.supervisor!.start();
    this.timer = setInterval(() => this.check(), LAYOUT_DEFAULTS.checkMs);
    const syncMs = Math.min(LAYOUT_DEFAULTS.syncMaxMs, Math.max(LAYOUT_DEFAULTS.syncMinMs, (this.graph.order / 1000) * LAYOUT_DEFAULTS.syncMsPer1k));
    this.syncTimer = setInterval(() => this.sync(), syncMs);
    this.onEvent('start');
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.timer = undefined;
    this.syncTimer = undefined;
    if (this.isRunning()) {
      this.supervisor?.stop();
      this.sync(this.graph);
      this.display = undefined;
      this.onEvent('stop');
    }
  }

  /** Show the layout's progress on another graph (a preview) while it runs. */
  setDisplay(graph: RenderGraph | undefined): void {
    this.display = graph;
  }

  /** Copy the worker's positions into the displayed graph (one update event). */
  private sync(target: RenderGraph | undefined = this.display ?? this.graph): void {
    const lg = this.layoutGraph;
    const g = target;
    if (!lg || !g) return;
    g.updateEachNodeAttributes(
      (n, a) => {
        if (!lg.hasNode(n)) return a;
        const p = lg.getNodeAttributes(n);
        a.x = p.x;
        a.y = p.y;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  kill(): void {
    this.stop();
    this.supervisor?.kill();
    this.supervisor = undefined;
    this.layoutGraph = undefined;
  }

  /** Copy the current positions out (kept across filter changes). */
  savePositions(into: Positions): void {
    (this.layoutGraph ?? this.graph)?.forEachNode((n, a) => into.set(n, { x: a.x, y: a.y }));
  }

  private check(): void {
    const g = this.layoutGraph;
    if (!g) return;
    const now = new Float64Array(g.order * 2);
    let i = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    g.forEachNode((_n, a) => {
      now[i++] = a.x;
      now[i++] = a.y;
      if (a.x < minX) minX = a.x;
      if (a.x > maxX) maxX = a.x;
      if (a.y < minY) minY = a.y;
      if (a.y > maxY) maxY = a.y;
    });
    const prev = this.last;
    const ran = this.iterations - this.iterationsAtLast;
    if (prev && ran === 0) return; // no new iteration since the last check
    this.last = now;
    this.iterationsAtLast = this.iterations;
    if (!prev || prev.length !== now.length) return;
    let moved = 0;
    for (let j = 0; j < now.length; j += 2) moved += Math.hypot(now[j]! - prev[j]!, now[j + 1]! - prev[j + 1]!);
    const extent = Math.hypot(maxX - minX, maxY - minY) || 1;
    const rel = moved / (g.order * extent * ran);
    this.calm = rel < LAYOUT_DEFAULTS.threshold && this.iterations >= LAYOUT_DEFAULTS.minIterations ? this.calm + 1 : 0;
    const timedOut = performance.now() - this.startedAt > LAYOUT_DEFAULTS.maxMs;
    if (this.calm >= 2 || timedOut) {
      this.stop();
      this.converged = true;
      this.onEvent(this.calm >= 2 ? 'converged' : 'timeout');
    }
  }
}

/** The preview shown while a large layout runs: the biggest nodes, no edges. */
export function previewGraph(graph: RenderGraph, count: number = LAYOUT_DEFAULTS.previewNodes): RenderGraph {
  const top = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size') || (a < b ? -1 : 1)).slice(0, count);
  const g: RenderGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const n of top) g.addNode(n, { ...graph.getNodeAttributes(n) });
  return g;
}

/** `msPerItem`: the measured cost of a frame per node + edge, if known. */
export function needsPreview(graph: RenderGraph, msPerItem?: number): boolean {
  const items = graph.order + graph.size;
  if (msPerItem === undefined) return items > LAYOUT_DEFAULTS.liveRenderLimit;
  return items * msPerItem > LAYOUT_DEFAULTS.frameBudgetMs && graph.order > LAYOUT_DEFAULTS.previewNodes;
}
