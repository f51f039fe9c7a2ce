/**
 * `npm run train`: train the tagger models that ship in
 * src/extract/tagger/models/ (POS, NER) from ../shared/data (never CoNLL).
 *
 *   npm run train                       POS + NER, written to src/extract/tagger/models/
 *   npm run train -- --quick            a small slice, 2 epochs, written to .cache/tagger-quick/ (a smoke test)
 *   npm run train -- --only ner         NER only (reuses the POS model in --out, or the shipped one)
 *   npm run train -- --exclude centcom  leave a re3d publisher out (the cross-source folds)
 *   npm run train -- --clusters         rebuild the word-cluster map first (installs GloVe vectors into a temp prefix)
 *   npm run train -- --out DIR --shared DIR --seed N
 *
 * Deterministic for a given seed and data. Prints what it read and the
 * held-out POS accuracy (the last 5% of GMB, not trained on).
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadClusters } from '../../src/extract/tagger/clusters.ts';
import { encodeModel } from '../../src/extract/tagger/format.ts';
import { LinearModel } from '../../src/extract/tagger/linear.ts';
import { MODEL_DIR, MODEL_FILES, defaultNameLists, loadModelFile } from '../../src/extract/tagger/models.ts';
import { compileNameList } from '../../src/extract/tagger/name-lists.ts';
import { POS_FEATURE_SET } from '../../src/extract/tagger/pos-features.ts';
import { readGmb } from './gmb.ts';
import { columnDocs, gmbDocs, re3dDocs, type NerDoc } from './ner-data.ts';
import { posAccuracy, trainPos } from './train-pos.ts';
import { trainNer } from './train-ner.ts';
import { writeClusters } from './clusters.ts';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface TrainOptions {
  shared: string;
  out: string;
  quick: boolean;
  only?: 'pos' | 'ner';
  /** re3d publisher folders left out of training */
  exclude: string[];
  seed: number;
  log: (s: string) => void;
}

/** The recipe: what `npm run train` (and each cross-source fold) uses. */
export const RECIPE = {
  pos: { epochs: 5, minCount: 2 },
  /** GMB is silver and 80% of the data: its first `gmbSentences` are enough, and keep training (x6 with the folds) within minutes */
  ner: { epochs: 5, minCount: 2, gmbSentences: 16000, repeat: { gmb: 1, wikigold: 1, btc: 1, wnut17: 1, re3d: 3 } as Record<string, number> },
  quick: { gmbSentences: 1500, otherDocs: 40, epochs: 2 },
  seed: 20261202,
};

/** NER training documents: ner-train + re3d-dev minus the excluded publishers. */
export function nerTrainingDocs(shared: string, exclude: readonly string[], quick: boolean, log: (s: string) => void): NerDoc[] {
  const data = join(shared, 'data');
  const demonyms = new Set<string>();
  const gmb = readGmb(join(data, 'ner-train', 'gmb', 'ner_dataset.csv'), [], quick ? RECIPE.quick.gmbSentences : RECIPE.ner.gmbSentences);
  const docs: NerDoc[] = gmbDocs(gmb, demonyms);
  for (const d of defaultNameLists()[0]!.names) if (d.value === 'NORP') demonyms.add(d.name);
  const cap = (xs: NerDoc[]) => (quick ? xs.slice(0, RECIPE.quick.otherDocs) : xs);
  docs.push(...cap(columnDocs(join(data, 'ner-train', 'wikigold', 'wikigold.conll.txt'), 'wikigold', demonyms, { io: true })));
  for (const f of ['a', 'b', 'e', 'f', 'g', 'h'])
    docs.push(...cap(columnDocs(join(data, 'ner-train', 'btc', `${f}.conll`), 'btc', demonyms, { perSentence: true })));
  docs.push(...cap(columnDocs(join(data, 'ner-train', 'wnut17', 'wnut17train.conll'), 'wnut17', demonyms, { perSentence: true })));
  const re3d = re3dDocs(join(data, 're3d-dev')).filter((d) => !exclude.includes(d.source));
  docs.push(...re3d.map((d) => ({ source: 're3d', sentences: d.sentences })));
  const by = new Map<string, number>();
  for (const d of docs) by.set(d.source, (by.get(d.source) ?? 0) + d.sentences.length);
  log(`ner data (sentences): ${[...by].map(([k, v]) => `${k} ${v}`).join(', ')}${exclude.length ? `; re3d without ${exclude.join(', ')}` : ''}`);
  return docs;
}

export async function train(o: TrainOptions): Promise<void> {
  const t0 = performance.now();
  mkdirSync(o.out, { recursive: true });
  const data = join(o.shared, 'data');
  if (!existsSync(join(data, 'ner-train'))) throw new Error(`no training data under ${data}/ner-train`);
  // the cluster map travels with the models
  const clusterFile = join(o.out, MODEL_FILES.clusters);
  if (resolve(o.out) !== resolve(MODEL_DIR) && !existsSync(clusterFile)) copyFileSync(join(MODEL_DIR, MODEL_FILES.clusters), clusterFile);
  let posModel: LinearModel | undefined;
  if (o.only !== 'ner') {
    // held out: the last 5% of GMB (a quick run: the 300 sentences after its slice)
    const all = readGmb(join(data, 'ner-train', 'gmb', 'ner_dataset.csv'), [], o.quick ? RECIPE.quick.gmbSentences + 300 : Infinity);
    const cut = o.quick ? RECIPE.quick.gmbSentences : Math.floor(all.length * 0.95);
    const trainSet = all.slice(0, cut);
    const heldOut = all.slice(cut);
    const epochs = o.quick ? RECIPE.quick.epochs : RECIPE.pos.epochs;
    const d = trainPos(trainSet, { epochs, seed: o.seed, minCount: RECIPE.pos.minCount, log: o.log });
    const buf = encodeModel({ ...d, meta: { ...d.meta, trainedOn: 'GMB (ner-train/gmb), first 95% of sentences', quick: o.quick } });
    writeFileSync(join(o.out, MODEL_FILES.pos), buf);
    posModel = loadModelFile(join(o.out, MODEL_FILES.pos), 'pos', POS_FEATURE_SET);
    const acc = posAccuracy(posModel, heldOut);
    o.log(`pos: held-out GMB accuracy ${acc.accuracy.toFixed(4)} over ${acc.tokens} tokens; ${(buf.length / 1e6).toFixed(2)} MB`);
  }
  if (o.only !== 'pos') {
    posModel ??= loadModelFile(
      existsSync(join(o.out, MODEL_FILES.pos)) ? join(o.out, MODEL_FILES.pos) : join(MODEL_DIR, MODEL_FILES.pos),
      'pos',
      POS_FEATURE_SET,
    );
    const clusters = loadClusters(clusterFile);
    const lists = defaultNameLists().map(compileNameList);
    const docs = nerTrainingDocs(o.shared, o.exclude, o.quick, o.log);
    const d = trainNer(docs, { pos: posModel, clusters, lists }, {
      epochs: o.quick ? RECIPE.quick.epochs : RECIPE.ner.epochs,
      seed: o.seed,
      minCount: RECIPE.ner.minCount,
      repeat: RECIPE.ner.repeat,
      log: o.log,
      meta: { exclude: o.exclude, quick: o.quick },
    });
    const buf = encodeModel(d, 1e-3);
    writeFileSync(join(o.out, MODEL_FILES.ner), buf);
    o.log(`ner: ${(buf.length / 1e6).toFixed(2)} MB`);
  }
  o.log(`train: done in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${o.out}`);
}

const HELP = `Usage: npm run train [-- --quick] [--only pos|ner] [--exclude PUBLISHER]... [--clusters [--embeddings PREFIX]] [--out DIR] [--shared DIR] [--seed N]\n`;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean' },
        only: { type: 'string' },
        exclude: { type: 'string', multiple: true },
        clusters: { type: 'boolean' },
        embeddings: { type: 'string' },
        out: { type: 'string' },
        shared: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`UsageError: ${(e as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.only && values.only !== 'pos' && values.only !== 'ner') {
    process.stderr.write(`UsageError: --only must be pos or ner\n`);
    return 2;
  }
  const log = (s: string) => process.stdout.write(s + '\n');
  const out = resolve(values.out ?? (values.quick ? join(REPO, '.cache', 'tagger-quick') : MODEL_DIR));
  if (values.clusters) writeClusters(join(MODEL_DIR, MODEL_FILES.clusters), values.embeddings, log);
  try {
    await train({
      shared: resolve(values.shared ?? join(REPO, '..', 'shared')),
      out,
      quick: !!values.quick,
      only: values.only as 'pos' | 'ner' | undefined,
      exclude: values.exclude ?? [],
      seed: values.seed ? Number(values.seed) : RECIPE.seed,
      log,
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).name}: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
