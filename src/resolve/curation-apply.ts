/**
 * What the analyst's overrides (./curation.ts) do to an article's
 * extraction. The store writes every article through `curateExtraction`, so
 * its aggregates are the curated graph and there is one query engine; the
 * raw extraction is kept, so a change of curation writes the articles it
 * touches again (`curationFootprint` says which).
 *
 * A curated extraction is the one the extractor would have given had it
 * already known the analyst's decisions:
 * - merge A into B: A's mentions, relations and quotes carry B's id (the
 *   label and type are then voted over both, as for any one entity);
 * - split NAME out of N: N's mentions whose text is NAME (by `nameKey`), and
 *   the evidence whose end is such a mention, go to a new node (`into`, else
 *   the slug of the name) labelled `label` (else the name), typed `type`
 *   (else N's type);
 * - rename / retype: every contribution to the node carries the new label
 *   (the old one kept as an alias) or type;
 * - reject a node: its contributions, relations and quotes are left out;
 *   reject an edge: its evidence is left out;
 * - pin: no change to contributions (the store keeps pinned nodes).
 * Order: merges, then splits, rename, retype, reject (a reject wins). Ids
 * named by later overrides follow earlier merges. Pure.
 */
import { KIND_OF_TYPE, edgeKey } from '../types.ts';
import type { ArticleExtraction, Entity, EntityType, Mention, Quote, Relation, RelationType } from '../types.ts';
import { orient, preferLabel } from '../util/combine.ts';
import { slugify } from '../util/slug.ts';
import { OVERRIDE_KINDS, overrideContent, splitId, type Curation, type OverrideKind } from './curation.ts';

export { splitId };
import { nameKey } from './normalize.ts';

interface SplitRule {
  key: string;
  id: string;
  label: string;
  type?: EntityType;
}

export interface PinRule {
  label?: string;
  type?: EntityType;
  note?: string;
}

/** A curation compiled for applying: merges followed, names keyed. */
export interface CurationPlan {
  /** No override changes contributions (pins aside): extractions pass unchanged. */
  readonly empty: boolean;
  /** Where an id goes after the merges. */
  follow(id: string): string;
  /** The node a raw id's contribution goes to (a mention text picks a split), or undefined when rejected. */
  nodeOf(rawId: string, text?: string): string | undefined;
  /** Pinned nodes (after merges, rejected ones left out), with the label and type to keep them by. */
  readonly pins: ReadonlyMap<string, PinRule>;
  /** The rejected nodes an extraction's entities would have gone to (what `curateExtraction` leaves out). */
  dropped(ex: ArticleExtraction): string[];
}


class Plan implements CurationPlan {
  readonly empty: boolean;
  readonly pins = new Map<string, PinRule>();
  readonly splits = new Map<string, SplitRule[]>();
  readonly renames = new Map<string, string>();
  readonly retypes = new Map<string, EntityType>();
  readonly rejectedNodes = new Set<string>();
  readonly rejectedEdges = new Set<string>();
  private readonly redirect = new Map<string, string>();

  constructor(c: Curation) {
    for (const m of c.merge) {
      const from = this.follow(m.from);
      const into = this.follow(m.into);
      if (from !== into) this.redirect.set(from, into);
    }
    for (const s of c.split) {
      const node = this.follow(s.node);
      const key = nameKey(s.name);
      if (!key) continue;
      const list = this.splits.get(node) ?? [];
      const rule: SplitRule = { key, id: splitId(s, node), label: s.label ?? s.name };
      if (s.type) rule.type = s.type;
      list.push(rule);
      this.splits.set(node, list);
    }
    for (const r of c.rename) this.renames.set(this.follow(r.node), r.label);
    for (const r of c.retype) this.retypes.set(this.follow(r.node), r.type);
    for (const r of c.reject) {
      if ('node' in r) this.rejectedNodes.add(this.follow(r.node));
      else {
        const [s = '', type = '', t = ''] = r.edge.split('|');
        const [os, ot] = orient(type as RelationType, this.follow(s), this.follow(t));
        this.rejectedEdges.add(edgeKey(os, type as RelationType, ot));
      }
    }
    for (const p of c.pin) {
      const node = this.follow(p.node);
      if (this.rejectedNodes.has(node)) continue;
      const rule: PinRule = {};
      const label = this.renames.get(node) ?? p.label;
      const type = this.retypes.get(node) ?? p.type;
      if (label) rule.label = label;
      if (type) rule.type = type;
      if (p.note) rule.note = p.note;
      this.pins.set(node, rule);
    }
    this.empty = c.merge.length + c.split.length + c.rename.length + c.retype.length + c.reject.length === 0;
  }

  follow(id: string): string {
    let x = id;
    for (let hops = 0; hops <= this.redirect.size; hops++) {
      const next = this.redirect.get(x);
      if (next === undefined) return x;
      x = next;
    }
    return x;
  }

  nodeOf(rawId: string, text?: string): string | undefined {
    let id = this.follow(rawId);
    if (text !== undefined) {
      const rules = this.splits.get(id);
      if (rules) {
        const key = nameKey(text);
        const rule = rules.find((r) => r.key === key);
        if (rule) id = rule.id;
      }
    }
    return this.rejectedNodes.has(id) ? undefined : id;
  }

  dropped(ex: ArticleExtraction): string[] {
    if (this.rejectedNodes.size === 0) return [];
    const out = new Set<string>();
    for (const e of ex.entities) {
      const id = this.follow(e.id);
      for (const node of [id, ...(this.splits.get(id)?.map((r) => r.id) ?? [])]) if (this.rejectedNodes.has(node)) out.add(node);
    }
    return [...out];
  }

  edgeRejected(type: RelationType, source: string, target: string): boolean {
    if (this.rejectedEdges.size === 0) return false;
    const [s, t] = orient(type, source, target);
    return this.rejectedEdges.has(edgeKey(s, type, t));
  }
}

export function compileCuration(c: Curation): CurationPlan {
  return new Plan(c);
}

const dedupe = (names: string[], label: string): string[] => [...new Set(names)].filter((n) => n && n !== label);

/** The extraction with the curation applied (see the file comment). The input is not changed. */
export function curateExtraction(ex: ArticleExtraction, text: string, plan: CurationPlan): ArticleExtraction {
  if (plan.empty) return ex;
  const p = plan as Plan;
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

  // Relations first: which nodes still have evidence in this article.
  const referenced = new Set<string>();
  const relations: Relation[] = [];
  for (const r of ex.relations) {
    const groups = new Map<string, Relation>();
    for (const ev of r.evidence) {
      const s = p.nodeOf(r.source, slice(ev.sourceMention));
      const t = p.nodeOf(r.target, slice(ev.targetMention));
      if (s === undefined || t === undefined || s === t || p.edgeRejected(r.type, s, t)) continue;
      const key = `${s}|${t}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { type: r.type, source: s, target: t, evidence: [] }));
      g.evidence.push(ev);
      referenced.add(s);
      referenced.add(t);
    }
    relations.push(...groups.values());
  }

  const entities: Entity[] = [];
  const splitOf = new Map<string, string>();
  for (const e of ex.entities) {
    const id = p.follow(e.id);
    const rules = p.splits.get(id);
    const groups = new Map<SplitRule, Mention[]>();
    let rest = e.mentions;
    if (rules) {
      rest = [];
      for (const m of e.mentions) {
        const key = nameKey(m.text);
        const rule = rules.find((r) => r.key === key);
        if (rule) groups.set(rule, [...(groups.get(rule) ?? []), m]);
        else rest.push(m);
      }
    }
    if (!p.rejectedNodes.has(id) && (rest.length > 0 || e.mentions.length === 0 || referenced.has(id))) {
      const splitKeys = new Set(rules?.map((r) => r.key));
      let label = e.label;
      let aliases = rules ? e.aliases.filter((a) => !splitKeys.has(nameKey(a))) : e.aliases;
      if (splitKeys.has(nameKey(label))) {
        const candidates = [...aliases, ...rest.map((m) => m.text)];
        if (candidates.length) label = candidates.reduce(preferLabel);
      }
      entities.push(curatedEntity(e, id, label, aliases, rest, p));
    }
    for (const [rule, mentions] of groups) {
      if (p.rejectedNodes.has(rule.id)) continue;
      splitOf.set(id, splitOf.get(id) ?? rule.id);
      const type = rule.type ?? e.type;
      const split: Entity = { id: rule.id, label: rule.label, kind: KIND_OF_TYPE[type], type, aliases: mentions.map((m) => m.text), mentions };
      entities.push(curatedEntity(split, rule.id, rule.label, split.aliases, mentions, p));
    }
  }

  const present = new Set(entities.map((e) => e.id));
  const quotes: Quote[] = [];
  for (const q of ex.quotes) {
    let speaker = p.nodeOf(q.speaker);
    // A speaker whose every mention was split out speaks as the new node.
    if (speaker !== undefined && !present.has(speaker)) speaker = splitOf.get(speaker);
    if (speaker === undefined) continue;
    const addressee = q.addressee === undefined ? undefined : p.nodeOf(q.addressee);
    const { addressee: _old, ...rest } = q;
    quotes.push(addressee !== undefined && addressee !== speaker ? { ...rest, speaker, addressee } : { ...rest, speaker });
  }
  return { article: ex.article, entities, relations, quotes };
}

function curatedEntity(e: Entity, id: string, label: string, aliases: string[], mentions: Mention[], p: Plan): Entity {
  const renamed = p.renames.get(id);
  const type = p.retypes.get(id) ?? e.type;
  const finalLabel = renamed ?? label;
  const out: Entity = {
    ...e,
    id,
    label: finalLabel,
    kind: KIND_OF_TYPE[type],
    type,
    aliases: dedupe(renamed ? [...aliases, label] : aliases, finalLabel),
    mentions,
  };
  if (e.possiblySameAs) {
    const same = [...new Set(e.possiblySameAs.map((x) => p.follow(x)))].filter((x) => x !== id && !p.rejectedNodes.has(x));
    if (same.length) out.possiblySameAs = same;
    else delete out.possiblySameAs;
  }
  return out;
}

/** Ids an override names (a split also the ids it may give its new node). */
function namedIds(kind: OverrideKind, entry: Record<string, unknown>): string[] {
  switch (kind) {
    case 'merge':
      return [entry.from as string, entry.into as string];
    case 'split': {
      const node = entry.node as string;
      const ids = [node, `${node}-split`, slugify(entry.name as string)];
      if (entry.into) ids.push(entry.into as string);
      return ids;
    }
    case 'reject':
      if (entry.edge) {
        const [s = '', , t = ''] = (entry.edge as string).split('|');
        return [s, t];
      }
      return [entry.node as string];
    default:
      return [entry.node as string];
  }
}

/**
 * The node ids whose articles must be written again when the curation goes
 * from `a` to `b`: the ids named by the overrides that differ (pins aside:
 * they change no contribution), with every id joined to them by a merge or a
 * split of either curation. Every article that names one of them, raw or
 * curated, has a contribution (or, when a reject left it out, a dropped
 * record) under one of them: an id goes only to ids of its own merge and
 * split component.
 */
export function curationFootprint(a: Curation, b: Curation): Set<string> {
  const changed: string[] = [];
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (ids: string[]) => {
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (let i = 1; i < ids.length; i++) parent.set(find(ids[i]!), find(ids[0]!));
  };
  for (const kind of OVERRIDE_KINDS) {
    if (kind === 'pin') continue;
    const inA = new Set(a[kind].map(overrideContent));
    const inB = new Set(b[kind].map(overrideContent));
    for (const [list, other] of [[a[kind], inB], [b[kind], inA]] as const) {
      for (const entry of list as object[]) {
        const ids = namedIds(kind, entry as Record<string, unknown>);
        if (kind === 'merge' || kind === 'split') union(ids);
        if (!other.has(overrideContent(entry))) changed.push(...ids);
      }
    }
  }
  if (changed.length === 0) return new Set();
  const roots = new Set(changed.map((id) => (parent.has(id) ? find(id) : id)));
  const out = new Set(changed);
  for (const id of parent.keys()) if (roots.has(find(id))) out.add(id);
  return out;
}
