/**
 * The side panel of the selected node: kind, type, aliases; neighbours
 * grouped by edge type and direction; for each edge its evidence sentences
 * with both mentions highlighted and the article's title, source and date;
 * the node's quotes. Built with `el()`: article text only ever as text.
 */
import { KIND_COLORS, TYPE_COLORS } from '../../src/config.ts';
import { RELATION_TYPES, SYMMETRIC_TYPES } from '../../src/types.ts';
import type { EdgeEvidence, NewsGraph, RelationType } from '../../src/types.ts';
import { clear, el, safeUrl } from './dom.ts';
import { highlightSegments } from './highlight.ts';

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
  ]);
  return el('li', { class: 'evidence' }, [sentence, meta]);
}

export function renderPanel(panel: HTMLElement, graph: NewsGraph, node: string, opts: PanelOptions): void {
  clear(panel);
  panel.hidden = false;
  const a = graph.getNodeAttributes(node);
  const close = el('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'Close panel' } }, ['×']);
  close.addEventListener('click', opts.onClose);
  const header = el('header', { class: 'panel-head' }, [
    el('h2', { attrs: { id: 'panel-title' } }, [a.label]),
    close,
  ]);
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
  panel.append(header, facts);
  panel.setAttribute('aria-labelledby', 'panel-title');
  panel.dataset.node = node;

  const groups = groupNeighbours(graph, node, opts.edgeVisible);
  const nb = el('section', { class: 'neighbours' }, [el('h3', {}, [`Neighbours (${[...groups.values()].reduce((n, l) => n + l.length, 0)})`])]);
  const perEdge = opts.evidencePerEdge ?? 3;
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
        ]),
      );
    }
    nb.append(h, ul);
  }
  if (groups.size === 0) nb.appendChild(el('p', { class: 'empty' }, ['No neighbours under the current filters.']));
  panel.appendChild(nb);

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

export function closePanel(panel: HTMLElement): void {
  clear(panel);
  panel.hidden = true;
  delete panel.dataset.node;
}
