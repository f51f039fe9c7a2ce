/**
 * The sidebar: the legend doubles as the node-kind filter; edge types with
 * their colours; minimum confidence; date range; minimum degree; show
 * unconnected nodes (with their count); size by a centrality; colour by
 * community or kind; the collapsed community view; ego network (1 or 2 hops,
 * all edge types or one). Each control writes into the view state and calls
 * `onChange`; `sync` writes the state back.
 */
import { KIND_COLORS, TYPE_COLORS } from '../../src/config.ts';
import { NODE_KINDS, RELATION_TYPES, SYMMETRIC_TYPES } from '../../src/types.ts';
import type { NewsGraph, NodeKind, RelationType } from '../../src/types.ts';
import { clear, el } from './dom.ts';
import { MAX_EGO_HOPS, resolveOptions, type ColorBy, type SizeBy, type ViewState } from './state.ts';

export interface Controls {
  sync(state: ViewState): void;
  /** `isolated`: nodes hidden because no visible edge reaches them. */
  setCounts(visibleNodes: number, visibleEdges: number, isolated: number): void;
}

const SIZE_NAMES: Record<SizeBy, string> = { degree: 'degree', weighted: 'evidence (weighted degree)', pagerank: 'PageRank', mentions: 'mentions' };

function swatch(color: string, round: boolean): HTMLElement {
  const s = el('span', { class: round ? 'swatch dot' : 'swatch line', attrs: { 'aria-hidden': 'true' } });
  s.style.background = color;
  return s;
}

/** Nodes per kind and edges per type of a data graph (the legend's counts). */
export interface ItemCounts {
  kinds: Map<NodeKind, number>;
  types: Map<RelationType, number>;
}

/** The legend's counts in steps (main.ts runs them in tasks of ~40 ms): yields every `every` items (0: never). */
export function* itemCountsSteps(data: NewsGraph, every = 16_384): Generator<void, ItemCounts> {
  const kinds = new Map<NodeKind, number>();
  const types = new Map<RelationType, number>();
  let i = 0;
  for (const { attributes: a } of data.nodeEntries()) {
    kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
    if (every > 0 && ++i % every === 0) yield;
  }
  for (const { attributes: a } of data.edgeEntries()) {
    types.set(a.type, (types.get(a.type) ?? 0) + 1);
    if (every > 0 && ++i % every === 0) yield;
  }
  return { kinds, types };
}

function countItems(data: NewsGraph): ItemCounts {
  const steps = itemCountsSteps(data, 0);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `itemCounts`: the graph's `itemCountsSteps` when the caller has them (counted here otherwise). */
export function buildControls(root: HTMLElement, data: NewsGraph, dates: string[], state: ViewState, onChange: () => void, itemCounts?: ItemCounts): Controls {
  clear(root);
  const { kinds: kindCount, types: typeCount } = itemCounts ?? countItems(data);

  const counts = el('p', { class: 'counts', attrs: { id: 'counts' } });

  const kindBoxes = new Map<NodeKind, HTMLInputElement>();
  const legend = el('fieldset', { class: 'legend', attrs: { id: 'legend-kinds' } }, [el('legend', {}, ['Node kinds'])]);
  for (const kind of NODE_KINDS) {
    const box = el('input', { attrs: { type: 'checkbox', name: 'kind', value: kind, id: `kind-${kind}` } });
    box.addEventListener('change', () => {
      if (box.checked) state.kinds.add(kind);
      else state.kinds.delete(kind);
      onChange();
    });
    kindBoxes.set(kind, box);
    legend.appendChild(el('label', { class: 'row', attrs: { for: `kind-${kind}` } }, [box, swatch(KIND_COLORS[kind], true), kind, el('span', { class: 'n' }, [String(kindCount.get(kind) ?? 0)])]));
  }

  const typeBoxes = new Map<RelationType, HTMLInputElement>();
  const types = el('fieldset', { class: 'legend', attrs: { id: 'legend-types' } }, [el('legend', {}, ['Edge types'])]);
  for (const type of RELATION_TYPES) {
    const box = el('input', { attrs: { type: 'checkbox', name: 'type', value: type, id: `type-${type}` } });
    box.addEventListener('change', () => {
      if (box.checked) state.types.add(type);
      else state.types.delete(type);
      onChange();
    });
    typeBoxes.set(type, box);
    types.appendChild(
      el('label', { class: 'row', attrs: { for: `type-${type}` } }, [
        box,
        swatch(TYPE_COLORS[type], false),
        `${type.replace(/_/g, ' ')}${SYMMETRIC_TYPES.has(type) ? ' ↔' : ' →'}`,
        el('span', { class: 'n' }, [String(typeCount.get(type) ?? 0)]),
      ]),
    );
  }

  const conf = el('input', { attrs: { type: 'range', min: '0', max: '1', step: '0.05', id: 'min-confidence' } });
  const confOut = el('output', { attrs: { for: 'min-confidence' } });
  conf.addEventListener('input', () => {
    state.minConfidence = Number(conf.value);
    confOut.textContent = state.minConfidence.toFixed(2);
    onChange();
  });

  // Date range: two sliders over the distinct dates of the graph.
  const last = Math.max(0, dates.length - 1);
  const fromIn = el('input', { attrs: { type: 'range', min: '0', max: String(last), step: '1', id: 'date-from', 'aria-label': 'from date' } });
  const toIn = el('input', { attrs: { type: 'range', min: '0', max: String(last), step: '1', id: 'date-to', 'aria-label': 'to date' } });
  const dateOut = el('output', { attrs: { id: 'date-range' } });
  const onDate = (): void => {
    let a = Number(fromIn.value);
    let b = Number(toIn.value);
    if (a > b) [a, b] = [b, a];
    state.from = a > 0 ? dates[a] : undefined;
    state.to = b < last ? dates[b] : undefined;
    dateOut.textContent = dates.length ? `${dates[a]} – ${dates[b]}` : 'no dates';
    onChange();
  };
  fromIn.addEventListener('input', onDate);
  toIn.addEventListener('input', onDate);
  const dateBox = el('fieldset', { class: 'group', attrs: { id: 'dates' } }, [el('legend', {}, ['Date range']), fromIn, toIn, dateOut]);
  if (dates.length < 2) dateBox.setAttribute('disabled', '');

  const deg = el('input', { attrs: { type: 'number', min: '0', max: '1000', step: '1', id: 'min-degree' } });
  deg.addEventListener('change', () => {
    state.minDegree = Math.max(0, Math.floor(Number(deg.value) || 0));
    onChange();
  });
  const iso = el('input', { attrs: { type: 'checkbox', id: 'show-isolated' } });
  const isoCount = el('span', { class: 'n', attrs: { id: 'isolated-count' } });
  iso.addEventListener('change', () => {
    state.showIsolated = iso.checked;
    onChange();
  });
  const size = el(
    'select',
    { attrs: { id: 'size-by' } },
    (Object.keys(SIZE_NAMES) as SizeBy[]).map((k) => el('option', { attrs: { value: k } }, [SIZE_NAMES[k]])),
  );
  size.addEventListener('change', () => {
    state.sizeBy = size.value as SizeBy;
    onChange();
  });
  const color = el('select', { attrs: { id: 'color-by' } }, [
    el('option', { attrs: { value: 'community' } }, ['community (kind as ring)']),
    el('option', { attrs: { value: 'kind' } }, ['kind']),
  ]);
  color.addEventListener('change', () => {
    state.colorBy = color.value as ColorBy;
    onChange();
  });
  const collapse = el('input', { attrs: { type: 'checkbox', id: 'collapse-communities' } });
  collapse.addEventListener('change', () => {
    state.collapsed = collapse.checked;
    state.open.clear();
    onChange();
  });
  const ego = el('select', { attrs: { id: 'ego-hops' } }, [
    el('option', { attrs: { value: '0' } }, ['off']),
    ...Array.from({ length: MAX_EGO_HOPS }, (_, i) => el('option', { attrs: { value: String(i + 1) } }, [`${i + 1} hop${i ? 's' : ''}`])),
  ]);
  ego.addEventListener('change', () => {
    state.ego = Number(ego.value);
    onChange();
  });
  const egoType = el('select', { attrs: { id: 'ego-type', 'aria-label': 'ego network edge type' } }, [
    el('option', { attrs: { value: '' } }, ['all edge types']),
    ...RELATION_TYPES.map((t) => el('option', { attrs: { value: t } }, [t.replace(/_/g, ' ')])),
  ]);
  egoType.addEventListener('change', () => {
    state.egoType = (egoType.value || undefined) as RelationType | undefined;
    onChange();
  });

  root.append(
    counts,
    legend,
    types,
    el('fieldset', { class: 'group' }, [el('legend', {}, ['Minimum confidence']), conf, confOut]),
    dateBox,
    el('fieldset', { class: 'group' }, [
      el('legend', {}, ['Structure']),
      el('label', { class: 'row', attrs: { for: 'min-degree' } }, ['min degree ', deg]),
      el('label', { class: 'row', attrs: { for: 'show-isolated' } }, [iso, 'show unconnected', isoCount]),
      el('label', { class: 'row', attrs: { for: 'size-by' } }, ['size by ', size]),
      el('label', { class: 'row', attrs: { for: 'color-by' } }, ['colour by ', color]),
      el('label', { class: 'row', attrs: { for: 'collapse-communities' } }, [collapse, 'one node per community']),
    ]),
    el('fieldset', { class: 'group', attrs: { id: 'ego' } }, [
      el('legend', {}, ['Ego network']),
      el('label', { class: 'row', attrs: { for: 'ego-hops' } }, ['around the selection ', ego]),
      el('label', { class: 'row', attrs: { for: 'ego-type' } }, ['following ', egoType]),
    ]),
  );

  const controls: Controls = {
    sync(s) {
      for (const [k, b] of kindBoxes) b.checked = s.kinds.has(k);
      for (const [t, b] of typeBoxes) b.checked = s.types.has(t);
      conf.value = String(s.minConfidence);
      confOut.textContent = s.minConfidence.toFixed(2);
      const a = s.from ? Math.max(0, dates.findIndex((d) => d >= s.from!)) : 0;
      let bIdx = last;
      if (s.to) for (bIdx = last; bIdx >= 0 && dates[bIdx]! > s.to; bIdx--);
      fromIn.value = String(a);
      toIn.value = String(bIdx < 0 ? last : bIdx);
      dateOut.textContent = dates.length ? `${dates[a] ?? ''} – ${dates[bIdx < 0 ? last : bIdx] ?? ''}` : 'no dates';
      deg.value = String(s.minDegree);
      iso.checked = s.showIsolated;
      size.value = s.sizeBy;
      const resolved = resolveOptions(s, data.order);
      color.value = resolved.colorBy;
      collapse.checked = resolved.collapsed;
      ego.value = String(s.ego);
      ego.disabled = !s.selected;
      egoType.value = s.egoType ?? '';
      egoType.disabled = !s.selected || s.ego === 0;
    },
    setCounts(n, e, isolated) {
      counts.textContent = `${n} of ${data.order} nodes · ${e} of ${data.size} edges`;
      isoCount.textContent = isolated > 0 ? `${isolated} hidden` : '';
    },
  };
  controls.sync(state);
  return controls;
}
