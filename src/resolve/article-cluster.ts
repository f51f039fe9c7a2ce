/**
 * Mention clustering for within-article resolution (see article.ts for the
 * rules). Union-find over mention indices; anaphors join the cluster of their
 * antecedent or stay out (dropped).
 */
import type { RawExtraction, RawMention } from '../extract/types.ts';
import { lexiconEntry } from '../extract/lexicon/index.ts';
import { slugify } from '../util/slug.ts';

const LOCATIVE = /\b(?:in|into|from|to|near|at|of|around|outside|inside|towards?|across|through|entered|captured|seized|besieged)\s+(?:the\s+)?$/i;
const ANAPHOR_WINDOW = 600;

export function nameKey(text: string): string {
  return slugify(text.replace(/['’]s?$/u, '').replace(/^(?:the)\s+/i, ''));
}

export function clusterMentions(raw: RawExtraction): {
  clusterOf: (i: number) => number | undefined;
  clusters: Map<number, number[]>;
} {
  const { mentions, text } = raw;
  const parent = mentions.map((_, i) => i);
  const dropped = new Set<number>();
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // persons and their surnames
  const persons = mentions.map((m, i) => [m, i] as const).filter(([m]) => m.type === 'person' && !m.anaphor && m.text.includes(' '));
  const surnameOwners = new Map<string, Set<string>>();
  const surnameMention = new Map<string, number>();
  for (const [m, i] of persons) {
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1]!;
    for (const form of [last, last.replace(/^(?:al|el|Al|El)[-‐]/, '')]) {
      const k = form.toLowerCase();
      const owner = m.canonical ?? nameKey(m.text);
      (surnameOwners.get(k) ?? surnameOwners.set(k, new Set()).get(k)!).add(owner);
      if (!surnameMention.has(k)) surnameMention.set(k, i);
    }
  }
  // reassign single-word mentions that are a person's surname
  mentions.forEach((m, i) => {
    if (m.anaphor || m.type === 'person' || m.text.includes(' ')) return;
    const owners = surnameOwners.get(m.text.toLowerCase());
    if (!owners || owners.size !== 1) return;
    if (m.canonical && lexiconEntry(m.canonical)?.type !== 'city') return;
    if (LOCATIVE.test(text.slice(Math.max(0, m.start - 30), m.start))) return;
    const j = surnameMention.get(m.text.toLowerCase())!;
    if (j > i) return; // the full name must come first
    m.type = 'person';
    m.kind = 'actor';
    delete m.canonical;
    union(i, j);
  });

  const byCanon = new Map<string, number>();
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.anaphor) return;
    if (m.canonical) {
      const j = byCanon.get(m.canonical);
      if (j !== undefined) union(i, j);
      else byCanon.set(m.canonical, i);
    }
    const k = nameKey(m.text);
    if (!k) return;
    if (m.type === 'person' && !m.text.includes(' ')) {
      const owners = surnameOwners.get(m.text.toLowerCase());
      if (owners && owners.size === 1) union(i, surnameMention.get(m.text.toLowerCase())!);
      else if (owners && owners.size > 1) {
        dropped.add(i); // ambiguous surname: linked to no one
        return;
      }
    }
    const j = byKey.get(k);
    if (j !== undefined && (mentions[j]!.canonical === m.canonical || !m.canonical || !mentions[j]!.canonical)) union(i, j);
    else if (j === undefined) byKey.set(k, i);
  });
  for (const a of raw.aliases) {
    if (a.long >= 0 && a.short >= 0) union(a.long, a.short);
  }

  // "the Coalition" -> the coalition force named before; "the Foreign Secretary" -> the person holding it
  mentions.forEach((m, i) => {
    if (m.rule === 'name-coalition') {
      const ante = antecedent(mentions, i, text, true);
      if (ante !== undefined) union(i, ante);
      else if (!/Coalition/.test(m.text)) dropped.add(i); // a lower-case "the coalition" names nothing by itself
    } else if (m.rule === 'name-office') {
      const office = m.text.replace(/^(?:the|The)\s+/, '').split(/\s+/).slice(-2).join(' ').toLowerCase();
      const holders = mentions.map((x, j) => [x, j] as const).filter(([x]) => x.type === 'person' && x.rule !== 'name-office' && (x.titles ?? []).some((t) => t.toLowerCase().endsWith(office) || office.endsWith(t.toLowerCase())));
      const distinct = new Set(holders.map(([x]) => entityKey(x)));
      if (distinct.size === 1) union(i, holders[0]![1]);
    }
  });

  // anaphors
  mentions.forEach((m, i) => {
    if (!m.anaphor) return;
    const ante = antecedent(mentions, i, text);
    if (ante === undefined) dropped.add(i);
    else union(i, ante);
  });

  const clusters = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    if (dropped.has(i)) return;
    const r = find(i);
    (clusters.get(r) ?? clusters.set(r, []).get(r)!).push(i);
  });
  // a cluster of anaphors only (antecedent dropped) has no entity
  return {
    clusterOf: (i) => (dropped.has(i) ? undefined : find(i)),
    clusters,
  };
}

function entityKey(m: RawMention): string {
  return m.canonical ?? nameKey(m.text);
}

function antecedent(mentions: readonly RawMention[], i: number, text: string, coalition = false): number | undefined {
  const m = mentions[i]!;
  const before = mentions.slice(0, i).map((x, j) => [x, j] as const).filter(([x]) => !x.anaphor && x.rule !== 'name-coalition');
  const lower = m.text.toLowerCase();
  if (m.type === 'armed_group') {
    const groups = before.filter(([x]) => x.type === 'armed_group');
    const near = groups.filter(([x]) => m.start - x.end <= ANAPHOR_WINDOW);
    const distinct = new Set(near.map(([x]) => entityKey(x)));
    if (distinct.size === 1) return near[near.length - 1]![1];
    if (distinct.size === 0) {
      const all = new Set(groups.map(([x]) => entityKey(x)));
      if (all.size === 1) return groups[groups.length - 1]![1];
    }
    return undefined;
  }
  if (m.type === 'force') {
    const coalition = before.filter(([x]) => x.kind === 'force' && /coalition|allied|led/i.test(x.text + ' ' + (x.canonical ? lexiconEntry(x.canonical)?.aliases.join(' ') ?? '' : '')));
    if ((coalition || /coalition|allied/.test(lower)) && coalition.length) {
      const near = coalition[coalition.length - 1]!;
      if (m.start - near[0].end <= ANAPHOR_WINDOW * 2) return near[1];
    }
    return undefined;
  }
  if (m.type === 'person') {
    const title = lower.replace(/^the\s+/, '');
    const cands = before.filter(([x]) => x.type === 'person' && ((x.titles ?? []).some((t) => t.toLowerCase().endsWith(title)) || x.role?.toLowerCase() === title));
    const distinct = new Set(cands.map(([x]) => entityKey(x)));
    if (distinct.size === 1) return cands[cands.length - 1]![1];
    return undefined;
  }
  void text;
  return undefined;
}
