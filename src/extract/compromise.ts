/**
 * compromise's lexicon as a weak signal for unknown names, and its verb
 * conjugation for the clause reader's lemmas.
 *
 * Full compromise parsing is too slow to run on every sentence (~6 ms per
 * sentence), so extraction asks compromise's *lexicon* (word -> tags such as
 * MaleName, LastName, City, Country, Organization) and its org/place head
 * words instead, with newsgraph's own words laid over it: titles ->
 * Honorific, role nouns -> Actor (and their plurals), single-word lexicon
 * names -> their kind's tag.
 *
 * compromise is loaded on first use (its CommonJS `compromise/two` build:
 * the lexicon and tagger model without the sentence API), never at import,
 * and its global instance is never changed: newsgraph's words are expanded
 * with compromise's own lexicon expansion into a table of their own.
 *
 * Loading compromise costs about 0.4 s of CPU (it unpacks and expands its
 * lexicon), so what is read from it is a snapshot, a pure function of
 * compromise's build: its expanded lexicon, its org and place words, its
 * verb prefixes and the suffix models of verb conjugation. The snapshot (and
 * our words expanded, for the shipped lexicon) is kept in the disk cache
 * (src/util/disk-cache.ts) under the content hash of compromise's build file
 * and of this file, so a later process reads a JSON file instead of loading
 * compromise. Verb conjugation runs compromise's own suffix models with
 * suffix-thumb's `convert` (what compromise runs): `toInfinitive` and
 * `conjugate` below follow compromise 14's transform code for the calls made
 * here (a tense always given), and test/extract/compromise-snapshot.test.ts
 * checks them against compromise itself on every verb form of its lexicon.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// suffix-thumb's `convert`: the function compromise conjugates with (compromise's dependency, and ours: small, pure JS)
import { convert } from 'suffix-thumb';
import { KIND_OF_TYPE } from '../types.ts';
import { contentKey, readCached, writeCached } from '../util/disk-cache.ts';
import { PackedWordMap } from '../util/packed-words.ts';
import { defaultLexicon, memoByLexicon, type Lexicon } from './lexicon/index.ts';

type Tags = string | string[];
/** A suffix model of compromise's conjugation (suffix-thumb's format: exceptions, kept suffixes, rules). */
interface SuffixModel {
  ex?: Record<string, string>;
  same?: string[];
  fwd?: Record<string, string>;
  both?: Record<string, string>;
}

const VERB_MODELS = ['fromPast', 'fromPresent', 'fromGerund', 'fromParticiple', 'toPast', 'toPresent', 'toGerund', 'toParticiple'] as const;
type VerbModels = Record<(typeof VERB_MODELS)[number], SuffixModel>;

/** compromise's lexicon as the snapshot keeps it: word -> tags, without an object per word. */
export interface WordTags {
  get(word: string): Tags | undefined;
}
/** The model the verb functions read: compromise's lexicon and prefixes, and its conjugation models. */
export interface VerbModel {
  one: { lexicon: WordTags; prefixes: Readonly<Record<string, unknown>> };
  two: { models: VerbModels };
}
/** compromise's verb conjugation: a form to its infinitive (given the tense read), an infinitive to its forms (`M`: the model they read). */
export interface VerbTransforms<M = VerbModel> {
  toInfinitive(str: string, model: M, tense: string): string;
  conjugate(verb: string, model: M): Record<string, string | undefined>;
  model: M;
}
interface Compromise {
  model(): {
    one: { lexicon: Record<string, Tags>; prefixes?: Record<string, unknown> };
    two: { models: VerbModels; orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
  };
  world(): unknown;
  methods(): {
    one: { expandLexicon(words: Record<string, string>, world: unknown): { lex: Record<string, Tags> } };
    two: { expandLexicon(words: Record<string, string>, world: unknown): { lex: Record<string, Tags> } };
  };
}

/** What extraction reads from compromise, as the cache file holds it (JSON). */
interface SnapshotFile {
  /**
   * compromise's lexicon packed (util/packed-words.ts): its words, each
   * followed by "\n"; the int32 arrays of where each starts, its index in
   * `values` and the hash table, as base64; the distinct tag values
   */
  lexicon: { words: string; starts: string; ids: string; table: string; values: Tags[] };
  prefixes: Record<string, unknown>;
  models: VerbModels;
  orgWords: string[];
  placeWords: string[];
}

/** The snapshot in memory: the lexicon packed (one string and integer arrays, util/packed-words.ts). */
interface Snapshot extends Omit<SnapshotFile, 'lexicon'> {
  lexicon: WordTags;
}

/** A plain object's lookup of inherited names ("constructor"): what compromise's lexicon object answered for them. */
const INHERITED: Readonly<Record<string, unknown>> = {};

function packLexicon(lexicon: Record<string, Tags>): SnapshotFile['lexicon'] {
  const values: Tags[] = [];
  const index = new Map<string, number>();
  const map = PackedWordMap.of(
    Object.keys(lexicon).map((w) => {
      const v = lexicon[w]!;
      const k = JSON.stringify(v);
      let i = index.get(k);
      if (i === undefined) index.set(k, (i = values.push(v) - 1));
      return [w, i] as const;
    }),
  );
  const b64 = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  return { words: map.words, starts: b64(map.starts), ids: b64(map.ids), table: b64(map.table), values };
}

/** An int32 array from base64 (copied when its bytes do not start 4-aligned). */
function int32s(b64: string): Int32Array | undefined {
  const b = Buffer.from(b64, 'base64');
  if (b.length % 4) return undefined;
  return b.byteOffset % 4 ? new Int32Array(new Uint8Array(b).buffer) : new Int32Array(b.buffer, b.byteOffset, b.length / 4);
}

/** The packed lexicon of a snapshot file, or undefined when it is not one. */
function unpackLexicon(l: SnapshotFile['lexicon'] | undefined): WordTags | undefined {
  if (!l || typeof l.words !== 'string' || !Array.isArray(l.values) || ![l.starts, l.ids, l.table].every((x) => typeof x === 'string')) return undefined;
  const [starts, ids, table] = [int32s(l.starts), int32s(l.ids), int32s(l.table)];
  const map = starts && ids && table && PackedWordMap.checked({ words: l.words, starts, ids, table });
  if (!map) return undefined;
  const values = l.values;
  return {
    get(word: string): Tags | undefined {
      const i = map.get(word);
      return i === undefined ? (INHERITED[word] as Tags | undefined) : values[i];
    },
  };
}

let loaded: Compromise | undefined;

function compromise(): Compromise {
  loaded ??= createRequire(import.meta.url)('compromise/two') as Compromise;
  return loaded;
}

let baseKey: string | undefined;
/** The content hash of compromise's build and of this file: a new compromise or new code is a new cache file. */
function snapshotKey(): string {
  if (baseKey === undefined) {
    const read = (path: string) => {
      try {
        return readFileSync(path);
      } catch {
        return Buffer.from(`${path}: unreadable`);
      }
    };
    // the packed lexicon's layout is packed-words.ts's (its hash function): part of the key
    const packed = fileURLToPath(new URL(`../util/packed-words.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url));
    baseKey = contentKey([read(createRequire(import.meta.url).resolve('compromise/two')), read(fileURLToPath(import.meta.url)), read(packed)]);
  }
  return baseKey;
}

/** A JSON value from the disk cache, or `make()`'s (then cached). */
function cachedJson<T>(name: string, make: () => T): T {
  const hit = readCached(name);
  if (hit) {
    try {
      return JSON.parse(hit.toString('utf8')) as T;
    } catch {
      // a damaged file: made again below
    }
  }
  const value = make();
  writeCached(name, [Buffer.from(JSON.stringify(value), 'utf8')]);
  return value;
}

let snap: Snapshot | undefined;

function snapshot(): Snapshot {
  if (snap) return snap;
  const make = (): SnapshotFile => {
    const model = compromise().model();
    const models = Object.fromEntries(VERB_MODELS.map((k) => [k, model.two.models[k]])) as VerbModels;
    return {
      lexicon: packLexicon(model.one.lexicon),
      prefixes: model.one.prefixes ?? {},
      models,
      orgWords: Object.keys(model.two.orgWords ?? {}),
      placeWords: Object.keys(model.two.placeWords ?? {}),
    };
  };
  const name = `compromise-${snapshotKey()}.json`;
  let file = cachedJson(name, make);
  let lexicon = unpackLexicon(file.lexicon);
  if (!lexicon) {
    // a file of another layout or damaged: made again and rewritten
    file = make();
    writeCached(name, [Buffer.from(JSON.stringify(file), 'utf8')]);
    lexicon = unpackLexicon(file.lexicon)!;
  }
  snap = { ...file, lexicon };
  return snap;
}

/** What compromise's `toInfinitive` does with the copula. */
const COPULA: Readonly<Record<string, string>> = { are: 'be', were: 'be', been: 'be', is: 'be', am: 'be', was: 'be', be: 'be', being: 'be' };
const FROM_TENSE: Readonly<Record<string, (typeof VERB_MODELS)[number]>> = {
  Participle: 'fromParticiple',
  PastTense: 'fromPast',
  PresentTense: 'fromPresent',
  Gerund: 'fromGerund',
};

/** compromise's `toInfinitive(str, model, tense)` with the tense given: the verb (after a prefix such as "over") through the tense's model. */
function toInfinitive(str: string, model: VerbModel, tense: string): string {
  const prefixes = model.one.prefixes;
  let prefix = '';
  let [verb, particle] = str.split(/ /) as [string, string | undefined];
  if (particle && prefixes[verb] === true) {
    prefix = verb;
    verb = particle;
    particle = '';
  }
  let inf: string;
  if (Object.hasOwn(COPULA, str)) inf = COPULA[str]!;
  else if (Object.hasOwn(FROM_TENSE, tense)) inf = convert(verb, model.two.models[FROM_TENSE[tense]!]);
  else return str;
  if (particle) inf += ' ' + particle;
  if (prefix) inf = prefix + ' ' + inf;
  return inf;
}

/** compromise's `conjugate(infinitive, model)`: its forms, the participle only when it differs and the lexicon knows it. */
function conjugate(inf: string, model: VerbModel): Record<string, string | undefined> {
  if (inf === 'be') return { Infinitive: inf, Gerund: 'being', PastTense: 'was', PresentTense: 'is' };
  const [str, particle] = / /.test(inf) ? (inf.split(/ /) as [string, string]) : [inf, ''];
  const { toPast, toPresent, toGerund, toParticiple } = model.two.models;
  const found: Record<string, string> = {
    Infinitive: str,
    PastTense: convert(str, toPast),
    PresentTense: convert(str, toPresent),
    Gerund: convert(str, toGerund),
    FutureTense: 'will ' + str,
  };
  let pastPrt = convert(str, toParticiple);
  if (pastPrt !== inf && pastPrt !== found['PastTense']) {
    const lex = model.one.lexicon;
    const tags = lex.get(pastPrt);
    if (tags === 'Participle' || tags === 'Adjective') {
      if (inf === 'play') pastPrt = 'played';
      found['Participle'] = pastPrt;
    }
  }
  if (particle) for (const k of Object.keys(found)) found[k] += ' ' + particle;
  return found;
}

let transforms: VerbTransforms | undefined;

/** compromise's verb conjugation (the clause reader's lemmas), from the snapshot, made on first use. */
export function verbTransforms(): VerbTransforms {
  if (!transforms) {
    const s = snapshot();
    transforms = { toInfinitive, conjugate, model: { one: { lexicon: s.lexicon, prefixes: s.prefixes }, two: { models: s.models } } };
  }
  return transforms;
}

/** compromise's own verb functions and model (loads compromise): what the snapshot's are checked against. */
export function compromiseVerbTransforms(): VerbTransforms<unknown> {
  const world = compromise().world() as { methods: { two: { transform: { verb: Omit<VerbTransforms<unknown>, 'model'> } } }; model: unknown };
  const v = world.methods.two.transform.verb;
  return { toInfinitive: v.toInfinitive, conjugate: v.conjugate, model: world.model };
}

const TAG_OF_KIND = { actor: 'Organization', force: 'Organization', place: 'Place', camp: 'Place' } as const;

/** newsgraph's words as compromise tags: titles, role nouns, one-word lexicon names. */
export function newsgraphWords(lex: Lexicon): Record<string, string> {
  const words: Record<string, string> = {};
  for (const t of lex.titles) if (!t.includes(' ')) words[t.toLowerCase().replace(/\.$/, '')] = 'Honorific';
  for (const r of [...lex.roles.leads, ...lex.roles.member]) if (!r.includes(' ')) words[r] = 'Actor';
  for (const e of lex.entities) {
    for (const name of [e.label, ...e.aliases]) {
      if (/\s/.test(name) || name.length < 4) continue;
      const tag = e.type === 'person' ? 'Person' : e.type === 'country' ? 'Country' : e.type === 'city' ? 'City' : TAG_OF_KIND[KIND_OF_TYPE[e.type]];
      words[name.toLowerCase()] = tag;
    }
  }
  return words;
}

/** newsgraph's words expanded by compromise's lexicon expansion (what nlp.plugin({ words }) would add, without adding it). */
function expandOurs(words: Record<string, string>): Record<string, Tags> {
  const nlp = compromise();
  const world = nlp.world();
  // the fancy expansion, then the plain one over it
  return { ...nlp.methods().two.expandLexicon(words, world).lex, ...nlp.methods().one.expandLexicon(words, world).lex };
}

const tables = memoByLexicon((lex) => {
  const s = snapshot();
  const words = newsgraphWords(lex);
  // the shipped lexicon's expansion is cached too (a lexicon of a test or an evaluation is expanded each time)
  const ours =
    lex === defaultLexicon() ? cachedJson(`compromise-ours-${contentKey([snapshotKey(), JSON.stringify(words)])}.json`, () => expandOurs(words)) : expandOurs(words);
  return { ours, theirs: s.lexicon, orgWords: new Set(s.orgWords), placeWords: new Set(s.placeWords) };
});

/** compromise's tags for one word (lower-cased lookup), newsgraph's words first. */
export function lexTags(word: string, lex?: Lexicon): string[] {
  const t = tables(lex);
  const w = word.toLowerCase();
  const tags = Object.hasOwn(t.ours, w) ? t.ours[w] : t.theirs.get(w);
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

export function isOrgWord(word: string, lex?: Lexicon): boolean {
  return tables(lex).orgWords.has(word.toLowerCase());
}

export function isPlaceWord(word: string, lex?: Lexicon): boolean {
  return tables(lex).placeWords.has(word.toLowerCase());
}
