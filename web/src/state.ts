/**
 * The view state (filters, selection, display options) and its URL form.
 * `encodeState`/`decodeState` are pure, so deep links are testable; the
 * decoder validates every parameter and ignores what it does not know.
 */
import { NODE_KINDS, RELATION_TYPES } from '../../src/types.ts';
import type { NodeKind, RelationType } from '../../src/types.ts';

export type SizeBy = 'degree' | 'mentions';

export interface ViewState {
  kinds: Set<NodeKind>;
  types: Set<RelationType>;
  /** In [0, 1]. */
  minConfidence: number;
  /** Inclusive ISO dates (YYYY-MM-DD), or undefined for open ends. */
  from?: string;
  to?: string;
  minDegree: number;
  hideIsolated: boolean;
  sizeBy: SizeBy;
  /** The selected node (panel open). */
  selected?: string;
  /** Ego-network radius around `selected`; 0 = off. */
  ego: number;
}

export const MAX_EGO_HOPS = 3;

export function defaultState(): ViewState {
  return {
    kinds: new Set(NODE_KINDS),
    types: new Set(RELATION_TYPES),
    minConfidence: 0,
    minDegree: 0,
    hideIsolated: false,
    sizeBy: 'degree',
    ego: 0,
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
  if (s.hideIsolated) p.set('hideIsolated', '1');
  if (s.sizeBy !== 'degree') p.set('size', s.sizeBy);
  if (s.ego > 0 && s.selected) p.set('ego', String(s.ego));
  const q = p.toString();
  return q ? `?${q}` : '';
}

function listParam<T extends string>(value: string | null, allowed: readonly T[]): Set<T> | undefined {
  if (value === null) return undefined;
  const ok = new Set<string>(allowed);
  return new Set(value.split(',').map((x) => x.trim()).filter((x): x is T => ok.has(x)));
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
  s.hideIsolated = p.get('hideIsolated') === '1';
  if (p.get('size') === 'mentions') s.sizeBy = 'mentions';
  const ego = Number(p.get('ego'));
  if (Number.isInteger(ego) && ego > 0) s.ego = Math.min(ego, MAX_EGO_HOPS);
  return s;
}
