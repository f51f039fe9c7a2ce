/**
 * Reading re3d-dev: each sub-corpus folder holds documents.json,
 * entities.json and relations.json as JSON lines (mongoexport). Offsets are
 * JS string indices into `text`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Re3dDoc, Re3dEntity, Re3dRelation } from './score-re3d.ts';

/** Parse JSON lines; a bad line is reported with its path and line number, and skipped. */
export function parseJsonLines<T>(content: string, path: string, problems: string[]): T[] {
  const rows: T[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      rows.push(JSON.parse(line) as T);
    } catch (e) {
      problems.push(`${path}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return rows;
}

interface RawDoc {
  _id: string;
  title?: string;
  text: string;
  sourceName?: string;
  sourceUrl?: string;
}
type RawEntity = Re3dEntity & { documentId: string };
type RawRelation = Re3dRelation & { documentId: string };

/** All documents of every sub-corpus under `root`, sorted by folder then id. */
export function loadRe3d(root: string, problems: string[] = []): Re3dDoc[] {
  const docs: Re3dDoc[] = [];
  const dirs = readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory() && existsSync(join(root, d, 'documents.json')))
    .sort();
  for (const d of dirs) {
    const read = <T>(name: string): T[] => {
      const path = join(root, d, name);
      return existsSync(path) ? parseJsonLines<T>(readFileSync(path, 'utf8'), path, problems) : [];
    };
    const entities = read<RawEntity>('entities.json');
    const relations = read<RawRelation>('relations.json');
    for (const raw of read<RawDoc>('documents.json').sort((a, b) => a._id.localeCompare(b._id))) {
      docs.push({
        id: raw._id,
        title: raw.title ?? raw._id,
        text: raw.text,
        ...(raw.sourceName ? { source: raw.sourceName } : {}),
        ...(raw.sourceUrl ? { url: raw.sourceUrl } : {}),
        entities: entities.filter((e) => e.documentId === raw._id),
        relations: relations.filter((r) => r.documentId === raw._id),
      });
    }
  }
  return docs;
}
