/**
 * Synthetic graphs with community structure, for the browser tests and the
 * view benchmark: `plantedGraph` (a serialized NewsGraph) and
 * `plantedStore` (the same shape ingested into a real store through the
 * public API, with an `analyze` that returns the planted extraction).
 *
 * Communities of `communitySize` entities; each entity gets `edgesPerNode`
 * edges, 85% inside its community; a share of entities has no edge at all
 * (news graphs have many). Entity 0 of each community is its hub (more
 * edges, more mentions). Seeded: the same arguments give the same graph.
 */
import { openNewsgraph, type Newsgraph } from '../../src/api.ts';
import { KIND_OF_TYPE, RELATION_TYPES, SYMMETRIC_TYPES, type Article, type ArticleExtraction, type EntityType, type RelationType } from '../../src/types.ts';
import { prng } from '../../src/util/random.ts';

export interface PlantedOptions {
  nodes: number;
  edgesPerNode?: number;
  communitySize?: number;
  /** Share of entities without any edge (default 0.3). */
  unconnected?: number;
  seed?: number;
  /** Evidence sentences on edges (default true). */
  evidence?: boolean;
}

const TYPES: EntityType[] = ['armed_group', 'city', 'force', 'person', 'organization', 'country', 'camp', 'government', 'region', 'media'];
const SYL = ['al', 'ba', 'dar', 'el', 'fa', 'ha', 'is', 'jab', 'ka', 'lat', 'ma', 'nur', 'om', 'qa', 'ra', 'sa', 'ta', 'um', 'wa', 'za'];

export interface Planted {
  entities: Array<{ id: string; label: string; type: EntityType; community: number; mentions: number }>;
  edges: Array<{ source: number; target: number; type: RelationType; weight: number }>;
}

/** The planted structure (entities and edges by index). */
export function planted(opts: PlantedOptions): Planted {
  const r = prng(opts.seed ?? 42);
  const n = opts.nodes;
  const size = opts.communitySize ?? 50;
  const perNode = opts.edgesPerNode ?? 4;
  const lone = opts.unconnected ?? 0.3;
  const word = (k: number) => {
    let s = '';
    for (let i = 0; i < k; i++) s += SYL[Math.floor(r() * SYL.length)]!;
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const entities: Planted['entities'] = [];
  for (let i = 0; i < n; i++) {
    const community = Math.floor(i / size);
    const hub = i % size === 0;
    entities.push({ id: `e${i}`, label: `${word(2)} ${word(1 + (i % 2))} ${i}`, type: TYPES[i % TYPES.length]!, community, mentions: hub ? 40 + Math.floor(r() * 60) : 1 + Math.floor(r() * 10) });
  }
  const connected = (i: number) => i % size === 0 || r() >= lone;
  const isConnected = entities.map((_, i) => connected(i));
  const keys = new Set<string>();
  const edges: Planted['edges'] = [];
  for (let i = 0; i < n; i++) {
    if (!isConnected[i]) continue;
    const base = Math.floor(i / size) * size;
    const want = i % size === 0 ? perNode * 3 : perNode;
    for (let k = 0, tries = 0; k < want && tries < want * 10; tries++) {
      let j: number;
      const roll = r();
      if (roll < 0.35) j = base; // the community's hub
      else if (roll < 0.85) j = base + Math.floor(r() * size);
      else j = Math.floor(r() * n);
      if (j === i || j >= n || !isConnected[j]) continue;
      const type = RELATION_TYPES[Math.floor(r() * RELATION_TYPES.length)]!;
      const [s, t] = SYMMETRIC_TYPES.has(type) && j < i ? [j, i] : [i, j];
      const key = `${s}|${type}|${t}`;
      if (keys.has(key)) continue;
      keys.add(key);
      edges.push({ source: s, target: t, type, weight: 1 + Math.floor(r() * r() * 6) });
      k++;
    }
  }
  return { entities, edges };
}

const SENTENCE = 'Fighters of one group attacked positions held by the other near the border, officials said.';

/** A serialized NewsGraph (graphology JSON) of the planted structure. */
export function plantedGraph(opts: PlantedOptions): { attributes: Record<string, unknown>; nodes: unknown[]; edges: unknown[] } {
  const p = planted(opts);
  const withEvidence = opts.evidence !== false;
  return {
    attributes: withEvidence ? {} : { evidence: 'omitted' },
    nodes: p.entities.map((e) => ({
      key: e.id,
      attributes: { label: e.label, kind: KIND_OF_TYPE[e.type], type: e.type, aliases: [], mentions: e.mentions, articles: 1, firstSeen: '2024-01-01', lastSeen: '2024-06-30' },
    })),
    edges: p.edges.map((e) => ({
      key: `e${e.source}|${e.type}|e${e.target}`,
      source: `e${e.source}`,
      target: `e${e.target}`,
      attributes: {
        type: e.type,
        weight: e.weight,
        confidence: 0.5 + (e.weight % 5) / 10,
        evidence: withEvidence
          ? [{ sentence: SENTENCE, start: 0, end: SENTENCE.length, sourceMention: { start: 0, end: 8 }, targetMention: { start: 53, end: 62 }, rule: 'bench', confidence: 0.5, articleId: 'bench', published: '2024-03-01' }]
          : [],
      },
    })),
  };
}

/**
 * A store holding the planted graph: one article per community (its
 * entities and the edges whose source is in it), ingested through
 * `Newsgraph.ingest` with an analyze that returns the planted extraction.
 */
export async function plantedStore(db: string, opts: PlantedOptions): Promise<Newsgraph> {
  const p = planted(opts);
  const size = opts.communitySize ?? 50;
  const communities = Math.ceil(p.entities.length / size);
  const byArticle = new Map<string, ArticleExtraction>();
  const articles: Article[] = [];
  const edgesFrom = new Map<number, Planted['edges']>();
  for (const e of p.edges) {
    const c = Math.floor(e.source / size);
    const list = edgesFrom.get(c);
    if (list) list.push(e);
    else edgesFrom.set(c, [e]);
  }
  for (let c = 0; c < communities; c++) {
    const id = `planted-${c}`;
    const members = p.entities.slice(c * size, (c + 1) * size);
    const foreign = new Set<number>();
    for (const e of edgesFrom.get(c) ?? []) if (Math.floor(e.target / size) !== c) foreign.add(e.target);
    const all = [...members.map((_, k) => c * size + k), ...foreign];
    // The text names every entity once; offsets point at the names.
    let text = '';
    const at = new Map<number, { start: number; end: number; text: string }>();
    for (const i of all) {
      const label = p.entities[i]!.label;
      at.set(i, { start: text.length, end: text.length + label.length, text: label });
      text += `${label}. `;
    }
    const published = `2024-${String((c % 12) + 1).padStart(2, '0')}-${String((c % 27) + 1).padStart(2, '0')}`;
    articles.push({ id, title: `Planted community ${c}`, text, published });
    byArticle.set(id, {
      article: { id, title: `Planted community ${c}`, published },
      entities: all.map((i) => {
        const e = p.entities[i]!;
        const m = at.get(i)!;
        return { id: e.id, label: e.label, kind: KIND_OF_TYPE[e.type], type: e.type, aliases: [], mentions: Array.from({ length: Math.min(5, i === c * size ? 5 : 1) }, () => m) };
      }),
      relations: (edgesFrom.get(c) ?? []).map((e) => {
        const s = at.get(e.source)!;
        const t = at.get(e.target)!;
        return {
          type: e.type,
          source: p.entities[e.source]!.id,
          target: p.entities[e.target]!.id,
          evidence: Array.from({ length: e.weight }, (_, k) => ({
            sentence: text.slice(Math.min(s.start, t.start), Math.max(s.end, t.end)),
            start: Math.min(s.start, t.start),
            end: Math.max(s.end, t.end),
            sourceMention: { start: s.start, end: s.end },
            targetMention: { start: t.start, end: t.end },
            rule: `planted.${k}`,
            confidence: 0.6,
          })),
        };
      }),
      quotes: [],
    });
  }
  const ng = openNewsgraph({ db });
  await ng.ingest(articles, { analyze: (a) => byArticle.get(a.id)! });
  return ng;
}
