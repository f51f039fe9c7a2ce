/**
 * Accumulating entities and evidence into a `NewsGraph`.
 *
 * The same entity seen in several sentences or articles is one node whose
 * counts and aliases grow; the same (source, type, target) is one edge whose
 * evidence list grows. `allied_with` is symmetric and stored once, its ends
 * in sorted order. Confidence combines as 1 - prod(1 - c).
 */
import { KIND_OF_TYPE, edgeKey } from '../types.ts';
import { combineConfidence, orient, preferLabel } from '../util/combine.ts';
import type { EdgeEvidence, EntityType, NewsGraph, NodeAttrs, RelationType } from '../types.ts';

export interface NodeInput {
  id: string;
  label: string;
  type: EntityType;
  aliases?: string[];
  mentions?: number;
  titles?: string[];
  roles?: string[];
  /** Ids of nodes that may be the same entity. */
  possiblySameAs?: string[];
  /** The article date, for firstSeen/lastSeen. */
  published?: string;
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!b || b.length === 0) return a;
  const set = new Set(a ?? []);
  for (const x of b) set.add(x);
  return [...set].sort();
}

function minDate(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function maxDate(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** Add a node, or fold the input into the existing node. Counts one article. */
export function upsertNode(graph: NewsGraph, input: NodeInput): void {
  const existing = graph.hasNode(input.id) ? graph.getNodeAttributes(input.id) : undefined;
  if (!existing) {
    const attrs: NodeAttrs = {
      label: input.label,
      kind: KIND_OF_TYPE[input.type],
      type: input.type,
      aliases: union([], input.aliases?.filter((a) => a !== input.label)) ?? [],
      mentions: input.mentions ?? 0,
      articles: 1,
    };
    if (input.published) {
      attrs.firstSeen = input.published;
      attrs.lastSeen = input.published;
    }
    if (input.titles?.length) attrs.titles = [...new Set(input.titles)].sort();
    if (input.roles?.length) attrs.roles = [...new Set(input.roles)].sort();
    if (input.possiblySameAs?.length) attrs.possiblySameAs = [...new Set(input.possiblySameAs)].sort();
    graph.addNode(input.id, attrs);
    return;
  }
  graph.updateNodeAttributes(input.id, (attrs) => {
    const label = preferLabel(attrs.label, input.label);
    const aliases = union(attrs.aliases, [attrs.label, input.label, ...(input.aliases ?? [])])!.filter((a) => a !== label);
    const next: NodeAttrs = {
      ...attrs,
      label,
      aliases,
      mentions: attrs.mentions + (input.mentions ?? 0),
      articles: attrs.articles + 1,
    };
    const first = minDate(attrs.firstSeen, input.published);
    const last = maxDate(attrs.lastSeen, input.published);
    if (first) next.firstSeen = first;
    if (last) next.lastSeen = last;
    const titles = union(attrs.titles, input.titles);
    const roles = union(attrs.roles, input.roles);
    if (titles?.length) next.titles = titles;
    if (roles?.length) next.roles = roles;
    const maybe = union(attrs.possiblySameAs, input.possiblySameAs);
    if (maybe?.length) next.possiblySameAs = maybe;
    return next;
  });
}

/**
 * Add one piece of evidence for (source, type, target); both nodes must exist.
 * Returns the edge key. Duplicate evidence (same article and offsets) is ignored.
 */
export function addEvidence(
  graph: NewsGraph,
  type: RelationType,
  source: string,
  target: string,
  evidence: EdgeEvidence,
): string | undefined {
  if (source === target) return undefined;
  const [s, t] = orient(type, source, target);
  const key = edgeKey(s, type, t);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, s, t, {
      type,
      weight: 1,
      confidence: combineConfidence([evidence.confidence]),
      evidence: [evidence],
      ...(evidence.published ? { firstSeen: evidence.published, lastSeen: evidence.published } : {}),
      ...(evidence.hedged ? { hedged: true } : {}),
    });
    return key;
  }
  graph.updateEdgeAttributes(key, (attrs) => {
    const dup = attrs.evidence.some(
      (e) =>
        e.articleId === evidence.articleId &&
        e.sourceMention.start === evidence.sourceMention.start &&
        e.targetMention.start === evidence.targetMention.start &&
        e.start === evidence.start,
    );
    if (dup) return attrs;
    const all = [...attrs.evidence, evidence];
    const next = {
      ...attrs,
      evidence: all,
      weight: all.length,
      confidence: combineConfidence(all.map((e) => e.confidence)),
    };
    const first = minDate(attrs.firstSeen, evidence.published);
    const last = maxDate(attrs.lastSeen, evidence.published);
    if (first) next.firstSeen = first;
    if (last) next.lastSeen = last;
    if (attrs.hedged && !evidence.hedged) delete next.hedged;
    return next;
  });
  return key;
}
