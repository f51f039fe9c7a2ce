/**
 * sigma: the settings in one typed object, the edge programs (straight and
 * curved, with or without arrows) and the reducers that dim everything but
 * the hovered node's neighbourhood and keep the selection's label on.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { RenderEdge, RenderGraph, RenderNode } from './render-graph.ts';

export const DIM_NODE = '#e2e2e2';
export const DIM_EDGE = '#f0f0f0';

/** The add-on programs are typed for any attributes; narrow them to ours. */
const program = (p: unknown): EdgeProgramType<RenderNode, RenderEdge> => p as EdgeProgramType<RenderNode, RenderEdge>;

export const SIGMA_SETTINGS: Partial<Settings<RenderNode, RenderEdge>> = {
  defaultEdgeType: 'arrow',
  edgeProgramClasses: {
    arrow: program(EdgeArrowProgram),
    line: program(EdgeLineProgram),
    curvedArrow: program(EdgeCurvedArrowProgram),
    curve: program(EdgeCurveProgram),
  },
  renderEdgeLabels: false,
  enableEdgeEvents: false,
  zIndex: true,
  // Labels by importance: bigger nodes win the label grid; small ones get a
  // label once zoomed in enough. Labels keep a fixed screen size.
  labelDensity: 0.8,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 7,
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#222' },
  minCameraRatio: 0.03,
  maxCameraRatio: 8,
  stagePadding: 40,
};

/**
 * Large graphs: hide edges while the camera moves; nodes are drawn smaller
 * there (see `nodeSizes`), so the label threshold follows.
 */
export function settingsFor(order: number): Partial<Settings<RenderNode, RenderEdge>> {
  return { ...SIGMA_SETTINGS, hideEdgesOnMove: order > 3000, labelRenderedSizeThreshold: order > 3000 ? 3.5 : 7 };
}

export interface Focus {
  hovered?: string;
  selected?: string;
  neighbours: Set<string>;
}

export function createRenderer(graph: RenderGraph, container: HTMLElement, focus: Focus): Sigma<RenderNode, RenderEdge> {
  const renderer = new Sigma<RenderNode, RenderEdge>(graph, container, {
    ...settingsFor(graph.order),
    nodeReducer: (node, data) => {
      const res: Partial<NodeDisplayData> = { ...data };
      const center = focus.hovered;
      if (node === focus.selected) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 1e6;
      }
      if (center) {
        if (node === center || focus.neighbours.has(node)) {
          res.forceLabel = true;
          res.zIndex = node === center ? 1e6 : 1e5;
        } else {
          res.color = DIM_NODE;
          res.label = '';
          res.zIndex = 0;
        }
      }
      return res;
    },
    edgeReducer: (edge, data) => {
      const res: Partial<EdgeDisplayData> = { ...data };
      const center = focus.hovered;
      if (center) {
        const g = renderer.getGraph();
        if (g.source(edge) !== center && g.target(edge) !== center) {
          res.color = DIM_EDGE;
          res.zIndex = 0;
        } else res.zIndex = 1;
      }
      return res;
    },
  });
  return renderer;
}
