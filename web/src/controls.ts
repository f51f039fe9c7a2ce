/**
 * The sidebar: the legend doubles as the node-kind filter; edge types with
 * their colours; minimum confidence; date range; minimum degree; hide
 * isolated; size by; ego-network hops. Each control writes into the view
 * state and calls `onChange`; `syncControls` writes the state back.
 */
import { KIND_COLORS, TYPE_COLORS } from '../../src/config.ts';
import { NODE_KINDS, RELATION_TYPES, SYMMETRIC_TYPES } from '../../src/types.ts';
import type { NewsGraph, NodeKind, RelationType } from '../../src/types.ts';
import { clear, el } from './dom.ts';
import { MAX_EGO_HOPS, type SizeBy, type ViewState } from './state.ts';

export interface Controls {
  sync(state: ViewState): void;
  setCounts(visibleNodes: number, visibleEdges: number): void;
}

function swatch(color: string, round: boolean): HTMLElement {
  const s = el('span', { class: round ? 'swatch dot' : 'swatch line', attrs: { 'aria-hidden': 'true' } });
  s.style.background = color;
  return s;
}

export function buildControls(root: HTMLElement, data: NewsGraph, dates: string[], state: ViewState, onChange: () => void): Controls {
  clear(root);
  const kindCount = new Map<NodeKind, number>();
  data.forEachNode((_n, a) => kindCount.set(a.kind, (kindCount.get(a.kind) ?? 0) + 1));
  const typeCount = new Map<RelationType, number>();
  data.forEachEdge((_e, a) => typeCount.set(a.type, (typeCount.get(a.type) ?? 0) + 1));

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
  const iso = el('input', { attrs: { type: 'checkbox', id: 'hide-isolated' } });
  iso.addEventListener('change', () => {
    state.hideIsolated = iso.checked;
    onChange();
  });
  const size = el('select', { attrs: { id: 'size-by' } }, [
    el('option', { attrs: { value: 'degree' } }, ['degree']),
    el('option', { attrs: { value: 'mentions' } }, ['mentions']),
  ]);
  size.addEventListener('change', () => {
    state.sizeBy = size.value as SizeBy;
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

  root.append(
    counts,
    legend,
    types,
    el('fieldset', { class: 'group' }, [el('legend', {}, ['Minimum confidence']), conf, confOut]),
    dateBox,
    el('fieldset', { class: 'group' }, [
      el('legend', {}, ['Structure']),
      el('label', { class: 'row', attrs: { for: 'min-degree' } }, ['min degree ', deg]),
      el('label', { class: 'row', attrs: { for: 'hide-isolated' } }, [iso, 'hide isolated']),
      el('label', { class: 'row', attrs: { for: 'size-by' } }, ['size by ', size]),
      el('label', { class: 'row', attrs: { for: 'ego-hops' }, text: undefined }, ['ego network ', ego]),
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
      iso.checked = s.hideIsolated;
      size.value = s.sizeBy;
      ego.value = String(s.ego);
      ego.disabled = !s.selected;
    },
    setCounts(n, e) {
      counts.textContent = `${n} of ${data.order} nodes · ${e} of ${data.size} edges`;
    },
  };
  controls.sync(state);
  return controls;
}
