/**
 * `npm run eval -- --resolution`: how well entities resolve across articles.
 *
 * Reads `corpus/` and `../shared/data/wiki-syria` with src/ingest, runs
 * `analyzeArticle` on each article, folds the extractions into one graph with
 * `graphFromExtractions`, and prints:
 * - the node count (by kind);
 * - for each alias group of issue 4 and of `alias-groups.json`, how many
 *   nodes its names ended up in (target 1), and the groups that must stay
 *   apart;
 * - suspected duplicates (src/resolve/duplicates.ts): nodes of one kind with
 *   the same normalised name, or highly similar names (pairs the gazetteer
 *   deliberately keeps apart are not listed).
 * `../shared` missing: the wiki part is skipped, with a note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { readArticles } from '../../src/ingest/index.ts';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { graphFromExtractions } from '../../src/graph/from-extractions.ts';
import { findDuplicates, type Duplicate } from '../../src/resolve/duplicates.ts';
import { defaultGazetteer } from '../../src/resolve/gazetteer.ts';
import { looseName } from '../../src/resolve/normalize.ts';
import type { ArticleExtraction, NewsGraph } from '../../src/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GROUPS_FILE = fileURLToPath(new URL('./alias-groups.json', import.meta.url));

interface AliasGroups {
  groups: Array<{ key: string; names: string[] }>;
  apart: string[][];
}

export interface GroupFigure {
  key: string;
  /** Names of the group seen in the graph. */
  seen: number;
  names: number;
  /** Nodes the seen names ended up in (target 1 when seen > 0). */
  nodes: number;
  ids: string[];
}

export type DuplicateFigure = Duplicate;

export interface ResolutionFigures {
  articles: number;
  failures: number;
  nodes: number;
  edges: number;
  byKind: Record<string, number>;
  groups: GroupFigure[];
  groupsOnOneNode: number;
  groupsSeen: number;
  apart: Array<{ keys: string[]; ok: boolean; shared: string[] }>;
  duplicates: DuplicateFigure[];
  /** Entities (per article) whose id is a gazetteer id, and all entities. */
  gazetteerEntities: number;
  entities: number;
  /** Nodes carrying a `possiblySameAs` hint from canonicalisation. */
  hinted: number;
  seconds: number;
}

function fold(name: string): string {
  return looseName(name).replace(/^the /, '');
}

/** Node ids whose label or aliases carry each folded name. */
function nameIndex(g: NewsGraph): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  g.forEachNode((id, a) => {
    for (const n of [a.label, ...a.aliases]) {
      const k = fold(n);
      if (!k) continue;
      const set = index.get(k) ?? new Set<string>();
      set.add(id);
      index.set(k, set);
    }
  });
  return index;
}

export function groupFigures(g: NewsGraph, data: AliasGroups): { groups: GroupFigure[]; apart: ResolutionFigures['apart'] } {
  const index = nameIndex(g);
  const groups = data.groups.map(({ key, names }) => {
    const ids = new Set<string>();
    let seen = 0;
    for (const n of names) {
      const hit = index.get(fold(n));
      if (!hit) continue;
      seen++;
      for (const id of hit) ids.add(id);
    }
    return { key, seen, names: names.length, nodes: ids.size, ids: [...ids].sort() };
  });
  const byKey = new Map(groups.map((x) => [x.key, x]));
  const apart = data.apart.map((keys) => {
    const lists = keys.map((k) => byKey.get(k)?.ids ?? []);
    const shared = lists.flatMap((l, i) => l.filter((id) => lists.some((m, j) => j !== i && m.includes(id))));
    return { keys, ok: shared.length === 0, shared: [...new Set(shared)].sort() };
  });
  return { groups, apart };
}

export function resolutionReport(f: ResolutionFigures, listed = 40): string {
  const lines: string[] = [];
  lines.push(`articles: ${f.articles} (${f.failures} unreadable), ${f.seconds.toFixed(1)} s`);
  lines.push(`nodes: ${f.nodes}  (${Object.entries(f.byKind).map(([k, n]) => `${k} ${n}`).join(', ')}), edges: ${f.edges}`);
  lines.push(`entities with a gazetteer id: ${f.gazetteerEntities}/${f.entities} (${((100 * f.gazetteerEntities) / Math.max(1, f.entities)).toFixed(1)}%); nodes with a possiblySameAs hint: ${f.hinted}`);
  lines.push(`alias groups on one node: ${f.groupsOnOneNode}/${f.groupsSeen} seen (${f.groups.length} checked)`);
  const w = Math.max(...f.groups.map((g) => g.key.length));
  for (const g of f.groups) {
    const mark = g.seen === 0 ? '  -' : g.nodes === 1 ? ' ok' : ' !!';
    lines.push(`${mark} ${g.key.padEnd(w)}  nodes ${g.nodes}  names seen ${g.seen}/${g.names}${g.nodes > 1 ? `  ${g.ids.join(', ')}` : g.nodes === 1 ? `  ${g.ids[0]}` : ''}`);
  }
  lines.push('must stay apart:');
  for (const a of f.apart) lines.push(`${a.ok ? ' ok' : ' !!'} ${a.keys.join(' / ')}${a.ok ? '' : `  share ${a.shared.join(', ')}`}`);
  const same = f.duplicates.filter((d) => d.why === 'same-name');
  const similar = f.duplicates.filter((d) => d.why === 'similar');
  lines.push(`suspected duplicates: ${f.duplicates.length} (${same.length} same normalised name, ${similar.length} similar names)`);
  for (const d of f.duplicates.slice(0, listed)) {
    lines.push(`  ${d.why === 'same-name' ? 'same    ' : `sim ${d.score!.toFixed(2)}`} ${d.kind.padEnd(5)} ${d.ids.map((id, i) => `${id} ("${d.labels[i]}")`).join('  ~  ')}`);
  }
  if (f.duplicates.length > listed) lines.push(`  ... ${f.duplicates.length - listed} more (--json for all)`);
  return lines.join('\n');
}

export interface EvalResolutionOptions {
  shared?: string;
  json?: boolean;
  /** Inputs instead of corpus/ + wiki-syria (tests). */
  paths?: string[];
}

export async function evalResolution(opts: EvalResolutionOptions = {}): Promise<ResolutionFigures> {
  const shared = opts.shared ?? resolve(ROOT, '..', 'shared');
  const paths: string[] = [];
  if (opts.paths) paths.push(...opts.paths);
  else {
    const corpus = join(ROOT, 'corpus');
    if (existsSync(corpus)) paths.push(corpus);
    const wiki = join(shared, 'data', 'wiki-syria');
    if (existsSync(wiki)) paths.push(wiki);
    else if (!opts.json) process.stdout.write(`(wiki-syria skipped: ${wiki} not found)\n`);
  }
  const t0 = performance.now();
  const extractions: ArticleExtraction[] = [];
  let failures = 0;
  for await (const r of readArticles(paths)) {
    if ('failed' in r) {
      failures++;
      if (!opts.json) process.stdout.write(`  unreadable: ${r.path}: ${r.reason}\n`);
      continue;
    }
    try {
      extractions.push(analyzeArticle(r));
    } catch (err) {
      failures++;
      if (!opts.json) process.stdout.write(`  failed: ${r.id}: ${(err as Error).message}\n`);
    }
  }
  const g = graphFromExtractions(extractions);
  const data = JSON.parse(readFileSync(GROUPS_FILE, 'utf8')) as AliasGroups;
  const { groups, apart } = groupFigures(g, data);
  const byKind: Record<string, number> = {};
  g.forEachNode((_id, a) => void (byKind[a.kind] = (byKind[a.kind] ?? 0) + 1));
  const seenGroups = groups.filter((x) => x.seen > 0);
  const gaz = defaultGazetteer();
  let entities = 0;
  let gazetteerEntities = 0;
  const hintedIds = new Set<string>();
  for (const ex of extractions) {
    for (const e of ex.entities) {
      entities++;
      if (gaz.entries.has(e.id)) gazetteerEntities++;
      if (e.possiblySameAs?.length) hintedIds.add(e.id);
    }
  }
  const figures: ResolutionFigures = {
    articles: extractions.length,
    failures,
    nodes: g.order,
    edges: g.size,
    byKind,
    groups,
    groupsSeen: seenGroups.length,
    groupsOnOneNode: seenGroups.filter((x) => x.nodes === 1).length,
    apart,
    duplicates: findDuplicates(g),
    entities,
    gazetteerEntities,
    hinted: hintedIds.size,
    seconds: (performance.now() - t0) / 1000,
  };
  if (!opts.json) process.stdout.write(resolutionReport(figures) + '\n');
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = process.argv.includes('--json');
  const f = await evalResolution({ json });
  if (json) process.stdout.write(JSON.stringify(f, null, 1) + '\n');
}
