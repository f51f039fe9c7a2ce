/**
 * Loading the shipped models, lazily: nothing is read until a tagger is first
 * used. A model file that is missing, truncated, corrupt, of another format
 * version or trained with other feature code throws ModelError naming the
 * file and the fix; there is no silent fallback to no tagger.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clustersFromBytes, readClusterFile, type ClusterMap } from './clusters.ts';
import { ModelError } from './errors.ts';
import { decodeModel } from './format.ts';
import { cachedClusters, cachedModel, posTagMemo, shareableImages } from './image.ts';
import { lexiconNameList } from './lexicon-source.ts';
import { LinearModel } from './linear.ts';
import { compileNameList, type CompiledNameList, type NameList } from './name-lists.ts';
import { checkLists, type Tagger } from './ner.ts';
import { nerFeatureSet } from './ner-features.ts';
import { POS_FEATURE_SET } from './pos-features.ts';
import { posTagAt, posTagWith } from './pos.ts';
import type { TagToken } from './tokenize.ts';
import { cacheDir, cachedTable } from '../../util/disk-cache.ts';

/** Where the shipped models live. */
export const MODEL_DIR = fileURLToPath(new URL('./models/', import.meta.url));
export const MODEL_FILES = { pos: 'pos.model', ner: 'ner.model', clusters: 'clusters.tsv.gz' } as const;

/** Only the shipped models are cached: an evaluation's fold models change with every retraining. */
const shipped = (path: string) => path.startsWith(MODEL_DIR);

/**
 * Read and check one model file: its kind and feature set must be what this
 * code computes. The built model comes from the disk cache when it holds the
 * image of these bytes (./image.ts), else it is built and cached (shipped
 * models only).
 */
export function loadModelFile(path: string, kind: string, featureSet: string): LinearModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ModelError(path, code === 'ENOENT' ? 'model file is missing' : `cannot read model file (${code ?? (e as Error).message})`);
  }
  const build = () => new LinearModel(decodeModel(bytes, path));
  const model = shipped(path) ? cachedModel(bytes, build) : build();
  if (model.kind !== kind) throw new ModelError(path, `a "${model.kind}" model where a "${kind}" model was expected`);
  if (model.featureSet !== featureSet)
    throw new ModelError(path, `trained with feature set ${model.featureSet}, this code computes ${featureSet}`);
  return model;
}

/** A cluster map file, through the disk cache as a model file. */
export function loadClustersCached(path: string): ClusterMap {
  const bytes = readClusterFile(path);
  const build = () => clustersFromBytes(bytes, path);
  return shipped(path) ? cachedClusters(bytes, build) : build();
}

/** The name lists the shipped tagger uses, in order (the NER model records their ids). */
export function defaultNameLists(): NameList[] {
  return [lexiconNameList()];
}

let pos: LinearModel | undefined;
let tagger: Tagger | undefined;

/** The shipped POS model (loaded on first call). */
export function defaultPosModel(): LinearModel {
  pos ??= loadModelFile(MODEL_DIR + MODEL_FILES.pos, 'pos', POS_FEATURE_SET);
  return pos;
}

/**
 * A tagger from model files in `dir` (POS, NER, clusters) and name lists:
 * what `npm run train` writes, and what the cross-source evaluation injects.
 */
export function loadTagger(dir: string, lists: readonly NameList[] = defaultNameLists(), posModel?: LinearModel): Tagger {
  return taggerOf(dir, () => lists.map(compileNameList), posModel);
}

function taggerOf(dir: string, compile: () => CompiledNameList[], posModel?: LinearModel): Tagger {
  const d = dir.endsWith('/') ? dir : dir + '/';
  // (the shipped clusters once per process: the mention finders read their words too, isFrequentWord)
  const clusters = d === MODEL_DIR ? shippedClusters() : loadClustersCached(d + MODEL_FILES.clusters);
  const ner = loadModelFile(d + MODEL_FILES.ner, 'ner', nerFeatureSet(clusters.digest));
  const compiled = compile();
  checkLists(ner, compiled, d + MODEL_FILES.ner);
  return { pos: posModel ?? loadModelFile(d + MODEL_FILES.pos, 'pos', POS_FEATURE_SET), ner, clusters, lists: compiled };
}

/**
 * The shipped name lists compiled (every lexicon name tokenised): a table of
 * the shipped lexicon, from the disk cache when it holds it
 * (src/util/disk-cache.ts `cachedTable`).
 */
function shippedNameLists(): CompiledNameList[] {
  return cachedTable('tagger-name-lists', () => defaultNameLists().map(compileNameList));
}

/**
 * The shipped models' cached images (POS, NER, clusters) in shared memory, for worker threads that extract
 * (`useSharedImages` in each): one copy of the weights for all of them. On a cold cache the images are built here
 * first; where one cannot be (an unreadable file, a cache that cannot be written) it is left out, and each thread
 * loads its own, as without this.
 */
export function shippedModelImages(): Record<string, SharedArrayBuffer> {
  const files: Array<{ what: 'model' | 'clusters'; bytes: Uint8Array }> = [];
  for (const f of [MODEL_FILES.pos, MODEL_FILES.ner]) {
    try {
      files.push({ what: 'model', bytes: readFileSync(MODEL_DIR + f) });
    } catch {
      // (a missing model fails where it is loaded, with its ModelError)
    }
  }
  try {
    files.push({ what: 'clusters', bytes: readClusterFile(MODEL_DIR + MODEL_FILES.clusters) });
  } catch {
    // (as above)
  }
  const images = shareableImages(files);
  // (with no disk cache there is nothing to build the images into: each thread loads its own)
  if (Object.keys(images).length === files.length || !cacheDir()) return images;
  // a cold cache (the first run after an install or a build): the images are built here, once, and cached, so that the
  // workers share them instead of each building its own (the models built here are dropped)
  try {
    loadModelFile(MODEL_DIR + MODEL_FILES.pos, 'pos', POS_FEATURE_SET);
    const clusters = loadClustersCached(MODEL_DIR + MODEL_FILES.clusters);
    loadModelFile(MODEL_DIR + MODEL_FILES.ner, 'ner', nerFeatureSet(clusters.digest));
  } catch {
    // (a model that does not load fails in the workers, with its ModelError)
  }
  return shareableImages(files);
}

let clustersShipped: ClusterMap | undefined;

/** The shipped word clusters (loaded on first call, once). */
function shippedClusters(): ClusterMap {
  clustersShipped ??= loadClustersCached(MODEL_DIR + MODEL_FILES.clusters);
  return clustersShipped;
}

/**
 * The words of the shipped word clusters (the 60,000 most frequent lower-case words of the GloVe vectors they were
 * built from): whether a capitalised word is a common English word or may be a name ("Local", "Heavily" are words;
 * "Ansaru", "Lakurawa" are not). Loaded on first call, from the disk cache as the tagger's clusters are.
 */
export function isFrequentWord(lower: string): boolean {
  return shippedClusters().ids.has(lower);
}

/** The shipped tagger (loaded on first call). */
export function defaultTagger(): Tagger {
  tagger ??= taggerOf(MODEL_DIR, shippedNameLists, defaultPosModel());
  return tagger;
}

/** Whether a value is a loaded tagger (what `loadTagger` returns). */
function isTagger(v: unknown): v is Tagger {
  if (!v || typeof v !== 'object') return false;
  const t = v as Partial<Tagger>;
  return t.pos instanceof LinearModel && t.ner instanceof LinearModel && Array.isArray(t.lists) && typeof t.clusters === 'object';
}

/**
 * The name tagger `extract(article, { models })` runs: `models.tagger` when it
 * is a tagger (`loadTagger(dir)`: the cross-source evaluation's fold models),
 * none when it is `false` (lexicon and patterns only), the shipped one
 * (loaded on first use, not at import) when absent. Anything else is a
 * ModelError.
 */
export function taggerFrom(models: Readonly<Record<string, unknown>>): Tagger | undefined {
  const t = models['tagger'];
  if (t === false) return undefined;
  if (t === undefined) return defaultTagger();
  if (isTagger(t)) return t;
  throw new ModelError('models.tagger', 'not a tagger: pass loadTagger(dir), false for none, or leave it out for the shipped one');
}

export function defaultModels(): { pos: LinearModel } {
  return { pos: defaultPosModel() };
}

/** Penn Treebank tags of one sentence (words as strings or tokens) by the shipped POS model, or by `model`. */
export function posTag(words: ReadonlyArray<string | TagToken>, model: LinearModel = defaultPosModel()): string[] {
  return posTagWith(model, words);
}

/** `posTag` for tokens of `text` with their offsets (`text.slice(start, end) === text` for each). */
export function posTagIn(text: string, words: readonly TagToken[], model: LinearModel = defaultPosModel()): string[] {
  return posTagAt(model, text, words);
}

/**
 * The shipped POS model's tags of word lists, memoised in the disk cache
 * (./image.ts `posTagMemo`): for callers that tag the same few thousand word
 * lists at every start (the CAMEO patterns' words). Same tags as `posTag`.
 */
export function shippedPosTagMemo(what: string): { tag(words: string[]): string[]; save(): void } {
  return posTagMemo(what, () => readFileSync(MODEL_DIR + MODEL_FILES.pos), (words) => posTag(words));
}
