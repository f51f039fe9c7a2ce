/**
 * Validation of query options, shared by the TypeScript API, the CLI and
 * HTTP: each accepts typed values or the strings a flag or query parameter
 * carries, and throws UsageError naming the option. Pure.
 */
import { DEFAULTS } from '../config.ts';
import { UsageError } from '../errors.ts';
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from '../types.ts';
import { foldName } from '../util/names.ts';
import type { Direction } from './query-types.ts';

export type Raw = string | number | boolean | string[] | undefined | null;

export interface NeighborOptions {
  types?: RelationType[];
  direction?: Direction;
  depth?: number;
  kinds?: NodeKind[];
  since?: string;
  until?: string;
  minConfidence?: number;
  limit?: number;
}

export interface GraphFilter {
  kinds?: NodeKind[];
  types?: RelationType[];
  since?: string;
  until?: string;
  minConfidence?: number;
}

export interface NormalizedNeighborOptions {
  types?: Set<RelationType>;
  direction: Direction;
  depth: number;
  kinds?: Set<NodeKind>;
  since?: string;
  until?: string;
  minConfidence: number;
  limit: number;
}

/** The path cap: twice the neighbourhood depth cap. */
export const MAX_PATH_DEPTH = DEFAULTS.maxPathDepth;

function listOf<T extends string>(name: string, raw: Raw | readonly T[], allowed: readonly T[]): T[] | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const parts = (Array.isArray(raw) ? raw : String(raw).split(','))
    .flatMap((s) => String(s).split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  for (const p of parts) {
    if (!(allowed as readonly string[]).includes(p)) {
      throw new UsageError(`${name}: unknown value "${p}" (expected one of ${allowed.join(', ')})`);
    }
  }
  return [...new Set(parts)] as T[];
}

export function intOption(name: string, raw: Raw, def: number, min: number, max: number): number {
  if (raw === undefined || raw === null || raw === '') return def;
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} must be an integer from ${min} to ${max}, got "${String(raw)}"`);
  }
  return n;
}

export function numberOption(name: string, raw: Raw, def: number, min: number, max: number): number {
  if (raw === undefined || raw === null || raw === '') return def;
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`${name} must be a number from ${min} to ${max}, got "${String(raw)}"`);
  }
  return n;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export function dateOption(name: string, raw: Raw): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const s = String(raw);
  if (!DATE.test(s) || Number.isNaN(Date.parse(s))) {
    throw new UsageError(`${name} must be an ISO date (YYYY-MM-DD), got "${s}"`);
  }
  return s;
}

export function directionOption(raw: Raw): Direction {
  if (raw === undefined || raw === null || raw === '') return 'both';
  if (raw === 'in' || raw === 'out' || raw === 'both') return raw;
  throw new UsageError(`direction must be in, out or both, got "${String(raw)}"`);
}

export function typesOption(raw: Raw | readonly RelationType[]): RelationType[] | undefined {
  return listOf('types', raw, RELATION_TYPES);
}

export function kindsOption(raw: Raw | readonly NodeKind[]): NodeKind[] | undefined {
  return listOf('kinds', raw, NODE_KINDS);
}

export interface RawNeighborOptions {
  types?: Raw | readonly RelationType[];
  direction?: Raw;
  depth?: Raw;
  kinds?: Raw | readonly NodeKind[];
  since?: Raw;
  until?: Raw;
  minConfidence?: Raw;
  limit?: Raw;
}

export function normalizeNeighborOptions(raw: RawNeighborOptions = {}): NormalizedNeighborOptions {
  const types = typesOption(raw.types);
  const kinds = kindsOption(raw.kinds);
  const since = dateOption('since', raw.since);
  const until = dateOption('until', raw.until);
  if (since && until && since > until) throw new UsageError(`since (${since}) is after until (${until})`);
  return {
    ...(types ? { types: new Set(types) } : {}),
    direction: directionOption(raw.direction),
    depth: intOption('depth', raw.depth, 1, 1, DEFAULTS.maxDepth),
    ...(kinds ? { kinds: new Set(kinds) } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    minConfidence: numberOption('minConfidence', raw.minConfidence, 0, 0, 1),
    limit: intOption('limit', raw.limit, DEFAULTS.defaultLimit, 1, DEFAULTS.maxLimit),
  };
}

export interface NormalizedGraphFilter {
  kinds?: Set<NodeKind>;
  types?: Set<RelationType>;
  since?: string;
  until?: string;
  minConfidence: number;
}

export function normalizeGraphFilter(raw: { [K in keyof GraphFilter]?: Raw | GraphFilter[K] } = {}): NormalizedGraphFilter {
  const types = typesOption(raw.types as Raw);
  const kinds = kindsOption(raw.kinds as Raw);
  const since = dateOption('since', raw.since as Raw);
  const until = dateOption('until', raw.until as Raw);
  if (since && until && since > until) throw new UsageError(`since (${since}) is after until (${until})`);
  return {
    ...(types ? { types: new Set(types) } : {}),
    ...(kinds ? { kinds: new Set(kinds) } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    minConfidence: numberOption('minConfidence', raw.minConfidence as Raw, 0, 0, 1),
  };
}

/** The id or name a query starts from: a non-blank string. */
export function checkIdOrName(idOrName: unknown): asserts idOrName is string {
  if (typeof idOrName !== 'string' || !idOrName.trim()) throw new UsageError('give a node id or name');
}

export interface NodeOptions {
  /** Edges listed (heaviest first); default and cap DEFAULTS.maxLimit. */
  limit?: Raw;
  /** Evidence per edge; default DEFAULTS.evidenceLimit. */
  evidenceLimit?: Raw;
}

export function normalizeNodeOptions(raw: NodeOptions = {}): { limit: number; evidenceLimit: number } {
  return {
    limit: intOption('limit', raw.limit, DEFAULTS.maxLimit, 1, DEFAULTS.maxLimit),
    evidenceLimit: intOption('evidenceLimit', raw.evidenceLimit, DEFAULTS.evidenceLimit, 0, DEFAULTS.maxLimit),
  };
}

export interface PathOptions {
  maxDepth?: Raw;
  types?: Raw | readonly RelationType[];
}

/** `maxDepth` (default 4), and the edge filter of a path: any direction, the given types. */
export function normalizePathOptions(raw: PathOptions = {}): { maxDepth: number; edges: NormalizedNeighborOptions } {
  const maxDepth = intOption('maxDepth', raw.maxDepth, 4, 1, MAX_PATH_DEPTH);
  const types = typesOption(raw.types as Raw);
  return { maxDepth, edges: normalizeNeighborOptions({ direction: 'both', ...(types ? { types } : {}) }) };
}

export interface SearchOptions {
  limit?: Raw;
}

/** The folded query and the hit limit of a search. */
export function normalizeSearch(q: string, raw: SearchOptions = {}): { folded: string; limit: number } {
  if (typeof q !== 'string') throw new UsageError('search: q must be a string');
  const limit = intOption('limit', raw.limit, DEFAULTS.searchLimit, 1, DEFAULTS.maxLimit);
  const folded = foldName(q);
  if (!folded) throw new UsageError(`search: the query "${q}" has no letters or digits`);
  return { folded, limit };
}

export interface TimelineOptions {
  limit?: Raw;
}

export function timelineLimit(raw: TimelineOptions = {}): number {
  return intOption('limit', raw.limit, DEFAULTS.maxLimit, 1, 100000);
}

/** A date range test on ISO strings; `until` compares on its own length, so 2024-06 includes 2024-06-30T... */
export function inRange(date: string | null | undefined, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  if (!date) return false;
  if (since && date < since) return false;
  if (until && date.slice(0, until.length) > until) return false;
  return true;
}
