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
import Sigma from 'sigma';
import { EdgeLineProgram, NodeCircleProgram, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { deinstanced, flatEdgeArrowProgram } from './programs.ts';
import { EDGE_LAYER_OPTIONS, EdgeFrames } from './edge-frames.ts';
import { createNodeBorderProgram } from '@sigma/node-border';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { LABEL_FONT, LABEL_SIZE, type LabelPlacer } from './labels.ts';
import type { RenderEdge, RenderGraph, RenderNode } from './render-graph.ts';

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
export function setRenderGraph(renderer: Sigma<RenderNode, RenderEdge>, graph: RenderGraph, view: ViewSettings = VIEW_SETTINGS): void {
  const { hideEdgesOnMove } = moveSettings(graph.size, view);
  if (renderer.getSetting('hideEdgesOnMove') !== hideEdgesOnMove) renderer.setSetting('hideEdgesOnMove', hideEdgesOnMove);
  renderer.setGraph(graph);
}

/**
 * Give a renderer made on another graph (the empty one of start-up) the
 * settings `createRenderer` would have chosen for this one, then the graph.
 */
export function adoptGraph(renderer: Sigma<RenderNode, RenderEdge>, graph: RenderGraph, view: ViewSettings = VIEW_SETTINGS): void {
  const threshold = settingsFor(graph.order, graph.size, view).labelRenderedSizeThreshold!;
  if (renderer.getSetting('labelRenderedSizeThreshold') !== threshold) renderer.setSetting('labelRenderedSizeThreshold', threshold);
  setRenderGraph(renderer, graph, view);
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

/** sigma, with its edge layer kept between frames (edges are drawn over several: edge-frames.ts). */
class ViewSigma extends Sigma<RenderNode, RenderEdge> {
  override createWebGLContext(id: string, options: Parameters<Sigma['createWebGLContext']>[1] = {}): WebGLRenderingContext {
    return super.createWebGLContext(id, id === 'edges' ? { ...options, ...EDGE_LAYER_OPTIONS } : options);
  }
}

/** The edge frames of each renderer (the tests' and the bench's view of them). */
const edgeFrames = new WeakMap<object, EdgeFrames>();
export const edgeFramesOf = (renderer: Sigma<RenderNode, RenderEdge>): EdgeFrames | undefined => edgeFrames.get(renderer);

export function createRenderer(graph: RenderGraph, container: HTMLElement, focus: Focus, labels: LabelPlacer): Sigma<RenderNode, RenderEdge> {
  // Sigma renders in its constructor: start it on an empty graph, hook the
  // label order in, then give it the real graph (so even the first frame's
  // labels come biggest first).
  let created: Sigma<RenderNode, RenderEdge> | undefined;
  const current = (): RenderGraph => created?.getGraph() ?? graph;
  const empty: RenderGraph = graph.nullCopy();
  const renderer = new ViewSigma(empty, container, {
    ...settingsFor(graph.order, graph.size),
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
  for (const program of Object.values(r.nodePrograms)) {
    const render = program.render.bind(program);
    program.render = (params) => {
      const pick = program.pickProgram;
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
