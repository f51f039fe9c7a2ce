/**
 * Compare two `newsgraph extract --format jsonl` outputs article by article
 * and list every difference: entities (id, kind, type, mentions), relations
 * (source, type, target, rule, sentence) and quotes. Prints a summary of the
 * differences by kind and rule, then each difference.
 *
 *   node bin/newsgraph.mjs extract corpus ../shared/data/wiki-syria --format jsonl > new.jsonl
 *   npx tsx scripts/extract-diff.ts /work/baseline/extract.jsonl new.jsonl [--limit 50]
 *
 * Exit code 0 when the outputs are identical, 1 when they differ.
 */
import { readFileSync } from 'node:fs';
import type { ArticleExtraction } from '../src/types.ts';

function load(path: string): Map<string, ArticleExtraction> {
  const out = new Map<string, ArticleExtraction>();
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .forEach((l) => {
      const a = JSON.parse(l) as ArticleExtraction;
      out.set(a.article.id, a);
    });
  return out;
}

/** One line per fact, keyed so that equal facts compare equal. */
function facts(a: ArticleExtraction): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of a.entities) {
    out.set(`entity ${e.id}`, `entity ${e.id} ${e.kind}/${e.type} "${e.label}" mentions=${e.mentions.map((m) => `${m.start}-${m.end}`).join(',')}`);
  }
  a.relations.forEach((r) => {
    for (const ev of r.evidence) {
      const key = `relation ${r.source} ${r.type} ${r.target} [${ev.rule}] @${ev.start}-${ev.end}`;
      out.set(key, `${key} conf=${ev.confidence} "${ev.sentence.slice(0, 160).replace(/\s+/g, ' ')}"`);
    }
  });
  for (const q of a.quotes ?? []) out.set(`quote ${q.speaker} @${q.start}-${q.end}`, `quote ${q.speaker} @${q.start}-${q.end} "${q.text.slice(0, 80).replace(/\s+/g, ' ')}"`);
  return out;
}

function ruleOf(key: string): string {
  const m = /\[([^\]]+)\]/.exec(key);
  return key.startsWith('relation') && m ? `relation ${m[1]}` : key.split(' ')[0]!;
}

export function diff(before: Map<string, ArticleExtraction>, after: Map<string, ArticleExtraction>): { lines: string[]; summary: Map<string, { added: number; removed: number; changed: number }> } {
  const lines: string[] = [];
  const summary = new Map<string, { added: number; removed: number; changed: number }>();
  const count = (key: string, what: 'added' | 'removed' | 'changed'): void => {
    const k = ruleOf(key);
    const s = summary.get(k) ?? { added: 0, removed: 0, changed: 0 };
    s[what]++;
    summary.set(k, s);
  };
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(id);
    const b = after.get(id);
    if (!a || !b) {
      lines.push(`${id}: ${a ? 'missing in the new output' : 'new article'}`);
      continue;
    }
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const fa = facts(a);
    const fb = facts(b);
    const here: string[] = [];
    for (const [k, v] of fa) {
      if (!fb.has(k)) (here.push(`  - ${v}`), count(k, 'removed'));
      else if (fb.get(k) !== v) (here.push(`  ~ ${v}\n    => ${fb.get(k)}`), count(k, 'changed'));
    }
    for (const [k, v] of fb) if (!fa.has(k)) (here.push(`  + ${v}`), count(k, 'added'));
    if (here.length === 0) here.push('  (same facts; order or other fields differ)');
    lines.push(`${id} (${b.article.title}):`, ...here);
  }
  return { lines, summary };
}

function main(argv: string[]): number {
  const [x, y] = argv.filter((a) => !a.startsWith('--'));
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
  if (!x || !y) {
    process.stderr.write('usage: npx tsx scripts/extract-diff.ts BEFORE.jsonl AFTER.jsonl [--limit N]\n');
    return 2;
  }
  const { lines, summary } = diff(load(x), load(y));
  if (lines.length === 0) {
    process.stdout.write('identical\n');
    return 0;
  }
  process.stdout.write('differences by kind and rule (added / removed / changed):\n');
  for (const [k, s] of [...summary].sort()) process.stdout.write(`  ${k}: +${s.added} -${s.removed} ~${s.changed}\n`);
  process.stdout.write(`\n${lines.slice(0, limit).join('\n')}\n`);
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
