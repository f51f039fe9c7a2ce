/**
 * The lexicon's one validator: a small schema language and a check that
 * throws a `LexiconError` naming the file and the bad entry
 * (`words.json: speechVerbs[3]: expected a string, got 12`).
 *
 * Schemas are data: `'string'`, `{ array: s }`, `{ record: s }` (an object
 * of any keys), `{ object: { key: s }, optional: [...] }` (no other keys
 * allowed, so a misspelt key is an error), `{ oneOf: [...] }` (a string from
 * a closed set), `{ slug: true }` (a lower-case id like "isis").
 */
import { LexiconError } from '../../errors.ts';

export type Schema =
  | 'string'
  | 'number'
  | { array: Schema; nonEmpty?: boolean }
  | { record: Schema }
  | { object: Record<string, Schema>; optional?: readonly string[] }
  | { oneOf: readonly string[] }
  | { slug: true }
  | { anyOf: readonly Schema[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const show = (x: unknown): string => (JSON.stringify(x) ?? String(x)).slice(0, 80);

/** The name of an array item in error messages: its index, and its id when it has one. */
function itemName(path: string, i: number, item: unknown): string {
  const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? ` (id "${(item as { id: string }).id}")` : '';
  return `${path}[${i}]${id}`;
}

/** Check `data` against `schema`; throw a LexiconError naming `file` and the path of the first bad value. */
export function check(file: string, data: unknown, schema: Schema, path = ''): void {
  const fail = (what: string): never => {
    throw new LexiconError(file, `${path || '(top level)'}: ${what}`);
  };
  if (schema === 'string') {
    if (typeof data !== 'string' || data.trim() === '') fail(`expected a non-empty string, got ${show(data)}`);
    return;
  }
  if (schema === 'number') {
    if (typeof data !== 'number' || !Number.isFinite(data)) fail(`expected a number, got ${show(data)}`);
    return;
  }
  if ('anyOf' in schema) {
    for (const s of schema.anyOf) {
      try {
        return check(file, data, s, path);
      } catch {
        // try the next alternative
      }
    }
    return fail(`no alternative fits ${show(data)}`);
  }
  if ('slug' in schema) {
    if (typeof data !== 'string' || !SLUG.test(data)) fail(`expected a lower-case id like "isis", got ${show(data)}`);
    return;
  }
  if ('oneOf' in schema) {
    if (typeof data !== 'string' || !schema.oneOf.includes(data)) fail(`expected one of ${schema.oneOf.join(', ')}, got ${show(data)}`);
    return;
  }
  if ('array' in schema) {
    if (!Array.isArray(data)) return void fail(`expected an array, got ${show(data)}`);
    if (schema.nonEmpty && data.length === 0) fail('expected a non-empty array');
    data.forEach((item, i) => check(file, item, schema.array, itemName(path, i, item)));
    return;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return void fail(`expected an object, got ${show(data)}`);
  const obj = data as Record<string, unknown>;
  if ('record' in schema) {
    for (const [k, v] of Object.entries(obj)) check(file, v, schema.record, path ? `${path}.${k}` : k);
    return;
  }
  for (const k of Object.keys(obj)) {
    if (!(k in schema.object)) fail(`unknown key "${k}" (allowed: ${Object.keys(schema.object).join(', ')})`);
  }
  for (const [k, s] of Object.entries(schema.object)) {
    const at = path ? `${path}.${k}` : k;
    if (obj[k] === undefined) {
      if (!schema.optional?.includes(k)) throw new LexiconError(file, `${at}: missing`);
      continue;
    }
    check(file, obj[k], s, at);
  }
}

const strings: Schema = { array: 'string' };
const stringsByKey = (keys: readonly string[]): Schema => ({ object: Object.fromEntries(keys.map((k) => [k, strings])) });
/** Free-text keys every file may carry. */
const ABOUT = { reason: 'string', note: 'string', about: 'string' } as const;
const ABOUT_KEYS = ['note', 'about'] as const;

export function entitySchema(types: readonly string[]): Schema {
  return {
    object: {
      ...ABOUT,
      entries: {
        array: {
          object: {
            id: { slug: true },
            label: 'string',
            type: { oneOf: types },
            aliases: strings,
            demonyms: strings,
            related: { array: { object: { id: { slug: true }, relation: 'string' } } },
            in: { slug: true },
            countries: { array: { slug: true }, nonEmpty: true },
          },
          optional: ['aliases', 'demonyms', 'related', 'in', 'countries'],
        },
      },
    },
    optional: ABOUT_KEYS,
  };
}

export const TITLES_SCHEMA: Schema = { object: { ...ABOUT, titles: { array: 'string', nonEmpty: true } }, optional: ABOUT_KEYS };

export const ROLES_SCHEMA: Schema = { object: { ...ABOUT, leads: strings, member: strings }, optional: ABOUT_KEYS };

export const WORDS_SCHEMA: Schema = {
  object: {
    ...ABOUT,
    forceNouns: strings,
    forceAdjectives: strings,
    unitEchelons: strings,
    ideologyAdjectives: strings,
    communityAdjectives: strings,
    anaphors: stringsByKey(['armed_group', 'force', 'person']),
    orgOpeners: stringsByKey(['armed_group', 'media']),
    orgHeads: stringsByKey(['force', 'armed_group', 'government', 'media', 'organization']),
    placeHeads: stringsByKey(['region', 'site', 'city']),
    regionPrefixes: strings,
    directions: strings,
    phraseEnders: strings,
    titleCaseSmallWords: strings,
    namePossessives: strings,
    nameParticles: strings,
    hedges: strings,
    negations: strings,
    notNames: strings,
    offices: strings,
    collectives: strings,
    victimNouns: strings,
    victimAdjectives: strings,
    conflictNouns: strings,
    toTargetActs: { record: 'string' },
    onTargetHarms: strings,
    withdrawalNouns: strings,
    munitionNouns: strings,
    holdNouns: strings,
    statementNouns: strings,
    weaponModelHeads: strings,
    attackNouns: strings,
    partNouns: strings,
    groupStatusWords: strings,
    placeUnitWords: strings,
    settlementNouns: strings,
    bandArticles: strings,
    placeKindModifiers: strings,
    anaphorPartNouns: strings,
    shipClasses: strings,
    branchHeads: strings,
    militaryPosts: strings,
    allyNouns: strings,
    bondNouns: strings,
    aidNouns: strings,
    partitiveWords: strings,
    postnominalAdjectives: strings,
    attributiveParticiples: strings,
    grievanceNouns: strings,
    alignmentPrefixes: stringsByKey(['for', 'against']),
    contestNouns: strings,
    dwellingNouns: strings,
    portfolioHeads: strings,
    quantityWords: strings,
    statePostWords: strings,
    stateNouns: strings,
    repressionMeans: strings,
    custodyNouns: strings,
    allianceNouns: strings,
    placePrepositions: strings,
    sidePrepositions: strings,
    sideNouns: strings,
    campaignNouns: strings,
    days: strings,
    anaphorGroupAdjectives: strings,
    deviceNouns: strings,
    formerWords: strings,
    anaphorGroupNouns: strings,
    claimNouns: strings,
    facilityNouns: strings,
    placePrefixes: strings,
    communities: strings,
    peopleNouns: strings,
    bareTitleWords: strings,
    eventHeads: strings,
    documentHeads: strings,
    eventTails: strings,
    nameOpeners: strings,
    orgContext: stringsByKey(['before', 'after', 'peopleOf', 'afterBare', 'forceAfter', 'apposed', 'media']),
    placeContext: stringsByKey(['prepositions', 'nounsOf']),
    tribeHeads: strings,
    months: strings,
    stopCaps: strings,
    abbreviations: strings,
    numberWords: { record: 'number' },
    warshipPrefixes: strings,
    compoundSuffixes: strings,
    transcriptHonorifics: strings,
    materielNouns: strings,
    placePartNouns: strings,
    interviewerRoles: strings,
    pronouns: stringsByKey(['male', 'female', 'plural', 'neuter', 'first']),
    pairWords: strings,
    descriptions: stringsByKey(['city', 'country', 'region', 'government', 'force']),
    nationalArmyNames: strings,
    abroadNouns: strings,
    personNouns: stringsByKey(['male', 'female', 'any']),
    genderedTitles: stringsByKey(['male', 'female']),
    metadataKeys: strings,
    citationMarks: strings,
  },
  optional: ABOUT_KEYS,
};

export const IDENTITY_SCHEMA: Schema = {
  object: { ...ABOUT, titleWords: strings, titleGlue: strings, titleDemonyms: strings, pluralHeads: strings, campDescriptors: strings },
  optional: ABOUT_KEYS,
};

export const VERBS_SCHEMA: Schema = {
  object: {
    ...ABOUT,
    classes: {
      record: {
        object: { about: 'string', verbs: { array: 'string', nonEmpty: true }, cameo: 'string' },
        optional: ['cameo'],
      },
    },
  },
  optional: ABOUT_KEYS,
};

const form: Schema = { anyOf: ['string', { array: 'string', nonEmpty: true }] };
const formsSchema: Schema = { object: { s: form, past: form, pp: form, ing: form }, optional: ['s', 'past', 'pp', 'ing'] };

export const INFLECTIONS_SCHEMA: Schema = {
  object: { ...ABOUT, irregular: { record: formsSchema }, nounForms: strings, doubleFinal: strings },
  optional: ABOUT_KEYS,
};
