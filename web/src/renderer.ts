/**
 * sigma: the settings in one typed object, the node programs (a disc, and a
 * disc with a ring for the kind when coloured by community), the edge
 * programs (straight and curved, with or without arrows), the reducers that
 * dim everything but the focused node's neighbourhood (hovered, else
 * selected), and labels chosen by importance that never overlap.
 *
 * Labels: sigma's label grid proposes candidates per cell; here they are
 * taken biggest node first (the focused node and its neighbours before all),
 * and a label is drawn only if its box does not intersect one already drawn
 * in this frame. The boxes drawn are kept (`drawnLabels`) for the tests and
 * the benchmark, which count intersecting pairs.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodeCircleProgram, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { deinstanced, flatEdgeArrowProgram } from './programs.ts';
import { EDGE_LAYER_OPTIONS, EdgeFrames } from './edge-frames.ts';
import { canvasWrites, isBlank, skippedClears, trackBlank } from './blank-layers.ts';
import { createNodeBorderProgram } from '@sigma/node-border';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { LABEL_FONT, LABEL_SIZE, type LabelPlacer } from './labels.ts';
import { EDGE_CURVATURE, type RenderEdge, type RenderGraph, type RenderNode } from './render-graph.ts';

export { intersects, LabelPlacer, overlappingPairs, type LabelBox } from './labels.ts';

export const DIM_NODE = '#e4e4e8';
export const DIM_EDGE = '#f0f0f3';

/** The add-on programs are typed for any attributes; narrow them to ours. */
const program = (p: unknown): EdgeProgramType<RenderNode, RenderEdge> => p as EdgeProgramType<RenderNode, RenderEdge>;
const nodeProgram = (p: unknown): NodeProgramType<RenderNode, RenderEdge> => p as NodeProgramType<RenderNode, RenderEdge>;

export const SIGMA_SETTINGS: Partial<Settings<RenderNode, RenderEdge>> = {
  defaultEdgeType: 'arrow',
  defaultNodeType: 'circle',
  nodeProgramClasses: {
    circle: nodeProgram(deinstanced(NodeCircleProgram)),
    bordered: nodeProgram(
      deinstanced(createNodeBorderProgram({
        borders: [
          { size: { value: 0.28 }, color: { attribute: 'borderColor' } },
          { size: { fill: true }, color: { attribute: 'color' } },
        ],
      })),
    ),
  },
  edgeProgramClasses: {
    arrow: program(flatEdgeArrowProgram()),
    line: program(EdgeLineProgram),
    curvedArrow: program(deinstanced(EdgeCurvedArrowProgram)),
    curve: program(deinstanced(EdgeCurveProgram)),
  },
  renderEdgeLabels: false,
  enableEdgeEvents: false,
  zIndex: true,
  // Labels by importance: bigger nodes win the label grid, then the
  // collision check below; labels keep a fixed screen size.
  labelDensity: 1,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 6,
  labelFont: LABEL_FONT,
  labelSize: LABEL_SIZE,
  labelWeight: '500',
  labelColor: { color: '#222' },
  minCameraRatio: 0.01,
  maxCameraRatio: 8,
  stagePadding: 30,
};

/** The view's own rendering thresholds (beside sigma's settings above). */
export interface ViewSettings {
  /**
   * Above this many edges shown, edges are hidden while the camera moves (a
   * pan, a zoom, the inertia after a drag) and drawn again when it stops:
   * sigma's `hideEdgesOnMove`. With software WebGL a frame of 52k edges costs
   * about a second; the nodes, their labels and the community colours, which
   * are what a pan looks for, stay.
   */
  hideEdgesOnMoveFrom: number;
  /** Above this many nodes, small nodes get labels sooner (sigma's `labelRenderedSizeThreshold` 1, else 4). */
  smallLabelsFrom: number;
}

export const VIEW_SETTINGS: ViewSettings = {
  hideEdgesOnMoveFrom: 5000,
  smallLabelsFrom: 1000,
};

/** sigma's settings for a graph of this many nodes and edges. */
export function settingsFor(order: number, size: number, view: ViewSettings = VIEW_SETTINGS): Partial<Settings<RenderNode, RenderEdge>> {
  return { ...SIGMA_SETTINGS, ...moveSettings(size, view), labelRenderedSizeThreshold: order > view.smallLabelsFrom ? 1 : 4 };
}

function moveSettings(size: number, view: ViewSettings): { hideEdgesOnMove: boolean } {
  return { hideEdgesOnMove: size > view.hideEdgesOnMoveFrom };
}

/**
 * Give a renderer a new graph, with the move settings that graph's size
 * asks for (set before `setGraph`, whose synchronous render replaces the
 * refresh `setSetting` schedules: the graph is processed once).
 */
export function setRenderGraph(renderer: Sigma<RenderNode, RenderEdge>, graph: RenderGraph, view: ViewSettings = VIEW_SETTINGS, edges = graph.size): void {
  const { hideEdgesOnMove } = moveSettings(edges, view);
  if (renderer.getSetting('hideEdgesOnMove') !== hideEdgesOnMove) renderer.setSetting('hideEdgesOnMove', hideEdgesOnMove);
  renderer.setGraph(graph);
}

/**
 * Give a renderer made on another graph (the empty one of start-up) the
 * settings `createRenderer` would have chosen for this one, then the graph.
 * `edges`: the edges it will have (its nodes come first: `addingRenderEdges`).
 */
export function adoptGraph(renderer: Sigma<RenderNode, RenderEdge>, graph: RenderGraph, view: ViewSettings = VIEW_SETTINGS, edges = graph.size): void {
  const threshold = settingsFor(graph.order, edges, view).labelRenderedSizeThreshold!;
  if (renderer.getSetting('labelRenderedSizeThreshold') !== threshold) renderer.setSetting('labelRenderedSizeThreshold', threshold);
  setRenderGraph(renderer, graph, view, edges);
}

/** Whether the last frame drew the edges (the tests' view of `hideEdgesOnMove`). */
const edgesDrawn = new WeakMap<object, boolean>();
export const lastFrameDrewEdges = (renderer: Sigma<RenderNode, RenderEdge>): boolean => edgesDrawn.get(renderer) ?? false;

export interface Focus {
  hovered?: string;
  selected?: string;
  /** Neighbours of the focused node (hovered, else selected). */
  neighbours: Set<string>;
}

/** The node whose neighbourhood stays lit: the hovered one, else the selection. */
export const focusCentre = (f: Focus): string | undefined => f.hovered ?? f.selected;

/** How many of the label grid's candidates (biggest first) may be labelled when the whole graph is in view. */
export const LABELS_AT_FIT = 60;

/**
 * sigma, with its edge layer kept between frames (edges are drawn over
 * several: edge-frames.ts), and its WebGL layers not cleared while blank
 * (blank-layers.ts).
 */
class ViewSigma extends Sigma<RenderNode, RenderEdge> {
  /** Whether this render leaves the edge layer as it is: not cleared, no edge drawn (`focusFrame`). */
  keepEdgeLayer = false;

  override createWebGLContext(id: string, options: Parameters<Sigma['createWebGLContext']>[1] = {}): WebGLRenderingContext {
    const gl = super.createWebGLContext(id, id === 'edges' ? { ...options, ...EDGE_LAYER_OPTIONS } : options);
    trackBlank(gl);
    return gl;
  }

  override clear(): this {
    const edges = (this as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts.edges;
    if (!this.keepEdgeLayer || !edges) return super.clear();
    const clear = edges.clear;
    edges.clear = () => undefined;
    try {
      return super.clear();
    } finally {
      edges.clear = clear;
    }
  }
}

/** Each WebGL layer of a renderer: whether it is blank, the clears skipped on it, the draws and clears that reached it (blank-layers.ts). */
export function layerStates(renderer: Sigma<RenderNode, RenderEdge>): Record<string, { blank: boolean; skipped: number; writes: number }> {
  const contexts = (renderer as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts;
  return Object.fromEntries(Object.entries(contexts).map(([id, gl]) => [id, { blank: isBlank(gl) ?? false, skipped: skippedClears(gl), writes: canvasWrites(gl) }]));
}

/** The edge frames of each renderer (the tests' and the bench's view of them). */
const edgeFrames = new WeakMap<object, EdgeFrames>();
export const edgeFramesOf = (renderer: Sigma<RenderNode, RenderEdge>): EdgeFrames | undefined => edgeFrames.get(renderer);

export function createRenderer(graph: RenderGraph, container: HTMLElement, focus: Focus, labels: LabelPlacer, edges = graph.size): Sigma<RenderNode, RenderEdge> {
  // Sigma renders in its constructor: start it on an empty graph, hook the
  // label order in, then give it the real graph (so even the first frame's
  // labels come biggest first).
  let created: Sigma<RenderNode, RenderEdge> | undefined;
  const current = (): RenderGraph => created?.getGraph() ?? graph;
  const empty: RenderGraph = graph.nullCopy();
  const renderer = new ViewSigma(empty, container, {
    ...settingsFor(graph.order, edges),
    defaultDrawNodeLabel: labels.draw as unknown as Settings<RenderNode, RenderEdge>['defaultDrawNodeLabel'],
    // sigma passes a copy of the attributes: without a focus it is returned as it is.
    nodeReducer: (node, data) => {
      const centre = focusCentre(focus);
      if (!centre && node !== focus.selected) return data;
      const res: Partial<NodeDisplayData> & { borderColor?: string } = { ...data };
      if (node === focus.selected) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 1e6;
      }
      if (centre) {
        if (node === centre || focus.neighbours.has(node)) {
          res.forceLabel = node === centre || focus.neighbours.size <= 30;
          res.zIndex = node === centre ? 1e6 : 1e5;
        } else {
          res.color = DIM_NODE;
          res.borderColor = DIM_NODE;
          res.label = '';
          res.zIndex = 0;
        }
      }
      return res;
    },
    edgeReducer: (edge, data) => {
      const centre = focusCentre(focus);
      if (!centre) return data;
      const res: Partial<EdgeDisplayData> = { ...data };
      const g = current();
      if (g.source(edge) !== centre && g.target(edge) !== centre) {
        res.color = DIM_EDGE;
        res.zIndex = 0;
      } else {
        res.zIndex = 1;
        // Dense graphs draw straight lines; the focus gets its arrows and curves back.
        if (data.focusType) res.type = data.focusType;
      }
      return res;
    },
  });
  created = renderer;
  edgeFrames.set(renderer, new EdgeFrames(renderer as unknown as Sigma));
  bindMoveFrames(renderer);
  bindFocusFrames(renderer);
  // Candidates biggest first, the focus before all (see the file comment).
  renderer.on('beforeRender', () => {
    labels.reset();
    const grid = (renderer as unknown as { labelGrid: { getLabelsToDisplay: (r: number, d: number) => string[]; __ordered?: boolean } }).labelGrid;
    if (grid.__ordered) return;
    const original = grid.getLabelsToDisplay.bind(grid);
    grid.getLabelsToDisplay = (ratio: number, density: number) => {
      const g = renderer.getGraph();
      // Importance is global: at the zoom that fits the graph only the
      // LABELS_AT_FIT biggest candidates may be labelled; zooming in admits more.
      const keep = Math.ceil(LABELS_AT_FIT / Math.max(1e-4, ratio * ratio));
      const size = (n: string) => (labels.force.has(n) ? 1e9 : 0) + (g.getNodeAttribute(n, 'size') ?? 0);
      const list = original(ratio, density).filter((n) => g.hasNode(n));
      list.sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1));
      list.length = Math.min(list.length, keep);
      return [...labels.force].filter((n) => g.hasNode(n)).concat(list);
    };
    grid.__ordered = true;
  });
  renderer.setGraph(graph);
  return renderer;
}

/**
 * What a frame costs while the camera moves (sigma 3.0 internals, checked in
 * test/browser/overview.test.ts 'edges hide while the camera moves'):
 *  - sigma looks for the node under the mouse at every mouse move, a
 *    `readPixels` on the picking layer that waits for the GPU to finish the
 *    frame (a quarter of a second per move at 10k nodes with software WebGL);
 *    while the stage is dragged nothing is hovered, so the lookup is skipped;
 *  - after a drag with `hideEdgesOnMove`, sigma refreshes (reprocesses every
 *    node and edge: half a second at 52k edges) only to draw the edges again;
 *    a render does that, so the release schedules one instead;
 *  - every frame also draws the nodes again on the picking layer (a third of
 *    their GPU time): not while the camera moves (nothing is looked up
 *    then); the first still frame after a move draws it (one is scheduled).
 * Also records whether each frame drew the edges (`lastFrameDrewEdges`).
 */
function bindMoveFrames(renderer: Sigma<RenderNode, RenderEdge>): void {
  const r = renderer as unknown as {
    getNodeAtPosition(p: unknown): string | null;
    hoveredNode: string | null;
    getSetting(key: string): unknown;
    edgePrograms: Record<string, { render(params: unknown): void }>;
    nodePrograms: Record<string, { render(params: unknown): void; pickProgram?: unknown }>;
  };
  const captor = renderer.getMouseCaptor() as unknown as { isMouseDown?: boolean; isMoving?: boolean; draggedEvents?: number; currentWheelDirection?: number };
  const pick = r.getNodeAtPosition.bind(r);
  r.getNodeAtPosition = (p) => (captor.isMouseDown && (captor.draggedEvents ?? 0) > 0 ? r.hoveredNode : pick(p));
  const getSetting = r.getSetting.bind(r);
  // Only the mouse captor asks for this setting by name (the render reads the settings object).
  r.getSetting = (key) => (key === 'hideEdgesOnMove' ? false : getSetting(key));
  renderer.getMouseCaptor().on('mouseup', () => {
    // After sigma's own timeout that ends the drag (registered before this listener runs).
    setTimeout(() => {
      if (renderer.getSettings().hideEdgesOnMove) renderer.scheduleRender();
    }, 0);
  });
  renderer.on('beforeRender', () => edgesDrawn.set(renderer, false));
  // The picking layer (which node is under the mouse) is not drawn while the camera moves: nothing is
  // looked up then, and it is a third of the nodes' GPU time. The first still frame draws it.
  const camera = renderer.getCamera();
  const moving = () => camera.isAnimated() || !!captor.isMoving || (captor.draggedEvents ?? 0) > 0 || !!captor.currentWheelDirection;
  let pickingMissing = false;
  let check: ReturnType<typeof setTimeout> | undefined;
  renderer.on('afterRender', () => {
    if (!pickingMissing || check !== undefined) return;
    check = setTimeout(function again() {
      check = undefined;
      if (!pickingMissing) return;
      if (moving()) check = setTimeout(again, 100);
      else renderer.scheduleRender();
    }, 100);
  });
  renderer.on('kill', () => clearTimeout(check));
  // The picking layer of a frame asked to go without it (`pickingAfterFrame`): drawn on its own after that frame.
  let deferred: { params: unknown; programs: PickableProgram[]; drawn?: () => void } | undefined;
  let deferNext: { drawn?: () => void } | undefined;
  const drawDeferred = (): void => {
    const d = deferred;
    deferred = undefined;
    if (!d) return;
    for (const p of d.programs) drawPickingOnly(p, d.params);
    d.drawn?.();
  };
  pickingLater.set(renderer, (drawn) => {
    deferNext = drawn ? { drawn } : {};
  });
  renderer.on('beforeRender', () => {
    // A new frame draws its own picking layer (or leaves it to the next still frame).
    deferred = undefined;
  });
  renderer.on('kill', () => {
    deferred = undefined;
  });
  renderer.on('afterRender', () => {
    if (!deferNext) return;
    const { drawn } = deferNext;
    deferNext = undefined;
    if (!deferred) return;
    if (drawn) deferred.drawn = drawn;
    // After this frame's commit: a task of its own, once the frame is on screen.
    requestAnimationFrame(() => setTimeout(drawDeferred, 0));
  });
  r.getNodeAtPosition = ((lookup) => (p) => {
    drawDeferred();
    return lookup(p);
  })(r.getNodeAtPosition.bind(r));
  for (const program of Object.values(r.nodePrograms)) {
    const render = program.render.bind(program);
    program.render = (params) => {
      const pick = program.pickProgram;
      if (pick && deferNext && !moving()) {
        (deferred ??= { params, programs: [] }).programs.push(program as unknown as PickableProgram);
        program.pickProgram = null;
        try {
          render(params);
        } finally {
          program.pickProgram = pick;
        }
        return;
      }
      if (!pick || !moving()) {
        pickingMissing = false;
        return render(params);
      }
      program.pickProgram = null;
      pickingMissing = true;
      try {
        render(params);
      } finally {
        program.pickProgram = pick;
      }
    };
  }
  for (const program of Object.values(r.edgePrograms)) {
    const render = program.render.bind(program);
    program.render = (params) => {
      edgesDrawn.set(renderer, true);
      render(params);
    };
  }
}

/**
 * A change of focus (a hover, a selection: the reducers dim all but a
 * neighbourhood) draws every node and every edge again, and the picking
 * layer (the nodes' order changes with their zIndex). With software WebGL
 * that one frame's commit waited for all of it and read back the three
 * WebGL canvases (edges, nodes, hovered nodes): the longest task after the
 * first render on the wiki-syria store (4,448 nodes, 8,931 edges: a hover,
 * 210-264 ms with the machine quiet). `focusFrame(renderer)` spreads it:
 *  1. the next render draws the nodes, their labels and the hovered layer,
 *     and leaves the edge layer as it is (not cleared, no edge drawn:
 *     its canvas is not read back); its picking layer is drawn after it,
 *     in a task of its own (`pickingAfterFrame`);
 *  2. the frame after it clears the edge layer and draws the edges alone
 *     (`renderEdgesAlone`), within the edge budget, the rest over the next
 *     frames (edge-frames.ts).
 * For the frame between, the edges are the ones drawn before the change.
 * A render while the camera moves is not held (it draws the edges, or
 * hides them, as any); one that comes before step 2 replaces it.
 */
export function focusFrame(renderer: Sigma<RenderNode, RenderEdge>): void {
  focusFrames.get(renderer)?.ask();
}

/**
 * What the focus frames of a renderer did (for the tests): renders that
 * kept the edge layer, the draws and clears the last of them made on the
 * edge and node canvases, and the frames that then drew the edges alone.
 */
export interface FocusFrames {
  held: number;
  edgeWrites: number;
  nodeWrites: number;
  edgesAlone: number;
}

export const focusFramesOf = (renderer: Sigma<RenderNode, RenderEdge>): FocusFrames | undefined => {
  const f = focusFrames.get(renderer);
  return f ? { ...f.record } : undefined;
};

const focusFrames = new WeakMap<object, { ask(): void; record: FocusFrames }>();

function bindFocusFrames(renderer: ViewSigma): void {
  const r = renderer as unknown as RenderState;
  const captor = renderer.getMouseCaptor() as unknown as { isMoving?: boolean; draggedEvents?: number; currentWheelDirection?: number };
  const moving = () => renderer.getCamera().isAnimated() || !!captor.isMoving || (captor.draggedEvents ?? 0) > 0 || !!captor.currentWheelDirection;
  const record: FocusFrames = { held: 0, edgeWrites: 0, nodeWrites: 0, edgesAlone: 0 };
  const writes = (id: string): number => {
    const gl = r.webGLContexts[id];
    return gl ? canvasWrites(gl) : 0;
  };
  let asked = false;
  let before = { edges: 0, nodes: 0 };
  focusFrames.set(renderer, {
    ask: () => {
      asked = true;
      pickingAfterFrame(renderer);
    },
    record,
  });
  renderer.on('beforeRender', () => {
    renderer.keepEdgeLayer = asked && !moving() && !!r.webGLContexts.edges && !!edgeFrames.get(renderer);
    asked = false;
    if (renderer.keepEdgeLayer) before = { edges: writes('edges'), nodes: writes('nodes') };
  });
  for (const program of Object.values(r.edgePrograms)) {
    const render = program.render.bind(program);
    program.render = (params) => {
      if (!renderer.keepEdgeLayer) render(params);
    };
  }
  renderer.on('afterRender', () => {
    if (!renderer.keepEdgeLayer) return;
    renderer.keepEdgeLayer = false;
    record.held++;
    record.edgeWrites = writes('edges') - before.edges;
    record.nodeWrites = writes('nodes') - before.nodes;
    renderEdgesAlone(renderer, r.graph, { clear: true, drawn: () => record.edgesAlone++ });
  });
  renderer.on('kill', () => {
    asked = false;
    renderer.keepEdgeLayer = false;
  });
}

/** What `drawPickingOnly` uses of a sigma 3.0 node program. */
interface PickableProgram {
  pickProgram: { gl: WebGLRenderingContext } | null;
  hasNothingToRender(): boolean;
  bindProgram(program: unknown): void;
  renderProgram(params: unknown, program: unknown): void;
  unbindProgram(program: unknown): void;
}

/** The picking half of sigma 3.0's `AbstractProgram.render`: the program drawn into its picking layer, at its reduced size. */
function drawPickingOnly(program: PickableProgram, params: unknown): void {
  const pick = program.pickProgram;
  if (!pick || program.hasNothingToRender()) return;
  const p = params as { width: number; height: number; pixelRatio: number; downSizingRatio: number };
  pick.gl.viewport(0, 0, (p.width * p.pixelRatio) / p.downSizingRatio, (p.height * p.pixelRatio) / p.downSizingRatio);
  program.bindProgram(pick);
  program.renderProgram({ ...p, pixelRatio: p.pixelRatio / p.downSizingRatio }, pick);
  program.unbindProgram(pick);
}

const pickingLater = new WeakMap<object, (drawn?: () => void) => void>();

/**
 * Have the renderer's next frame go without its picking layer (which node
 * is under the mouse), drawn instead on its own in a task after that frame
 * is on screen, or at once if a node is looked up before. The picking layer
 * is drawn into a framebuffer object: it changes no canvas, so nothing waits
 * for it at that task's commit. With software WebGL it is a fifth of the
 * nodes' GPU time, taken off the first frame's commit (main.ts). `drawn`:
 * called once it is (not if a new frame came first and drew its own).
 */
export function pickingAfterFrame(renderer: Sigma<RenderNode, RenderEdge>, drawn?: () => void): void {
  pickingLater.get(renderer)?.(drawn);
}

/** What `addingRenderEdges` uses of sigma 3.0's renderer (private members). */
interface SigmaInternals {
  graph: RenderGraph;
  settings: Settings<RenderNode, RenderEdge>;
  edgeDataCache: Record<string, EdgeDisplayData & { type: string }>;
  edgesWithForcedLabels: Set<string>;
  edgeZExtent: [number, number];
  edgePrograms: Record<string, { reallocate(capacity: number): void }>;
  edgeIndices: Record<string, number>;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  needToProcess: boolean;
  hoveredEdge: string | null;
  unbindGraphHandlers(): void;
  bindGraphHandlers(): void;
  addEdgeToProgram(edge: string, id: number, position: number): void;
}

/**
 * Give a renderer that shows `graph`'s nodes only (a graph with the same
 * nodes, same attributes, in the same order, and no edge: the quick first
 * screen, main.ts) the whole of `graph`, step by step: yields every few
 * hundred edges, so the caller spreads the work over tasks. It does what
 * sigma's `setGraph` does (its `refresh` then `process`), for the edges only
 * (the nodes' display data, indices and label grid are already those):
 *  1. each edge's display data (sigma's `addEdge`: the attributes copied,
 *     the edge reducer, the defaults), while the old graph is still shown;
 *  2. the graph swapped in without a refresh;
 *  3. each edge written into its program (sigma's `process`: programs
 *     sized per type, edges in graph order, ids after the nodes');
 *  4. the edges drawn in the next frame, alone (`renderEdgesAlone`: the
 *     nodes are drawn already), then over frames (edge-frames.ts).
 * The buffers are then the ones `setGraph(graph)` gives (checked in
 * test/browser/overview.test.ts). Anything else (edges already shown, edges
 * ordered by zIndex) is left to `setGraph`. A full refresh meanwhile (a
 * resize, a setting) indexes whatever graph is shown then, so nothing half
 * done is ever drawn wrong: at worst an edge is written twice, the same.
 */
export function* addingRenderEdges(renderer: Sigma<RenderNode, RenderEdge>, graph: RenderGraph): Generator<void> {
  const r = renderer as unknown as SigmaInternals;
  const shown = r.graph;
  if (shown === graph) return;
  if (shown.size !== 0 || shown.order !== graph.order) {
    renderer.setGraph(graph);
    return;
  }
  const settings = r.settings;
  const edges = graph.edges();
  const defaultType = settings.defaultEdgeType;
  // 1. Display data (sigma's addEdge and applyEdgeDefaults).
  for (let i = 0; i < edges.length; i++) {
    const key = edges[i]!;
    let attr = Object.assign({}, graph.getEdgeAttributes(key)) as unknown as Partial<EdgeDisplayData> & { type?: string; label?: string | null };
    if (settings.edgeReducer) attr = settings.edgeReducer(key, attr as unknown as RenderEdge) as typeof attr;
    const data = attr as EdgeDisplayData & { type: string };
    if (!data.color) data.color = settings.defaultEdgeColor;
    if (!data.label) data.label = '';
    if (!data.size) data.size = 0.5;
    if (!Object.prototype.hasOwnProperty.call(data, 'hidden')) data.hidden = false;
    if (!Object.prototype.hasOwnProperty.call(data, 'forceLabel')) data.forceLabel = false;
    if (!data.type) data.type = defaultType;
    if (!data.zIndex) data.zIndex = 0;
    r.edgeDataCache[key] = data;
    r.edgesWithForcedLabels.delete(key);
    if (data.forceLabel && !data.hidden) r.edgesWithForcedLabels.add(key);
    if (settings.zIndex) {
      if (data.zIndex < r.edgeZExtent[0]) r.edgeZExtent[0] = data.zIndex;
      if (data.zIndex > r.edgeZExtent[1]) r.edgeZExtent[1] = data.zIndex;
    }
    if (i % 512 === 511) yield;
  }
  // 2. The graph swapped in (sigma's setGraph without its refresh).
  if (r.graph !== shown) return;
  if (r.hoveredEdge && !graph.hasEdge(r.hoveredEdge)) r.hoveredEdge = null;
  r.unbindGraphHandlers();
  r.graph = graph;
  r.bindGraphHandlers();
  if (settings.zIndex && r.edgeZExtent[0] !== r.edgeZExtent[1]) {
    // Edges drawn in zIndex order: sigma's own process sorts them.
    renderer.refresh();
    return;
  }
  // A process from now on (a render after a full refresh) writes every edge, as below: then nothing is left to do.
  let processed = false;
  const onProcess = (): void => {
    processed = true;
  };
  const events = renderer as unknown as { on(e: string, f: () => void): void; off(e: string, f: () => void): void };
  events.on('afterProcess', onProcess);
  try {
    yield;
    if (!processed) yield* fillEdgePrograms(r, graph, edges, () => processed);
  } finally {
    events.off('afterProcess', onProcess);
  }
  if (!processed) renderEdgesAlone(renderer, graph);
}

/** What `renderEdgesAlone` uses of sigma 3.0's renderer (private members). */
interface RenderState {
  graph: RenderGraph;
  container: HTMLElement;
  width: number;
  height: number;
  pixelRatio: number;
  renderFrame: number | null;
  needToProcess: boolean;
  webGLContexts: Record<string, WebGLRenderingContext>;
  edgePrograms: Record<string, { render(params: unknown): void }>;
  getRenderParams(): unknown;
}

/**
 * Step 4 of `addingRenderEdges`: the edges drawn in a frame of their own,
 * the edge half of a render alone (edge-frames.ts `renderEdges`: within the
 * budget, the rest over the next frames), with the last render's camera and
 * size. The nodes, their labels and picking layer are the ones that render
 * drew (the same nodes: a render would draw them again, the same): that
 * frame's commit reads back the edge layer only, not the nodes' as well, and
 * the GPU draws no node. A full render instead if anything else changed
 * since the last one: a render came or is scheduled, the camera moves, the
 * size changed, or the edge layer is not blank. `clear`: the edge layer is
 * cleared first (step 2 of `focusFrame`: it holds the edges of before);
 * `drawn` is called if the edges were drawn so.
 */
function renderEdgesAlone(renderer: Sigma<RenderNode, RenderEdge>, graph: RenderGraph, opts: { clear?: boolean; drawn?: () => void } = {}): void {
  const r = renderer as unknown as RenderState;
  let rendered = false;
  const onRender = (): void => {
    rendered = true;
  };
  renderer.on('beforeRender', onRender);
  renderer.on('kill', onRender);
  requestAnimationFrame(() => {
    renderer.off('beforeRender', onRender);
    renderer.off('kill', onRender);
    if (rendered) return;
    const captor = renderer.getMouseCaptor() as unknown as { isMoving?: boolean; draggedEvents?: number; currentWheelDirection?: number };
    const moving = renderer.getCamera().isAnimated() || !!captor.isMoving || (captor.draggedEvents ?? 0) > 0 || !!captor.currentWheelDirection;
    const edges = r.webGLContexts.edges;
    const frames = edgeFrames.get(renderer);
    const same =
      r.graph === graph &&
      r.renderFrame === null &&
      !r.needToProcess &&
      !moving &&
      r.container.offsetWidth === r.width &&
      r.container.offsetHeight === r.height &&
      (typeof window.devicePixelRatio !== 'undefined' ? window.devicePixelRatio : 1) === r.pixelRatio &&
      !!edges &&
      (opts.clear || isBlank(edges) === true) &&
      !!frames;
    if (!same) {
      renderer.scheduleRender();
      return;
    }
    if (opts.clear) {
      edges.bindFramebuffer(edges.FRAMEBUFFER, null);
      edges.clear(edges.COLOR_BUFFER_BIT);
    }
    frames.renderEdges(Object.values(r.edgePrograms), r.getRenderParams());
    opts.drawn?.();
  });
}

/** Step 3 of `addingRenderEdges`: the edge half of sigma's process. */
function* fillEdgePrograms(r: SigmaInternals, graph: RenderGraph, edges: string[], processed: () => boolean): Generator<void> {
  const perProgram: Record<string, number> = {};
  for (const key of edges) {
    const type = r.edgeDataCache[key]!.type;
    perProgram[type] = (perProgram[type] ?? 0) + 1;
  }
  for (const type in r.edgePrograms) {
    r.edgePrograms[type]!.reallocate(perProgram[type] ?? 0);
    perProgram[type] = 0;
  }
  const edgeIndices: Record<string, number> = {};
  const itemIDsIndex = r.itemIDsIndex;
  let id = graph.order + 1;
  for (let i = 0; i < edges.length; i++) {
    const key = edges[i]!;
    edgeIndices[key] = id;
    itemIDsIndex[id] = { type: 'edge', id: key };
    const type = r.edgeDataCache[key]!.type;
    r.addEdgeToProgram(key, id, perProgram[type]!++);
    id++;
    if (i % 512 === 511) {
      yield;
      if (processed()) return;
    }
  }
  r.edgeIndices = edgeIndices;
}

/**
 * A digest of what sigma's programs hold (each program's vertex data, FNV-1a
 * over its floats' bits, with its vertex count; a compound program's parts
 * one by one), and of the edge ids: the tests compare the buffers
 * `addingRenderEdges` fills with the ones sigma's own processing fills.
 */
export function programDigest(renderer: Sigma<RenderNode, RenderEdge>): Record<string, string> {
  interface Program {
    array?: Float32Array;
    verticesCount?: number;
    programs?: Program[];
  }
  const r = renderer as unknown as { nodePrograms: Record<string, Program>; edgePrograms: Record<string, Program>; edgeIndices: Record<string, number> };
  const out: Record<string, string> = {};
  const hash = (a: Float32Array): string => {
    const bits = new Uint32Array(a.buffer, a.byteOffset, a.length);
    let h = 0x811c9dc5;
    for (let i = 0; i < bits.length; i++) h = Math.imul(h ^ bits[i]!, 0x01000193) >>> 0;
    return h.toString(16);
  };
  const add = (name: string, p: Program): void => {
    if (p.programs) p.programs.forEach((q, i) => add(`${name}.${i}`, q));
    else if (p.array) out[name] = `${p.verticesCount ?? 0}:${hash(p.array)}`;
  };
  for (const [type, p] of Object.entries(r.nodePrograms)) add(`node:${type}`, p);
  for (const [type, p] of Object.entries(r.edgePrograms)) add(`edge:${type}`, p);
  out.edgeIds = hash(new Float32Array(Object.entries(r.edgeIndices).flatMap(([k, v]) => [k.length, v])));
  return out;
}

/** The node and edge programs a first frame will draw (`primeRenderer`). */
export interface Programs {
  nodes: Array<RenderNode['type']>;
  edges: Array<RenderEdge['type']>;
}

export const EDGE_PROGRAMS: Array<RenderEdge['type']> = ['arrow', 'line', 'curvedArrow', 'curve'];

/**
 * A graph that draws nothing visible but uses each of these programs once:
 * transparent nodes (one per node program) and an edge of each edge
 * program between two of them (`primeRenderer`).
 */
export function warmUpGraph(programs: Programs = { nodes: ['circle', 'bordered'], edges: EDGE_PROGRAMS }): RenderGraph {
  const g: RenderGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  const clear = '#ffffff00';
  const node = { size: 1, color: clear, borderColor: clear, label: '', kind: 'actor', zIndex: 0 } as const;
  const types = programs.nodes.length ? programs.nodes : (['circle'] as const);
  g.addNode('a', { ...node, x: 0, y: 0, type: types[0]! });
  g.addNode('b', { ...node, x: 1, y: 1, type: types[types.length - 1]! });
  for (const type of programs.edges) {
    g.addEdge('a', 'b', { type, relType: 'attacks', color: clear, size: 1, curvature: type.startsWith('curve') ? EDGE_CURVATURE : 0, confidence: 0 });
  }
  return g;
}

/**
 * Have `renderer` draw `warmUpGraph(programs)` and send it to the GPU now (a
 * flush of its WebGL contexts): software WebGL (SwiftShader) compiles a
 * program's drawing routines at its first draw, in the GPU process, while
 * this thread goes on (main.ts: while it reads the graph). Only the programs
 * the first frames need: the others would be compiled before that frame is
 * drawn, and a program is compiled at its first use anyway. The renderer
 * then shows that (invisible) graph until it is given another. Its edges
 * are drawn into a framebuffer object of the edge layer, not on the canvas:
 * the canvas stays blank, so the first frame (nodes and labels, in the same
 * task) does not have it read back (blank-layers.ts).
 */
export function primeRenderer(renderer: Sigma<RenderNode, RenderEdge>, programs: Programs): void {
  const r = renderer as unknown as { webGLContexts: Record<string, WebGLRenderingContext>; edgePrograms: Record<string, PrimedProgram> };
  // The edges are drawn into a framebuffer object of the edge layer, not on its canvas: the canvas stays
  // blank, so the first frame (nodes and labels only) neither clears it nor has it read back (blank-layers.ts).
  const gl = r.webGLContexts.edges;
  const target = gl ? primeTarget(gl) : undefined;
  const restore = target ? Object.values(r.edgePrograms).flatMap((p) => redirect(p, target.framebuffer)) : [];
  try {
    renderer.setGraph(warmUpGraph(programs));
  } finally {
    for (const f of restore) f();
  }
  // The edge frames' record is the graph's, not this one's (for the tests).
  const frames = edgeFrames.get(renderer);
  if (frames) frames.first = undefined;
  for (const c of Object.values(r.webGLContexts)) c.flush();
  target?.dispose();
}

/**
 * A framebuffer object to prime programs into (`primeRenderer`,
 * `primeFocusPrograms`): a small texture, and a depth-stencil renderbuffer
 * when the canvas's drawing buffer has one (WebGL's default `depth: true`):
 * otherwise the GPU would build (compile) the programs' pipeline again for
 * the canvas at their first frame. `dispose` deletes it (GL deletes it after
 * the queued draws).
 */
function primeTarget(gl: WebGLRenderingContext): { framebuffer: WebGLFramebuffer; dispose(): void } | undefined {
  const framebuffer = gl.createFramebuffer();
  const texture = gl.createTexture();
  if (!framebuffer || !texture) return undefined;
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, PRIME_TARGET_SIZE, PRIME_TARGET_SIZE, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
  gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
  const attrs = gl.getContextAttributes();
  const depth = attrs && (attrs.depth || attrs.stencil) ? gl.createRenderbuffer() : null;
  if (depth) {
    gl.bindRenderbuffer(gl.RENDERBUFFER, depth);
    gl.renderbufferStorage(gl.RENDERBUFFER, gl.DEPTH_STENCIL, PRIME_TARGET_SIZE, PRIME_TARGET_SIZE);
    gl.framebufferRenderbuffer(gl.FRAMEBUFFER, gl.DEPTH_STENCIL_ATTACHMENT, gl.RENDERBUFFER, depth);
    gl.bindRenderbuffer(gl.RENDERBUFFER, null);
  }
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.bindTexture(gl.TEXTURE_2D, null);
  return {
    framebuffer,
    dispose: () => {
      gl.deleteFramebuffer(framebuffer);
      gl.deleteTexture(texture);
      if (depth) gl.deleteRenderbuffer(depth);
    },
  };
}

/** Point a program (a compound one: its parts) at `framebuffer`; returns how to undo it. */
function redirect(p: PrimedProgram, framebuffer: WebGLFramebuffer): Array<() => void> {
  if (p.programs) return p.programs.flatMap((q) => redirect(q, framebuffer));
  const info = p.normalProgram;
  if (!info) return [];
  const was = info.frameBuffer;
  info.frameBuffer = framebuffer;
  return [() => (info.frameBuffer = was)];
}

/**
 * Compile, ahead of the first hover or selection, the programs a change of
 * focus draws with that the graph's frames did not: the hovered-nodes
 * layer's node programs (sigma draws the focused node there again), and
 * (those of the node types shown), and the edge programs no shown edge
 * uses yet (a dense graph's edges are lines; the focused node's get their
 * arrows and curves back). Software
 * WebGL compiles a program's drawing routines at its first draw: the first
 * hover on the wiki-syria store waited for that at its commit (its GPU
 * process took about 180 ms of CPU more than the next hovers'). Each such
 * program draws one transparent item into a framebuffer object of its
 * layer (no canvas changes: nothing is read back), then is emptied again.
 * Run it once the graph's edges are all drawn (main.ts), in a task of its
 * own: the compile then runs in the GPU process while the page reads the
 * data graph, with no frame waiting for it. `edges: false`: the hovered
 * layer's only (a graph on which a hover does not dim: its first selection
 * compiles the edges' as before, rather than the GPU process compiling
 * them while the view may be panned: with them primed, the 10k-node
 * bench's first pan move waited 290-350 ms for the GPU process, 80-120
 * without, load 12). Returns the programs primed (for the tests).
 */
export function primeFocusPrograms(renderer: Sigma<RenderNode, RenderEdge>, opts: { edges?: boolean } = {}): string[] {
  const r = renderer as unknown as {
    webGLContexts: Record<string, WebGLRenderingContext>;
    edgePrograms: Record<string, PrimableProgram>;
    nodePrograms: Record<string, PrimableProgram>;
    nodeHoverPrograms: Record<string, PrimableProgram>;
    getRenderParams(): unknown;
  };
  const params = r.getRenderParams();
  const clear = '#ffffff00';
  const source = { x: 0, y: 0, size: 1, color: clear, hidden: false };
  const target = { x: 0.5, y: 0.5, size: 1, color: clear, hidden: false };
  const primed: string[] = [];
  const prime = (layer: string, programs: Record<string, PrimableProgram>, draw: (p: PrimableProgram) => void): void => {
    const gl = r.webGLContexts[layer];
    const idle = Object.entries(programs).filter(([, p]) => verticesOf(p) === 0);
    if (!gl || idle.length === 0) return;
    const fbo = primeTarget(gl);
    if (!fbo) return;
    for (const [type, p] of idle) {
      const restore = redirect(p, fbo.framebuffer);
      try {
        p.reallocate(1);
        draw(p);
        // The program's own render: not the edge frames' or the view's wrappers of it.
        (Object.getPrototypeOf(p) as PrimableProgram).render.call(p, params);
      } finally {
        for (const f of restore) f();
        p.reallocate(0);
      }
      primed.push(`${layer}:${type}`);
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.flush();
    fbo.dispose();
  };
  // The hovered-nodes layer's programs of the node types shown.
  const shownTypes = Object.fromEntries(Object.entries(r.nodeHoverPrograms).filter(([type]) => r.nodePrograms[type] && verticesOf(r.nodePrograms[type]) > 0));
  prime('hoverNodes', shownTypes, (p) => p.process(0, 0, { ...source, type: 'circle', label: '', zIndex: 0, borderColor: clear }));
  if (opts.edges !== false) prime('edges', r.edgePrograms, (p) => p.process(0, 0, source, target, { color: clear, size: 1, curvature: EDGE_CURVATURE, hidden: false }));
  return primed;
}

/** What `primeFocusPrograms` uses of a sigma 3.0 program (a compound one: its parts). */
interface PrimableProgram extends PrimedProgram {
  verticesCount?: number;
  programs?: PrimableProgram[];
  reallocate(capacity: number): void;
  process(...args: unknown[]): void;
  render(params: unknown): void;
}

function verticesOf(p: PrimableProgram): number {
  return p.programs ? p.programs.reduce((a, q) => a + verticesOf(q), 0) : (p.verticesCount ?? 0);
}

/** Side of the texture the edge programs are primed into (`primeRenderer`). */
const PRIME_TARGET_SIZE = 64;

/** What `primeRenderer` uses of a sigma 3.0 program (a compound one: its parts). */
interface PrimedProgram {
  normalProgram?: { frameBuffer: WebGLFramebuffer | null };
  programs?: PrimedProgram[];
}
