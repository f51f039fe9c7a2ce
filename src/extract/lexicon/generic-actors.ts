/**
 * lexicon/generic-actors.json, checked: which generic agents of the Phoenix
 * dictionary become actor or force mentions (src/extract/events/actors.ts).
 * Read on first use; a damaged file is a LexiconError naming the entry.
 */
import data from './generic-actors.json' with { type: 'json' };
import { LexiconError } from '../../errors.ts';
import { pluralize } from './inflect.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import { loadAgents } from './petrarch/index.ts';

export interface GenericSector {
  label?: string;
  needsCountry?: boolean;
  byNoun?: boolean;
  byMonth?: boolean;
  /** A node only when the phrase names its country or counts its people ("Palestinian farmers", "12 people", "a journalist"). */
  countedOrNamed?: boolean;
  reason: string;
}

export interface GenericActorWords {
  sectors: Readonly<Record<string, GenericSector>>;
  unidentified: readonly string[];
  /** Words that make civilians armed men ("armed youth"). */
  arming: readonly string[];
  /** Words between a country and the body it names ("Mali's transitional government"). */
  qualifiers: readonly string[];
  personHeads: readonly string[];
  /** Role nouns of people of standing whom an event is done to ("arrested the opposition leader"): events/role-people.ts. */
  rolePeople: readonly string[];
  /**
   * `body`: the noun names a body of people though its last word is no person head ("opposition group"); `hardware`:
   * a weapon or vehicle that stands for its country's forces, as CAMEO's synonym sets of aircraft and weapons do.
   */
  extraAgents: ReadonlyArray<{ noun: string; code: string; plural?: string[]; needsCountry?: boolean; body?: boolean; hardware?: boolean; reason: string }>;
}

const FILE = 'src/extract/lexicon/generic-actors.json';
let checked: GenericActorWords | undefined;

export function genericActorWords(): GenericActorWords {
  if (checked) return checked;
  const d = data as unknown as Record<string, unknown>;
  const fail = (entry: string, why: string): never => {
    throw new LexiconError(FILE, `${entry}: ${why}`);
  };
  const sectors = d.sectors as Record<string, GenericSector> | undefined;
  if (!sectors || typeof sectors !== 'object') fail('sectors', 'expected an object');
  for (const [code, s] of Object.entries(sectors!)) {
    if (!/^[A-Z]{3}$/.test(code)) fail(`sectors.${code}`, 'expected a three-letter sector code');
    if (typeof s.reason !== 'string' || !s.reason) fail(`sectors.${code}`, 'needs a reason');
    if (!s.label && !s.byNoun) fail(`sectors.${code}`, 'needs a label or byNoun');
  }
  const words = (key: string): string[] => {
    const v = (d[key] as { words?: unknown } | undefined)?.words;
    if (!Array.isArray(v) || !v.every((w) => typeof w === 'string' && w === w.toLowerCase() && w.length > 0)) fail(`${key}.words`, 'expected lower-case words');
    return v as string[];
  };
  const extra = d.extraAgents as GenericActorWords['extraAgents'];
  if (!Array.isArray(extra)) fail('extraAgents', 'expected an array');
  extra.forEach((x, i) => {
    if (typeof x.noun !== 'string' || !/^~[A-Z]{3}/.test(x.code) || typeof x.reason !== 'string') fail(`extraAgents[${i}]`, 'needs noun, code (~XXX) and reason');
  });
  checked = { sectors: sectors!, unidentified: words('unidentified'), arming: words('arming'), qualifiers: words('qualifiers'), personHeads: words('personHeads'), rolePeople: words('rolePeople'), extraAgents: extra };
  return checked;
}

/**
 * One-word nouns of armed men who are no state's, with their plurals ("militants", "rebels", "militiamen",
 * "separatists"): Phoenix's rebel and unidentified-armed agents (REB, UAF) whose word names people (`personHeads`).
 * A name right before one is the group's ("Fano militiamen", "SPLA-IO fighters": mentions/patterns.ts).
 */
export function combatantNouns(agents: ReadonlyArray<{ noun: string; primary: string; plural?: readonly string[] }>): string[] {
  const people = new Set(genericActorWords().personHeads);
  const out = new Set<string>();
  for (const a of agents) {
    if ((a.primary !== 'REB' && a.primary !== 'UAF') || /[\s_]/.test(a.noun) || !people.has(a.noun)) continue;
    out.add(a.noun);
    for (const p of a.plural?.length ? a.plural : [pluralize(a.noun)]) out.add(p);
  }
  return [...out].sort();
}

/**
 * The shipped nouns of armed men who are no state's ("militants", "rebels": `combatantNouns` of Phoenix's agents and
 * of the lexicon's extra agents),
 * from the disk cache when it holds them (a warm start reads no PETRARCH dictionary).
 */
export function shippedCombatantNouns(): string[] {
  // (and the nouns Phoenix lacks, "attacker": extraAgents; not those written as plural only, "factions", which stand
  // after adjectives as often as after a group's name: "Turkey-loyal factions")
  const extra = () => genericActorWords().extraAgents.filter((x) => !x.plural?.includes(x.noun)).map((x) => ({ noun: x.noun, primary: x.code.slice(1, 4), ...(x.plural ? { plural: x.plural } : {}) }));
  return cachedTable('combatant-nouns', () => combatantNouns([...loadAgents(), ...extra()]));
}

let combatantSet: ReadonlySet<string> | undefined;
/** `shippedCombatantNouns` as a set, lower case. */
export function combatantNounSet(): ReadonlySet<string> {
  return (combatantSet ??= new Set(shippedCombatantNouns().map((w) => w.toLowerCase())));
}
