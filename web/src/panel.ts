/**
 * The side panel of the selected node: kind, type, aliases; neighbours
 * grouped by edge type and direction; for each edge its evidence sentences
 * with both mentions highlighted and the article's title, source and date;
 * the node's quotes. Built with `el()`: article text only ever as text.
 */
import { KIND_COLORS, TYPE_COLORS } from '../../src/config.ts';
import { RELATION_TYPES, SYMMETRIC_TYPES } from '../../src/types.ts';
import type { EdgeEvidence, NewsGraph, RelationType } from '../../src/types.ts';
import type { CommunityInfo } from '../../src/graph/communities.ts';
import { clear, el, safeUrl } from './dom.ts';
import { highlightSegments } from './highlight.ts';
import { eventText } from '../../src/util/event-text.ts';
import type { EvidenceState } from './evidence.ts';

export type Direction = 'out' | 'in' | 'both';

export interface NeighbourEdge {
  edge: string;
  type: RelationType;
  direction: Direction;
  other: string;
}

export interface PanelOptions {
  /** Which of the node's edges to list (the filters). */
  edgeVisible: (edge: string) => boolean;
  onSelect: (node: string) => void;
  onClose: () => void;
  /** Evidence items shown per edge before "show all". */
  evidencePerEdge?: number;
  /** The node's community, with a button that shows the community's panel. */
  community?: { id: number; label: string; onShow: () => void };
  /** How much of an edge's evidence the view holds (default: all of it; see evidence.ts). */
  evidenceState?: (edge: string) => EvidenceState;
  /** Why an edge's evidence is missing (shown in its place). */
  missingReason?: string;
  /** Fetch the rest of a partly loaded edge's evidence (a "load all" button). */
  onLoadAll?: (edge: string) => void;
}

/** The node's edges grouped by type and direction, in vocabulary order. Pure. */
export function groupNeighbours(graph: NewsGraph, node: string, keep: (edge: string) => boolean): Map<string, NeighbourEdge[]> {
  const groups = new Map<string, NeighbourEdge[]>();
  graph.forEachEdge(node, (edge, a, s, t) => {
    if (!keep(edge)) return;
    const direction: Direction = SYMMETRIC_TYPES.has(a.type) ? 'both' : s === node ? 'out' : 'in';
    const key = `${a.type}:${direction}`;
    const item = { edge, type: a.type, direction, other: s === node ? t : s };
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  });
  const order = (k: string): number => {
    const [type, dir] = k.split(':') as [RelationType, Direction];
    return RELATION_TYPES.indexOf(type) * 3 + (dir === 'out' ? 0 : dir === 'in' ? 1 : 2);
  };
  const sorted = new Map([...groups.entries()].sort((a, b) => order(a[0]) - order(b[0])));
  for (const list of sorted.values()) list.sort((a, b) => graph.getEdgeAttribute(b.edge, 'confidence') - graph.getEdgeAttribute(a.edge, 'confidence'));
  return sorted;
}

function groupTitle(type: RelationType, dir: Direction): string {
  const name = type.replace(/_/g, ' ');
  if (dir === 'out') return `${name} →`;
  if (dir === 'in') return `← ${name}`;
  return `${name} ↔`;
}

/** Evidence items of the same sentence of the same article, together, in first-seen order. Pure. */
export function bySentence(evidence: readonly EdgeEvidence[]): EdgeEvidence[][] {
  const groups = new Map<string, EdgeEvidence[]>();
  for (const ev of evidence) {
    const k = `${ev.articleId}\u0000${ev.start}\u0000${ev.end}`;
    const g = groups.get(k);
    if (g) g.push(ev);
    else groups.set(k, [ev]);
  }
  return [...groups.values()];
}

/** One list item per sentence: a strike line that hit five things is one sentence with five targets marked. */
function evidenceItem(group: EdgeEvidence[], sourceLabel: string, targetLabel: string): HTMLElement {
  const ev = group[0]!;
  const sentence = el('blockquote', { class: 'sentence' });
  // article offsets of the ends that describe their entity ("three strikes", "we") rather than name it
  const described = new Set(
    group.flatMap((g) => (g.described ?? []).map((role) => `${role}:${(role === 'source' ? g.sourceMention : g.targetMention).start}`)),
  );
  let at = ev.start;
  for (const seg of highlightSegments(
    ev.sentence,
    ev.start,
    group.flatMap((g) => [
      { ...g.sourceMention, role: 'source' as const },
      { ...g.targetMention, role: 'target' as const },
    ]),
  )) {
    if (seg.role) {
      const label = seg.role === 'source' ? sourceLabel : targetLabel;
      const title = described.has(`${seg.role}:${at}`) ? `${label} (described)` : label;
      sentence.appendChild(el('mark', { class: `m-${seg.role}`, attrs: { title } }, [seg.text]));
    } else sentence.appendChild(document.createTextNode(seg.text));
    at += seg.text.length;
  }
  const rules = [...new Set(group.map((g) => g.rule))].join(', ');
  const confidence = Math.max(...group.map((g) => g.confidence));
  const quantities = group.map((g) => g.quantity).filter((q): q is number => q !== undefined);
  const href = safeUrl(ev.articleUrl);
  const title = ev.articleTitle || ev.articleId || 'article';
  const titleNode = href
    ? el('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, [title])
    : el('span', {}, [title]);
  const meta = el('div', { class: 'ev-meta' }, [
    titleNode,
    ev.articleSource ? el('span', { class: 'ev-source' }, [ev.articleSource]) : null,
    ev.published ? el('time', { attrs: { datetime: ev.published.slice(0, 10) } }, [ev.published.slice(0, 10)]) : null,
    el('span', { class: 'ev-rule', attrs: { title: 'rule and confidence' } }, [`${rules} · ${confidence.toFixed(2)}`]),
    group.some((g) => g.hedged) ? el('span', { class: 'flag' }, ['hedged']) : null,
    group.some((g) => g.negated) ? el('span', { class: 'flag' }, ['negated']) : null,
    quantities.length ? el('span', { class: 'flag' }, [quantities.map((q) => `×${q}`).join(' ')]) : null,
    ...[...new Set(group.flatMap((g) => (g.event ? [eventText(g.event)] : [])))].map((t) => el('span', { class: 'ev-event', attrs: { title: 'coded event: CAMEO code, PLOVER category, date, place, casualties' } }, [t])),
  ]);
  return el('li', { class: 'evidence' }, [sentence, meta]);
}

/** What stands beside an edge's evidence list when the view does not hold all of it. */
function evidenceNote(state: EvidenceState, shown: number, weight: number, reason: string | undefined, loadAll: (() => void) | undefined): HTMLElement | null {
  if (state === 'loading') return el('p', { class: 'ev-note ev-loading', attrs: { role: 'status' } }, ['Loading evidence…']);
  if (state === 'missing') return el('p', { class: 'ev-note ev-missing' }, [reason ?? 'Evidence not loaded.']);
  if (state === 'partial') {
    const note = el('p', { class: 'ev-note ev-partial' }, [`${shown} of ${weight} evidence items loaded. `]);
    if (loadAll) {
      const b = el('button', { class: 'load-all', attrs: { type: 'button' } }, [`load all ${weight}`]);
      b.addEventListener('click', () => {
        b.disabled = true;
        b.textContent = 'loading…';
        loadAll();
      });
      note.appendChild(b);
    }
    return note;
  }
  return null;
}

/** Distinct neighbours and edges among the grouped edges (a neighbour reached by two edge types counts once). Pure. */
export function neighbourCount(groups: Map<string, NeighbourEdge[]>): { neighbours: number; edges: number } {
  const others = new Set<string>();
  let edges = 0;
  for (const list of groups.values()) {
    for (const item of list) others.add(item.other);
    edges += list.length;
  }
  return { neighbours: others.size, edges };
}

/** The panel's title row: the label wraps (full text on hover), the close button never leaves the view. */
export function panelHeader(label: string, onClose: () => void): HTMLElement {
  const close = el('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'Close panel', title: 'Close (Escape)' } }, ['×']);
  close.addEventListener('click', onClose);
  return el('header', { class: 'panel-head' }, [el('h2', { attrs: { id: 'panel-title', title: label } }, [label]), close]);
}

export function renderPanel(panel: HTMLElement, graph: NewsGraph, node: string, opts: PanelOptions): void {
  clear(panel);
  panel.hidden = false;
  const a = graph.getNodeAttributes(node);
  const header = panelHeader(a.label, opts.onClose);
  const kind = el('span', { class: 'kind-badge' }, [a.kind]);
  kind.style.background = KIND_COLORS[a.kind];
  const facts = el('dl', { class: 'facts' }, [
    el('dt', {}, ['kind']),
    el('dd', {}, [kind, ' ', a.type.replace(/_/g, ' ')]),
    a.aliases.length ? el('dt', {}, ['aliases']) : null,
    a.aliases.length ? el('dd', { class: 'aliases' }, [a.aliases.join(', ')]) : null,
    a.titles?.length ? el('dt', {}, ['titles']) : null,
    a.titles?.length ? el('dd', {}, [a.titles.join(', ')]) : null,
    a.roles?.length ? el('dt', {}, ['roles']) : null,
    a.roles?.length ? el('dd', {}, [a.roles.join(', ')]) : null,
    el('dt', {}, ['mentions']),
    el('dd', {}, [`${a.mentions} in ${a.articles} article${a.articles === 1 ? '' : 's'}`]),
    a.firstSeen ? el('dt', {}, ['seen']) : null,
    a.firstSeen ? el('dd', {}, [a.firstSeen === a.lastSeen ? a.firstSeen : `${a.firstSeen} – ${a.lastSeen ?? ''}`]) : null,
  ]);
  // Resolution keeps doubtful pairs apart and says so: offer the other node(s).
  const maybe = (a.possiblySameAs ?? []).filter((id) => graph.hasNode(id));
  if (maybe.length) {
    const dd = el('dd', { class: 'maybe' });
    for (const id of maybe) {
      const go = el('button', { class: 'neighbour', attrs: { type: 'button', 'data-node': id } }, [graph.getNodeAttribute(id, 'label')]);
      go.addEventListener('click', () => opts.onSelect(id));
      dd.appendChild(go);
    }
    facts.append(el('dt', { attrs: { title: 'kept apart; merge with `newsgraph merge` if they are one entity' } }, ['possibly same as']), dd);
  }
  if (opts.community && opts.community.id >= 0) {
    const c = opts.community;
    const go = el('button', { class: 'neighbour community-link', attrs: { type: 'button', 'data-community': String(c.id), title: c.label } }, [`${c.id + 1}: ${c.label}`]);
    go.addEventListener('click', c.onShow);
    facts.append(el('dt', {}, ['community']), el('dd', { class: 'community' }, [go]));
  }
  panel.append(header, facts);
  panel.setAttribute('aria-labelledby', 'panel-title');
  panel.dataset.node = node;
  delete panel.dataset.community;

  const groups = groupNeighbours(graph, node, opts.edgeVisible);
  const { neighbours, edges } = neighbourCount(groups);
  const nb = el('section', { class: 'neighbours' }, [
    el('h3', { attrs: { id: 'neighbour-count', title: 'distinct neighbours; an entity linked by several edge types counts once' } }, [
      `Neighbours (${neighbours}) · ${edges} edge${edges === 1 ? '' : 's'}`,
    ]),
  ]);
  const perEdge = opts.evidencePerEdge ?? 3;
  const states = new Set<EvidenceState>();
  for (const [key, list] of groups) {
    const [type, dir] = key.split(':') as [RelationType, Direction];
    const h = el('h4', { class: 'group-title' }, [groupTitle(type, dir), ` (${list.length})`]);
    h.style.borderLeftColor = TYPE_COLORS[type];
    const ul = el('ul', { class: 'edges' });
    for (const item of list) {
      const ea = graph.getEdgeAttributes(item.edge);
      const otherLabel = graph.getNodeAttribute(item.other, 'label');
      const go = el('button', { class: 'neighbour', attrs: { type: 'button', 'data-node': item.other } }, [otherLabel]);
      go.addEventListener('click', () => opts.onSelect(item.other));
      const srcLabel = graph.getNodeAttribute(graph.source(item.edge), 'label');
      const tgtLabel = graph.getNodeAttribute(graph.target(item.edge), 'label');
      const evs = el('ol', { class: 'evidence-list' });
      const state = opts.evidenceState?.(item.edge) ?? 'loaded';
      states.add(state);
      const all = bySentence(ea.evidence);
      all.slice(0, perEdge).forEach((g) => evs.appendChild(evidenceItem(g, srcLabel, tgtLabel)));
      let more: HTMLButtonElement | null = null;
      if (all.length > perEdge) {
        more = el('button', { class: 'more', attrs: { type: 'button' } }, [`show all ${all.length}`]);
        more.addEventListener('click', () => {
          all.slice(perEdge).forEach((g) => evs.appendChild(evidenceItem(g, srcLabel, tgtLabel)));
          more?.remove();
        });
      }
      ul.appendChild(
        el('li', { class: 'edge', attrs: { 'data-edge': item.edge, 'data-type': item.type, 'data-direction': item.direction } }, [
          el('div', { class: 'edge-head' }, [
            go,
            el('span', { class: 'edge-meta' }, [`${ea.weight} evidence · conf ${ea.confidence.toFixed(2)}${ea.hedged ? ' · hedged' : ''}`]),
          ]),
          evs,
          more,
          evidenceNote(state, ea.evidence.length, ea.weight, opts.missingReason, opts.onLoadAll && (() => opts.onLoadAll!(item.edge))),
        ]),
      );
    }
    nb.append(h, ul);
  }
  if (groups.size === 0) nb.appendChild(el('p', { class: 'empty' }, ['No neighbours under the current filters.']));
  panel.appendChild(nb);
  // For tests and for styling: 'loading' while any listed edge waits for its evidence.
  panel.dataset.evidence = states.has('loading') ? 'loading' : states.has('missing') ? 'missing' : states.has('partial') ? 'partial' : 'loaded';

  if (a.quotes?.length) {
    const q = el('section', { class: 'quotes' }, [el('h3', {}, [`Quotes (${a.quotes.length})`])]);
    const ul = el('ul');
    for (const quote of a.quotes) {
      ul.appendChild(
        el('li', { class: 'quote' }, [
          el('q', {}, [quote.text]),
          el('div', { class: 'ev-meta' }, [
            el('span', {}, [quote.articleTitle || quote.articleId]),
            quote.published ? el('time', {}, [quote.published.slice(0, 10)]) : null,
            quote.addressee && graph.hasNode(quote.addressee) ? el('span', {}, [`to ${graph.getNodeAttribute(quote.addressee, 'label')}`]) : null,
          ]),
        ]),
      );
    }
    q.appendChild(ul);
    panel.appendChild(q);
  }
}

export interface CommunityPanelOptions {
  onSelect: (node: string) => void;
  onClose: () => void;
  /** Open it in the collapsed view, or collapse it again. */
  onToggleOpen?: () => void;
  isOpen?: boolean;
}

/** The panel of a community: its size by kind, its top actors, its strongest edges with evidence counts. */
export function renderCommunityPanel(panel: HTMLElement, graph: NewsGraph, info: CommunityInfo, opts: CommunityPanelOptions): void {
  clear(panel);
  panel.hidden = false;
  const title = info.id < 0 ? 'Unconnected entities' : `Community ${info.id + 1}: ${info.label}`;
  const header = panelHeader(title, opts.onClose);
  const kinds = Object.entries(info.kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`)
    .join(', ');
  const facts = el('dl', { class: 'facts' }, [
    el('dt', {}, ['members']),
    el('dd', {}, [`${info.members.length} (${kinds})`]),
    el('dt', {}, ['edges inside']),
    el('dd', {}, [String(info.internalEdges)]),
  ]);
  panel.append(header, facts);
  panel.setAttribute('aria-labelledby', 'panel-title');
  panel.dataset.community = String(info.id);
  delete panel.dataset.node;
  if (opts.onToggleOpen) {
    const toggle = el('button', { class: 'toggle-open', attrs: { type: 'button', id: 'community-toggle' } }, [opts.isOpen ? 'Collapse this community' : 'Open this community']);
    toggle.addEventListener('click', opts.onToggleOpen);
    panel.appendChild(toggle);
  }
  const person = (n: string) => {
    const b = el('button', { class: 'neighbour', attrs: { type: 'button', 'data-node': n, title: graph.getNodeAttribute(n, 'label') } }, [graph.getNodeAttribute(n, 'label')]);
    b.addEventListener('click', () => opts.onSelect(n));
    return b;
  };
  const actors = info.members.filter((n) => graph.getNodeAttribute(n, 'kind') === 'actor').slice(0, 10);
  const top = el('section', { class: 'top-actors' }, [el('h3', {}, [`Top actors (${actors.length})`])]);
  const ul = el('ul', { class: 'members' });
  for (const n of actors) ul.appendChild(el('li', {}, [person(n), el('span', { class: 'edge-meta' }, [` ${graph.degree(n)} edges`])]));
  if (!actors.length) top.appendChild(el('p', { class: 'empty' }, ['No actors here.']));
  top.appendChild(ul);
  const strong = el('section', { class: 'strongest' }, [el('h3', {}, [`Strongest edges (${info.strongest.length})`])]);
  const ol = el('ol', { class: 'edges' });
  for (const e of info.strongest) {
    const rel = el('span', { class: 'rel' }, [` ${groupTitle(e.type, SYMMETRIC_TYPES.has(e.type) ? 'both' : 'out')} `]);
    rel.style.color = TYPE_COLORS[e.type];
    ol.appendChild(
      el('li', { class: 'edge', attrs: { 'data-edge': e.edge, 'data-type': e.type } }, [
        el('div', { class: 'edge-head' }, [person(e.source), rel, person(e.target)]),
        el('span', { class: 'edge-meta' }, [`${e.weight} evidence`]),
      ]),
    );
  }
  strong.appendChild(ol);
  panel.append(top, strong);
}

export function closePanel(panel: HTMLElement): void {
  clear(panel);
  panel.hidden = true;
  delete panel.dataset.evidence;
  delete panel.dataset.node;
  delete panel.dataset.community;
}
