/**
 * The PETRARCH2 agents dictionary (Phoenix.agents.txt, PETR.Validate.agents.txt)
 * and discard lists (Phoenix.discards.txt, PETR.Validate.discards.txt) as data.
 *
 * Agents (dictionaries.rst, "Agent Dictionary"): `PHRASE {PLURAL} [CODE]`,
 * `{}` = no plural, no braces = the regular plural; `!MARKER!` in a phrase
 * stands for each item of a substitution set `!MARKER! = A, B, C` (no plural
 * formed for those). A code is `~XXX` (added after the actor's code) or
 * `XXX~` (before it).
 */
import type { AgentEntry, DiscardEntry } from '../../../src/extract/lexicon/petrarch/types.ts';
import { Problems, readLines } from './source.ts';

const WORD_OK = /^[\p{L}\p{N}'.&/,-]+$/u;

function phrase(raw: string): { noun: string; loose: boolean } | undefined {
  const s = raw.trim();
  // a blank between two words that no '_' joins: other words may come between them
  const loose = /[^_\s]\s+[^_\s]/.test(s);
  const words = s
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (!words.length || !words.every((w) => WORD_OK.test(w))) return undefined;
  return { noun: words.join(' '), loose };
}

/** Candidate plurals the agents file could have written as separate entries (for folding them back). */
function pluralCandidates(noun: string): string[] {
  const k = noun.lastIndexOf(' ');
  const head = noun.slice(k + 1);
  const pre = noun.slice(0, k + 1);
  const out = [`${head}s`, `${head}es`];
  if (head.endsWith('y')) out.push(`${head.slice(0, -1)}ies`);
  if (head.endsWith('man')) out.push(`${head.slice(0, -3)}men`);
  return out.map((h) => pre + h);
}

export interface AgentStats {
  entries: number;
  expanded: number;
  duplicates: number;
  redefined: number;
  folded: number;
}

export function parseAgents(text: string, problems: Problems): { agents: AgentEntry[]; stats: AgentStats } {
  const subst = new Map<string, string[]>();
  const raw: AgentEntry[] = [];
  let expanded = 0;
  for (const line of readLines(text, problems)) {
    const t = line.text.trim();
    const def = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(t);
    if (def) {
      subst.set(def[1]!, def[2]!.split(',').map((x) => x.trim()).filter(Boolean));
      continue;
    }
    const cm = /\[([^\]]*)\]\s*$/.exec(t);
    if (!cm) {
      problems.add(line.n, t.includes('[') ? 'malformed [code]' : 'no [code] (PETRARCH requires one)', t);
      continue;
    }
    const code = cm[1]!.replace(/\s+/g, '');
    if (!/^(~[A-Z]{3,}|[A-Z]{3,}~)$/.test(code)) {
      problems.add(line.n, `bad agent code [${cm[1]}]`, t);
      continue;
    }
    let body = t.slice(0, cm.index).trim();
    let plural: string[] | undefined;
    const pm = /\{([^}]*)\}\s*$/.exec(body);
    if (pm) {
      plural = pm[1]!
        .split(/\s+/)
        .filter(Boolean)
        .map((p) => p.split('_').filter(Boolean).join(' ').toLowerCase());
      body = body.slice(0, pm.index).trim();
    }
    if (/[{}[\]]/.test(body)) {
      problems.add(line.n, 'unbalanced brackets', t);
      continue;
    }
    let variants = [body];
    const mm = /!([A-Z]+)!/.exec(body);
    if (mm) {
      const items = subst.get(mm[1]!);
      if (!items) {
        problems.add(line.n, `substitution marker !${mm[1]}! is not defined`, t);
        continue;
      }
      variants = items.map((x) => body.replace(mm[0], x));
      expanded += variants.length;
    }
    for (const v of variants) {
      if (/!/.test(v)) {
        problems.add(line.n, 'more than one substitution marker', t);
        break;
      }
      const p = phrase(v);
      if (!p) {
        problems.add(line.n, 'unexpected character in the phrase', t);
        break;
      }
      const e: AgentEntry = { noun: p.noun, code, line: line.n };
      if (mm) e.plural = [];
      else if (plural) e.plural = plural;
      if (p.loose) e.loose = true;
      raw.push(e);
    }
  }
  // the same noun twice: an exact repeat is dropped; another code replaces the earlier one (PETRARCH keeps the last)
  let duplicates = 0;
  let redefined = 0;
  const byNoun = new Map<string, AgentEntry>();
  for (const e of raw) {
    const prev = byNoun.get(e.noun);
    if (prev && prev.code === e.code) {
      duplicates++;
      continue;
    }
    if (prev) {
      redefined++;
      problems.add(e.line, `"${e.noun}" was given ${prev.code} on line ${prev.line}; PETRARCH keeps this later ${e.code}`);
    }
    byNoun.set(e.noun, e);
  }
  let kept = raw.filter((e) => byNoun.get(e.noun) === e);
  // fold entries that are plurals of another entry with the same code ("GUNMEN" beside "GUNMAN {}")
  let folded = 0;
  const dropped = new Set<AgentEntry>();
  for (const e of kept) {
    if (dropped.has(e)) continue;
    for (const cand of pluralCandidates(e.noun)) {
      const p = byNoun.get(cand);
      if (!p || p === e || p.code !== e.code || p.plural !== undefined || dropped.has(p)) continue;
      const regular = cand === `${e.noun}s` || cand === `${e.noun}es` || (e.noun.endsWith('y') && cand === `${e.noun.slice(0, -1)}ies`);
      if (!(regular && e.plural === undefined)) e.plural = [...new Set([...(e.plural ?? []), cand])];
      dropped.add(p);
      folded++;
    }
  }
  kept = kept.filter((e) => !dropped.has(e));
  return { agents: kept, stats: { entries: kept.length, expanded, duplicates, redefined, folded } };
}

export function parseDiscards(text: string, problems: Problems): DiscardEntry[] {
  const out: DiscardEntry[] = [];
  const seen = new Set<string>();
  for (const line of readLines(text, problems)) {
    let t = line.text.trim();
    const story = t.startsWith('+');
    if (story) t = t.slice(1).trim();
    const exact = t.endsWith('_');
    const words = t
      .replace(/_+$/, '')
      .split(/[_\s]+/)
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    if (!words.length || !words.every((w) => WORD_OK.test(w))) {
      problems.add(line.n, 'unexpected character in a discard phrase', line.text);
      continue;
    }
    const e: DiscardEntry = { phrase: words.join(' '), scope: story ? 'story' : 'sentence', ...(exact ? { exact: true as const } : {}), line: line.n };
    const key = `${e.scope}|${e.phrase}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
