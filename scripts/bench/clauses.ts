/**
 * Clause-reader benchmark: MB/s of text through `readClauses` on one core.
 *
 *   npm run bench -- clauses
 *
 * 1. GMB sentences (../shared/data/ner-train/gmb, Penn Treebank tags, words
 *    joined by spaces, silver entity spans as mentions); skipped when the
 *    shared data is absent.
 * 2. One 5 MB "sentence" with no stop (a table or a run-on line): the reader
 *    must stay linear, so its MB/s should match the sentence-by-sentence figure.
 * Median of three timed passes after one warm-up pass, as MB per CPU-second
 * (what one core does, least disturbed by a loaded machine) and wall-clock MB/s.
 * Target: >= 5 MB/s on one core.
 */
import { cpus, loadavg } from 'node:os';
import { readClauses, type MentionSpan, type TaggedToken } from '../../src/extract/clauses/index.ts';
import { loadGmb } from '../eval/gmb-tagged.ts';

interface Input {
  tokens: TaggedToken[];
  mentions: MentionSpan[];
  bytes: number;
}

interface Timing {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds of this process (user + system, GC threads included): the figure a loaded machine disturbs least. */
  cpu: number;
}

function time(inputs: readonly Input[]): Timing {
  const pass = (): Timing => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let sink = 0;
    for (const x of inputs) sink += readClauses(x.tokens, { mentions: x.mentions }).clauses.length;
    if (sink < 0) console.log(sink);
    const c = process.cpuUsage(c0);
    return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
  };
  pass(); // warm-up: JIT and the lemma cache
  const runs = [pass(), pass(), pass()];
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[1]!;
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

const rate = (bytes: number, t: Timing): string =>
  `${(bytes / 1e6 / t.cpu).toFixed(2)} MB per CPU-second (${t.cpu.toFixed(2)} s), ${(bytes / 1e6 / t.wall).toFixed(2)} MB/s wall (${t.wall.toFixed(2)} s)`;

/** One line of about `mb` megabytes from a repeated tagged sentence (no stop anywhere). */
function runOnLine(mb: number): Input {
  const words: Array<[string, string]> = [
    ['the', 'DT'], ['rebels', 'NNS'], [',', ','], ['who', 'WP'], ['were', 'VBD'], ['backed', 'VBN'], ['by', 'IN'], ['Turkey', 'NNP'],
    [',', ','], ['attacked', 'VBD'], ['the', 'DT'], ['town', 'NN'], ['and', 'CC'], ['killed', 'VBD'], ['12', 'CD'], ['soldiers', 'NNS'],
    [',', ','], ['officials', 'NNS'], ['said', 'VBD'], [',', ','],
  ];
  const tokens: TaggedToken[] = [];
  let at = 0;
  while (at < mb * 1e6) {
    for (const [text, pos] of words) {
      tokens.push({ start: at, end: at + text.length, text, pos });
      at += text.length + 1;
    }
  }
  return { tokens, mentions: [], bytes: at };
}

export async function benchClauses(): Promise<string> {
  const lines: string[] = [];
  const gmb = loadGmb();
  if (!gmb) lines.push('bench clauses: ../shared/data/ner-train/gmb not found (GMB part skipped)');
  else {
    const inputs: Input[] = gmb.map((s) => ({ tokens: s.tokens, mentions: s.mentions, bytes: Buffer.byteLength(s.text) + 1 }));
    const bytes = inputs.reduce((n, x) => n + x.bytes, 0);
    const words = inputs.reduce((n, x) => n + x.tokens.length, 0);
    const t = time(inputs);
    lines.push(`bench clauses: GMB ${inputs.length} sentences, ${(bytes / 1e6).toFixed(2)} MB, ${words} tokens`);
    lines.push(`  readClauses, median of 3: ${rate(bytes, t)}, ${Math.round(words / t.cpu)} tokens per CPU-second`);
  }
  const line = runOnLine(5);
  const t = time([line]);
  lines.push(`bench clauses: one run-on line, ${(line.bytes / 1e6).toFixed(2)} MB, ${line.tokens.length} tokens, no stop`);
  lines.push(`  readClauses, median of 3: ${rate(line.bytes, t)}`);
  lines.push(`  (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores)`);
  return lines.join('\n');
}
