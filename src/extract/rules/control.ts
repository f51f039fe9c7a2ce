/**
 * Relation rules, family `leads` (places): which group controls a place
 * (re3d's "in charge of").
 */
import type { RelationRule } from './types.ts';
import { COMPASS_ADJ, PLACE_KIND } from './kinds.ts';

/** Before a slot: the mention is not the object of a preposition ("Mosul in Northern Iraq was taken": Iraq is not what was taken), unless it names a city ("the city of Mosul"). */
const NOT_AN_OBJECT = '(?<!(?<!\\b(?:city|town|village|province|district|region|governorate)\\s+)\\b(?:in|of|near|at|from|to|across|inside|with|by|for|on|against)\\s+(?:the\\s+)?(?:northern\\s+|southern\\s+|eastern\\s+|western\\s+|central\\s+)?)';

/** A place, then its being or falling in a party's hands, up to the party ("X, which remains in", "X fell into"). */
const IN_HANDS = `${NOT_AN_OBJECT}{T:place,camp}(?:\\s*,?\\s+(?:which|that))?\\s+(?:is|was|were|are|has\\s+been|had\\s+been|have\\s+been|remains|remained|stays|stayed|fell|has\\s+fallen|had\\s+fallen)\\s+(?:still\\s+|now\\s+|firmly\\s+|largely\\s+|back\\s+)?in(?:to)?\\s+`;

export const CONTROL_RULES: RelationRule[] = [
  {
    reason: 'leads-controls-passive',
    type: 'leads',
    // (a site's kind after the name and a relative word: "the Bab al-Hawa crossing, which is controlled by X")
    pattern: `${NOT_AN_OBJECT}{T:place,camp}(?:\\s+(?:in|near)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?{X})?(?:\\s+(?:border\\s+)?(?:crossing|airport|airbase|base|dam|bridge|highway|road|area|district|region))?(?:\\s*,?\\s+(?:which|that))?\\s+(?:is|was|were|are|has\\s+been|had\\s+been|have\\s+been|remains|remained)\\s+(?:[\\w-]+\\s+){0,4}?{V:control:pp}\\s+by\\s+(?:the\\s+)?{S:armed_group,force,government}`,
    example: 'Sirte was the last city held by ISIS in Libya.',
    examples: ['Since March, Sirte has been firmly held by ISIS fighters.', 'Convoys use the Tillia crossing, which is controlled by the Kessar Brigades.'],
    confidence: 0.75,
  },
  {
    reason: 'leads-controls-passive-apposed',
    type: 'leads',
    // ... and in a description apposed to the place ("X, a town still held by Y,")
    pattern: `{T:place,camp}\\s*,\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?{V:control:pp}\\s+by\\s+(?:the\\s+)?{S:armed_group,force,government}`,
    example: 'Rebels shelled the road to Kidal, a town still held by the Kessar Brigades.',
    examples: ['Aid reached Mopti, the only city controlled by the Tarvan Front.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-controls-fall-to',
    type: 'leads',
    pattern: `(?:fall|capture|seizure)\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?{T:place,camp}\\s+to\\s+(?:the\\s+)?{S:armed_group,force,government}`,
    example: 'Two years after the fall of Kunduz to the Taliban, the city remains tense.',
    examples: ['Markets emptied within days of the fall of Kabul to the Taliban.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-controls-verb',
    type: 'leads',
    pattern: `{S:armed_group,force,government}\\s+(?:(?:has|had|have|now|still)\\s+)*{V:gain}\\s+(?:full\\s+|total\\s+|effective\\s+|complete\\s+)?control\\s+(?:of|over)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?{T:place,camp}`,
    example: 'Al-Shabaab has had full control of Jilib since 2014.',
    examples: ['By noon the Houthis had seized control of the airport in Sanaa.'],
    confidence: 0.75,
  },
  {
    reason: 'leads-controls-hands',
    type: 'leads',
    // a place said to be, or to have fallen, in a group's hands ("in X's hands", "in X hands")
    pattern: `${IN_HANDS}(?:the\\s+)?{S:armed_group,force,government}(?:['’]s?)?\\s+hands\\b`,
    example: 'Aid cannot reach Gouro, which remains in Tarvan Front hands.',
    examples: ["Faya fell into the Tarvan Front's hands in 2019."],
    confidence: 0.7,
  },
  {
    reason: 'leads-controls-hands-of',
    type: 'leads',
    // ... "in the hands of X"
    pattern: `${IN_HANDS}the\\s+hands\\s+of\\s+(?:the\\s+)?{S:armed_group,force,government}`,
    example: 'By March, Kidal was firmly in the hands of the Kessar Brigades.',
    confidence: 0.7,
  },
  {
    reason: 'leads-controls-active',
    type: 'leads',
    // a group that controls, occupies or governs a place, named right after the verb, after its kind ("the port city of
    // X", "the capital X") or a share of it ("most of X"); verb class rule-over
    // (the verb right after the group, its relative word or auxiliaries: no gap another clause may fill, "the government
    // and rebels that controlled X"; a long aside is left out by the second reading, engine.ts; the base form only right
    // after the group, never the noun "control" of "battled for control of X")
    pattern: `{S:armed_group,force,government,organization}(?:\\s*,?\\s+(?:which|who|that))?(?:\\s+(?:has|have|had|now|still|also|effectively|largely|only|currently|reportedly))*\\s+(?:{V:rule-over:s,past}|{V:rule-over:base}(?!\\s+(?:of|over)\\s)|{V:hold:s,past}(?=\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+){0,2}?${PLACE_KIND}\\s*,?\\s+)?⟦\\d+\\|place\\|[^⟧]*⟧\\s*,?\\s+since\\b))\\s+(?:(?:most|much|all|parts?|large\\s+parts)\\s+of\\s+)?(?:the\\s+)?(?:(?:[\\w-]+\\s+){0,2}?${PLACE_KIND}\\s*,?\\s+(?:of\\s+)?|${COMPASS_ADJ}\\s+)?{T:place,camp}`,
    example: 'The Tarvan Front controls the port city of Kessar.',
    // (or holds it since a date: "have held the capital, Niamey, since 2014"; "held talks", "held positions in X" take none)
    // (or a part of it by the compass: "control much of northern Yemen")
    examples: ['The Kessar Brigades control much of northern Mali.', 'Since 2014 the Kessar Brigades have occupied most of Faya.', 'The Tarvan Front, which controls the capital Niamey, rejected the offer.', 'The Kessar Brigades still control the town of Gouro.', 'The Tarvan Front, who have held the capital, Niamey, since 2014, did not comment.'],
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'leads-controls-held',
    type: 'leads',
    pattern: `{S:armed_group,force,government}[-‐]{V:control:pp}\\s+(?:[\\w-]+\\s+){0,2}?{T:place,camp}`,
    example: 'Iraqi forces entered ISIS-held Mosul.',
    confidence: 0.75,
  },
  {
    reason: 'leads-controls-capital',
    type: 'leads',
    pattern: `{T:place}\\s*,\\s+(?:the\\s+|an?\\s+)?(?:self-proclaimed\\s+|self-declared\\s+|de\\s+facto\\s+|former\\s+|last\\s+)?{S:armed_group}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:capital|stronghold|bastion|heartland)`,
    example: 'Nigerian troops surrounded the town of Gwoza, a self-declared Boko Haram capital in Borno.',
    examples: ['Drones circled over Hajin, the last ISIS stronghold on the Euphrates.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-controls-stronghold-of',
    type: 'leads',
    // ... and the group named after "of" ("X, the last major stronghold of Y")
    pattern: `{T:place}\\s*,\\s+(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,3}?(?:capital|stronghold|bastion|heartland)\\s+of\\s+(?:the\\s+)?{S:armed_group}`,
    example: 'Army units pushed towards Gao, the last remaining bastion of the Tarvan Front.',
    examples: ['Jets struck Kidal, a key stronghold of the Tarvan Front, overnight.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-controls-liberate-from',
    type: 'leads',
    pattern: `(?:{V:retake}|liberation\\s+of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?{T:place,camp}\\s+from\\s+(?:the\\s+)?{S:armed_group}`,
    example: 'Government troops retook the city of Ramadi from ISIS in December 2015.',
    examples: ['Iraqi forces were retaking Dabiq from ISIL.', 'The army announced the recapture of Palmyra from ISIS on Sunday.'],
    confidence: 0.65,
  },
];
