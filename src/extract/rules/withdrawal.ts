/**
 * Relation rules, family `withdraws_from`: who leaves a place ("pulled its
 * troops out of", "withdrew from").
 */
import type { RelationRule } from './types.ts';
import { ACTOR, PLACE_KIND } from './kinds.ts';

/** A force's own post and a preposition of place before the place it is in ("their base at", "the forward positions near"; lexicon militaryPosts). */
const OWN_POST_AT = `(?:their|its|the)\\s+(?:[\\w-]+\\s+)?{W:militaryPosts}\\s+(?:near|around|outside|in|at)\\s+(?:the\\s+)?`;

/** After "the", a place named after its kind and up to two words before it ("the town of X", "the northern border town of X"). */
const KIND_OF = `(?:(?<=\\bthe\\s+)(?:[\\p{Ll}-]+\\s+){0,2}?${PLACE_KIND}\\s+of\\s+)?`;

export const WITHDRAWAL_RULES: RelationRule[] = [
  {
    reason: 'withdraws-verb',
    type: 'withdraws_from',
    pattern: `{S:${ACTOR},country}{_}(?<![\\p{L}-]){V:withdraw}\\s+(?:(?:its|their|all|most|some|the)\\s+|⟦\\d+\\|[^⟧]*\\|poss⟧\\s+)?(?:(?:{W:forceNouns}|{MEMBER}s)\\s+)?(?:from|(?:out|back)\\s+(?:of|from))\\s+(?:the\\s+)?(?:(?:their\\s+|its\\s+)?(?:[\\w-]+\\s+)?(?:positions?|bases?|outposts?|areas|villages|lines|trenches)\\s+(?:near|around|outside|in|at|on\\s+the\\s+outskirts\\s+of)\\s+(?:the\\s+)?)?${KIND_OF}{T:place,camp}`,
    example: 'French troops will withdraw from Niger by the end of the year.',
    // (the particle "out" or "back": "pulled back from X"; its own men between, lexicon forceNouns and member roles: "pulled
    // its officers out of X")
    // (or from their positions or bases near or at it: "pulled back from positions near X", "withdrew from their position
    // at X")
    // (or from "the town of X")
    examples: ['Hezbollah pulled out of Qusayr in March.', 'Chadian troops pulled back from Faya to avoid encirclement.', 'Chadian troops pulled back from their forward positions near Faya.', 'The militia pulled out of the northern town of Agadez overnight.', 'The Tarvan Police pulled its officers out of Faya on Monday.', 'Chadian soldiers withdrew from their position at Faya after an ambush.'],
    confidence: 0.8,
    coord: true,
  },
  {
    // "left Mali", "evacuated the town": the place as the verb's object; a group, not a person (a person who leaves a
    // country is travelling) and not "left Mali's capital" (a place of the place)
    reason: 'withdraws-leaves',
    type: 'withdraws_from',
    pattern: `{S:armed_group,force,government,organization}{_}(?<![\\p{L}-])(?<!\\b(?:from|without)\\s+){V:withdraw}\\s+(?:the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${PLACE_KIND}\\s+of\\s+|${OWN_POST_AT}|the\\s+)?{T:place,camp}(?!['’]s|\\s*-|\\s+out\\s+of\\b)`,
    example: 'The African Union mission left Somalia at the end of 2024.',
    // (or their base or positions in it: "evacuated their hilltop base near X")
    examples: ['Under the truce, Jabhat al-Nusra evacuated Homs within a week.', 'The rebels left the town of Agadez after weeks of fighting.', 'Chadian troops evacuated their forward base near Faya overnight.'],
    confidence: 0.7,
    coord: true,
  },
  {
    // armed men who fled, vacated or abandoned a place, or their base or positions in it (verb class `abandon`): said of
    // civilians too ("residents fled X"), so of armed groups and forces only
    reason: 'withdraws-abandons',
    type: 'withdraws_from',
    // (the verb a few lower-case words after them, none opening another clause: "militants fled", "had hastily
    // abandoned", not "the SDF to let them flee"; never after an article, where its participle describes a place,
    // "entered the abandoned base")
    pattern: `{S:armed_group,force}(?:\\s+(?!(?:to|who|which|that|let|and|but|or|as|after|before|while|when)\\s)[\\p{Ll}'’-]+){0,3}?\\s+(?<![\\p{L}-])(?<!\\b(?:the|an?)\\s+){V:abandon}\\s+(?:the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${PLACE_KIND}\\s+of\\s+|${OWN_POST_AT}|the\\s+)?{T:place,camp}(?!['’]s|\\s*-)`,
    example: 'Rebel fighters fled the town of Baro as the army advanced.',
    examples: ['Chadian troops vacated their base at Faya on Monday.', 'The Kessar Front abandoned Gouro after a week of shelling.'],
    confidence: 0.7,
    coord: true,
  },
  {
    // a group driven out of a place leaves it (verb class `drive-out`): in the passive ("was pushed out of X", "were
    // expelled from X"), or in the past, active ("drove the militants out of X"); not a goal ("clearing X from Y")
    reason: 'withdraws-driven-out',
    type: 'withdraws_from',
    pattern: `{S:armed_group,force,government}{_}\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been|being|got)\\s+(?:\\w+ly\\s+)?{V:drive-out:pp}\\s+(?:out\\s+)?(?:of|from)\\s+(?:the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${PLACE_KIND}\\s+of\\s+|the\\s+)?{T:place,camp}`,
    example: 'The Tarvan Front was driven out of Faya after a week of fighting.',
    examples: ['Fighters of the Nasr Front were expelled from Gao in May.'],
    confidence: 0.7,
  },
  {
    reason: 'withdraws-driven-out-active',
    type: 'withdraws_from',
    pattern: `{V:drive-out:past}\\s+(?:the\\s+)?{S:armed_group,force}\\s+(?:fighters\\s+|militants\\s+)?(?:out\\s+of|out\\s+from|from)\\s+(?:the\\s+)?(?:(?:city|town|village|port)\\s+of\\s+)?{T:place,camp}`,
    example: 'Malian troops drove the Tarvan Front out of Kidal in March.',
    confidence: 0.7,
  },
  {
    reason: 'withdraws-nominal',
    type: 'withdraws_from',
    // (or its possessive pronoun, which the mask keeps before the noun: "completed its withdrawal from X")
    // (a plural name's possessive is its mark alone: "the Kessar Brigades' withdrawal from X"; a place may be named after
    // its kind: "from the town of X")
    pattern: `{S:${ACTOR},country}(?:['’]s?)?\\s+(?:[\\w-]+\\s+)?{W:withdrawalNouns:bare}\\s+from\\s+(?:the\\s+)?${KIND_OF}{T:place,camp}`,
    example: "Turkey's withdrawal from Afrin was announced on Friday.",
    examples: ['The Tarvan Front completed its withdrawal from Kidal on Monday.', "The Kessar Brigades' withdrawal from the town of Faya was confirmed."],
    confidence: 0.7,
  },
  {
    reason: 'withdraws-nominal-of',
    type: 'withdraws_from',
    // ... and the party after "of" ("the withdrawal of X from Y")
    pattern: `{W:withdrawalNouns:bare}\\s+of\\s+(?:the\\s+)?(?:(?:last|remaining|its|their)\\s+)?{S:${ACTOR},country}\\s+(?:[\\w-]+\\s+)?from\\s+(?:the\\s+)?${KIND_OF}{T:place,camp}`,
    example: 'The withdrawal of the Kessar Brigades from Faya began on Monday.',
    examples: ['The withdrawal of the Tarvan Front from the village of Dorra was completed.'],
    confidence: 0.7,
  },
];
