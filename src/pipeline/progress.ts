/**
 * The ingest progress line on stderr: articles done, articles/s, ETA.
 * Redrawn in place on a terminal (at most ~10 times a second); elsewhere a
 * plain line every few seconds, so logs stay readable.
 */
import type { IngestProgress, IngestSummary } from './types.ts';

export interface ProgressBar {
  update(p: IngestProgress): void;
  done(): void;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m % 60)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

export function formatProgress(p: IngestProgress, width = 24): string {
  const secs = p.elapsedMs / 1000;
  const rate = secs > 0 ? p.done / secs : 0;
  const rateText = `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} articles/s`;
  if (p.total) {
    const frac = Math.min(1, p.done / p.total);
    const filled = Math.round(frac * width);
    const eta = rate > 0 ? (p.total - p.done) / rate : Infinity;
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total} ${rateText} ETA ${clock(eta)}`;
  }
  return `${p.done} articles ${rateText} elapsed ${clock(secs)}`;
}

export function createProgressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }): ProgressBar {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  let drawn = false;
  let lastLine = '';
  return {
    update(p) {
      const now = Date.now();
      const final = p.total !== undefined && p.done >= p.total;
      if (!final && now - last < (tty ? 100 : 5000)) return;
      last = now;
      lastLine = formatProgress(p);
      if (tty) {
        const cols = stream.columns ?? 80;
        stream.write(`\r${lastLine.slice(0, cols - 1).padEnd(Math.min(cols - 1, lastLine.length + 2))}`);
        drawn = true;
      } else {
        stream.write(`${lastLine}\n`);
      }
    },
    done() {
      if (tty && drawn) stream.write('\n');
    },
  };
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `added ${s.added}, skipped ${s.skipped}, changed ${s.changed}, ${s.removed ? `removed ${s.removed}, ` : ''}failed ${s.failed.length} (${(s.elapsedMs / 1000).toFixed(1)} s)`,
  ];
  for (const f of s.failed) lines.push(`  failed: ${f.path}: ${f.reason}`);
  return lines.join('\n') + '\n';
}
