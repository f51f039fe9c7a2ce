/**
 * The view state (filters, selection, display options) and its URL form.
 * `encodeState`/`decodeState` are pure, so deep links are testable; the
 * decoder validates every parameter and ignores what it does not know.
 *
 * Options whose default depends on the graph's size (colour by community or
 * kind, the collapsed community view) are `undefined` until the user picks
 * one: `resolveOptions` turns them into values for a given graph.
 */
import { CENTRALITIES, type Centrality } from '../../src/graph/centrality.ts';
import { NODE_KINDS, RELATION_TYPES } from '../../src/types.ts';
import type { NodeKind, RelationType } from '../../src/types.ts';

export type SizeBy = Centrality;
export type ColorBy = 'community' | 'kind';

export interface ViewState {
  kinds: Set<NodeKind>;
  types: Set<RelationType>;
  /** In [0, 1]. */
  minConfidence: number;
  /** Inclusive ISO dates (YYYY-MM-DD), or undefined for open ends. */
  from?: string;
  to?: string;
  minDegree: number;
  /** Nodes without a visible edge are hidden unless this is true. */
  showIsolated: boolean;
  sizeBy: SizeBy;
  /** Undefined: by community for large graphs (the overview), by kind for small ones. */
  colorBy?: ColorBy;
  /** The collapsed community view; undefined: on for very large graphs. */
  collapsed?: boolean;
  /** Communities opened in the collapsed view. */
  open: Set<number>;
  /** The community whose panel is shown. */
  community?: number;
  /** The selected node (panel open). */
  selected?: string;
  /** Ego-network radius around `selected`; 0 = off. */
  ego: number;
  /** The one edge type the ego network follows (undefined: every visible type). */
  egoType?: RelationType;
}

export const MAX_EGO_HOPS = 2;

/** Above this many nodes the first screen is the overview: coloured by community. */
export const OVERVIEW_FROM = 2000;
/** Above this many nodes the first screen is the collapsed community view. */
export const COLLAPSED_FROM = 20_000;

export function defaultState(): ViewState {
  return {
    kinds: new Set(NODE_KINDS),
    types: new Set(RELATION_TYPES),
    minConfidence: 0,
    minDegree: 0,
    showIsolated: false,
    sizeBy: 'degree',
    open: new Set(),
    ego: 0,
  };
}

/** The options as they apply to a graph of `order` nodes. */
/**
 * The state of a first visit: default filters, nothing selected or opened
 * (the picture quick-view.ts can draw before the data graph exists).
 */
export function isPlainOverview(s: ViewState): boolean {
  return (
    s.kinds.size === NODE_KINDS.length &&
    s.types.size === RELATION_TYPES.length &&
    s.minConfidence === 0 &&
    !s.from &&
    !s.to &&
    s.minDegree === 0 &&
    !s.showIsolated &&
    s.open.size === 0 &&
    s.community === undefined &&
    !s.selected &&
    s.ego === 0
  );
}

export function resolveOptions(s: ViewState, order: number): { colorBy: ColorBy; collapsed: boolean } {
  return {
    colorBy: s.colorBy ?? (order > OVERVIEW_FROM ? 'community' : 'kind'),
    collapsed: s.collapsed ?? order > COLLAPSED_FROM,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Only non-default values are written, so a plain view has a plain URL. */
export function encodeState(s: ViewState, keep?: URLSearchParams): string {
  const p = new URLSearchParams();
  const graph = keep?.get('graph');
  if (graph) p.set('graph', graph);
  if (s.selected) p.set('node', s.selected);
  if (s.kinds.size !== NODE_KINDS.length) p.set('kinds', NODE_KINDS.filter((k) => s.kinds.has(k)).join(','));
  if (s.types.size !== RELATION_TYPES.length) p.set('types', RELATION_TYPES.filter((t) => s.types.has(t)).join(','));
  if (s.minConfidence > 0) p.set('minConf', String(s.minConfidence));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.minDegree > 0) p.set('minDeg', String(s.minDegree));
  if (s.showIsolated) p.set('isolated', '1');
  if (s.sizeBy !== 'degree') p.set('size', s.sizeBy);
  if (s.colorBy) p.set('color', s.colorBy);
  if (s.collapsed !== undefined) p.set('communities', s.collapsed ? '1' : '0');
  if (s.open.size) p.set('open', [...s.open].sort((a, b) => a - b).join(','));
  if (s.community !== undefined) p.set('community', String(s.community));
  if (s.ego > 0 && s.selected) {
    p.set('ego', String(s.ego));
    if (s.egoType) p.set('egoType', s.egoType);
  }
  const q = p.toString();
  return q ? `?${q}` : '';
}

function listParam<T extends string>(value: string | null, allowed: readonly T[]): Set<T> | undefined {
  if (value === null) return undefined;
  const ok = new Set<string>(allowed);
  return new Set(value.split(',').map((x) => x.trim()).filter((x): x is T => ok.has(x)));
}

function intList(value: string | null): Set<number> {
  if (!value) return new Set();
  return new Set(value.split(',').map(Number).filter((n) => Number.isInteger(n) && n >= -1 && n < 1e7));
}

export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s = defaultState();
  const node = p.get('node');
  if (node) s.selected = node;
  s.kinds = listParam(p.get('kinds'), NODE_KINDS) ?? s.kinds;
  s.types = listParam(p.get('types'), RELATION_TYPES) ?? s.types;
  const conf = Number(p.get('minConf'));
  if (Number.isFinite(conf) && conf > 0 && conf <= 1) s.minConfidence = conf;
  const from = p.get('from');
  if (from && DATE.test(from)) s.from = from;
  const to = p.get('to');
  if (to && DATE.test(to)) s.to = to;
  const deg = Number(p.get('minDeg'));
  if (Number.isInteger(deg) && deg > 0 && deg < 1e6) s.minDegree = deg;
  // `isolated=1` shows nodes without edges; the older `hideIsolated=0` says the same.
  s.showIsolated = p.get('isolated') === '1' || p.get('hideIsolated') === '0';
  const size = p.get('size');
  if ((CENTRALITIES as readonly string[]).includes(size ?? '')) s.sizeBy = size as SizeBy;
  const color = p.get('color');
  if (color === 'community' || color === 'kind') s.colorBy = color;
  const communities = p.get('communities');
  if (communities === '1' || communities === '0') s.collapsed = communities === '1';
  s.open = intList(p.get('open'));
  const community = Number(p.get('community') ?? NaN);
  if (p.get('community') !== null && Number.isInteger(community) && community >= -1) s.community = community;
  const ego = Number(p.get('ego'));
  if (Number.isInteger(ego) && ego > 0) s.ego = Math.min(ego, MAX_EGO_HOPS);
  const egoType = listParam(p.get('egoType'), RELATION_TYPES);
  if (egoType?.size === 1) s.egoType = [...egoType][0];
  return s;
}
