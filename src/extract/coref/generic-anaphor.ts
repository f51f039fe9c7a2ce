/**
 * Unnamed armed men told of again by another noun: "Unidentified assailants shot dead a judge in Kadara. Police said
 * the assailants fled", "Gunmen stormed the market. The attackers then set fire to it". Each generic noun is a node of
 * its own (events/actors.ts: "gunmen (Kenya, 2026-05)"), so without this the report would hold two sets of men where
 * it tells of one. A definite plural of unnamed armed men ("the" right before its bare noun) refers back to the
 * nearest unnamed armed men told of in the GENERIC_ANAPHOR_REACH sentences before it, when no armed group is named
 * between them and the men before are no group's own ("its fighters"): it takes their node. Men the article told of by
 * that noun already are those men ("the rebels" after "rebels"); men named with words of their own ("the Somali
 * militants", "the unidentified gunmen") keep their node, and so do men their sentence already sets against the others
 * ("the fighters clashed with the gunmen"). An anaphor of armed men ("the attackers", mentions/patterns.ts), which the
 * resolver would send to the armed group named last however far back, is those men too when no armed group is named
 * in those sentences at all.
 */
import type { RawMention } from '../types.ts';

export const GENERIC_ANAPHOR = {
  reason: 'generic-definite-anaphor',
  example: 'Masked gunmen raided a clinic in Tarsa. The attackers later fled towards the border.',
  /** The mentions of one node. */
  expect: ['Masked gunmen', 'attackers'],
} as const;

/** How many sentences back the men referred to may be told of (the sentence before, and two more). */
export const GENERIC_ANAPHOR_REACH = 3;

/** "the" right before the noun, nothing between. */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/** An anaphor of armed men: "the" and one noun of armed men who are no state's (lexicon combatantNouns). */
const DEFINITE_ANAPHOR = /^[Tt]he\s+(\p{Ll}+)$/u;
/** A possessive right before a noun: "its fighters", "the Front's gunmen". */
const POSSESSED_BEFORE = /(?:(?:^|[^\p{L}])(?:its|their)|\p{L}['’]s?)\s+$/u;
/** A bare noun in lower case: no words of its own that name whom the men are ("Somali", "unidentified"). */
const BARE_NOUN = /^\p{Ll}+$/u;

/** A generic actor of unnamed armed men: Phoenix's armed sectors that are no state's, typed armed groups (gunmen, militants, rebels). */
function unnamedArmed(m: RawMention): boolean {
  return m.rule === 'generic-actor' && m.kind === 'actor' && m.type === 'armed_group' && !m.via && !!m.canonical?.startsWith('generic:');
}

/** An armed group named as such (not a state's forces): between two mentions of men, the men may be its. */
function namedArmedGroup(m: RawMention): boolean {
  return m.type === 'armed_group' && m.rule !== 'generic-actor' && !m.canonical?.startsWith('generic:');
}

/**
 * `mentions` (sorted by start) with each definite generic of unnamed armed men relabelled as the men it refers back to;
 * `ranges[k]` is the index range of sentence k's mentions. The same array when nothing changes.
 */
export function definiteGenericAnaphors(text: string, mentions: readonly RawMention[], ranges: ReadonlyArray<readonly [number, number]>, combatants: ReadonlySet<string>): readonly RawMention[] {
  if (!mentions.some((m) => unnamedArmed(m))) return mentions;
  const sentenceOf = new Int32Array(mentions.length).fill(-1);
  ranges.forEach(([first, last], k) => sentenceOf.fill(k, first, last));
  let out: RawMention[] | undefined;
  // the nodes of unnamed armed men told of so far
  const seen = new Set<string>();
  const namedWithin = (i: number, here: number): boolean => {
    for (let j = i - 1; j >= 0 && (sentenceOf[j]! < 0 || here - sentenceOf[j]! <= GENERIC_ANAPHOR_REACH); j--) if (namedArmedGroup(mentions[j]!)) return true;
    return false;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = (out ?? mentions)[i]!;
    const before = i > 0 ? (out ?? mentions)[i - 1]! : undefined;
    if (before && unnamedArmed(before)) seen.add(before.canonical!);
    const generic = unnamedArmed(m) && BARE_NOUN.test(m.text) && DEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start));
    // (or an anaphor of armed men, "the attackers", that the resolver would send to a group named further back)
    const anaphor = !generic && !!m.anaphor && !m.via && m.type === 'armed_group' && combatants.has(DEFINITE_ANAPHOR.exec(m.text)?.[1] ?? '');
    if (!generic && !anaphor) continue;
    const here = sentenceOf[i]!;
    if (here < 0) continue;
    // (a generic the article told of by its own noun before is those men: "the rebels" after "rebels")
    if (generic && seen.has(m.canonical!)) continue;
    // the nearest unnamed or named armed men told of before this sentence, no armed group named between
    let ante: RawMention | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const x = (out ?? mentions)[j]!;
      const k = sentenceOf[j]!;
      if (k < 0) continue;
      if (here - k > GENERIC_ANAPHOR_REACH) break;
      // (men a group is said to have, "its fighters", "the Front's gunmen", are that group's: as a name)
      if (namedArmedGroup(x) || (unnamedArmed(x) && POSSESSED_BEFORE.test(text.slice(Math.max(0, x.start - 8), x.start)))) break;
      if (k !== here && unnamedArmed(x)) {
        ante = x;
        break;
      }
    }
    if (!ante || ante.canonical === m.canonical) continue;
    // (an anaphor only where no armed group is named in those sentences at all: where one is, the men are often its)
    if (anaphor && namedWithin(i, here)) continue;
    // (not when this sentence tells of those men too: two sides)
    const [first, last] = ranges[here]!;
    let both = false;
    for (let j = first; j < last && !both; j++) both = j !== i && (out ?? mentions)[j]!.canonical === ante.canonical;
    if (both) continue;
    out ??= [...mentions];
    if (generic) out[i] = { ...m, label: ante.label, canonical: ante.canonical };
    else {
      const { anaphor: _, ...rest } = m;
      out[i] = { ...rest, kind: ante.kind, type: ante.type, rule: ante.rule, label: ante.label, canonical: ante.canonical };
    }
  }
  return out ?? mentions;
}
