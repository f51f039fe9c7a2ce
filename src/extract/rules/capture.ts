/**
 * Relation rules, family `captures`: who takes people or places.
 */
import type { RelationRule } from './types.ts';
import { ACTOR, FIGHTER, GROUP_FIGHTER, PLACE_KIND } from './kinds.ts';

export const CAPTURE_RULES: RelationRule[] = [
  {
    reason: 'captures-verb',
    type: 'captures',
    pattern: `{S:${FIGHTER}}{_p}(?<![\\p{L}-])(?!(?<=(?:\\|poss⟧|\\b(?:its|their|his|her|the|a|an))\\s+)\\p{L}+ed\\b){ACTIVE}{V:capture}\\s+(?:{N}\\s+)?(?:of\\s+)?(?:the\\s+)?(?:(?!(?:in|at|near|inside|outside|from|across|around|on|after|before|when|while|until|since|as|because)\\s)[\\w-]+\\s+){0,2}?(?:(?<!(?:north|south|east|west)(?:[\\s-]?(?:east|west))?(?:ern)?\\s+)of\\s+|(?<=(?:villages?|towns?|hills?|hilltops?|areas?|districts?|positions?|locations?|neighbou?rhoods?|parts?|suburbs?|bases?|outposts?|territory)\\s+)(?:in|near|at|around|outside)\\s+(?:the\\s+)?)?{T}(?!(?<=⟦\\d+\\|place\\|country(?:\\|[^⟧]*)?⟧)['’]s?\\s+\\p{Ll})`,
    // (nor a place that only says where, after a compass word: "took control of several villages east of X"; nor a party
    // after a subordinator, "seized the area after X withdrew")
    // (nor a participle after a determiner or a possessive, which describes the noun: "its imprisoned founder X"; the
    // noun is read, "the capture of X")
    // (a country that owns the noun after it is not what was taken: "seizing most of Chad's largest town"; a town's
    // part is the town's: "took control of Kobani's southern entrances")
    example: 'The Kenyan army has captured 40 Al-Shabaab militants in 12 raids since June.',
    examples: ['Kenyan police arrested four Al-Shabaab suspects at a checkpoint near the border.', 'The Asayish were detaining Hezbollah members in Qamishli.', 'The Tarvan Front captured three villages near Kessar.'],
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'captures-where-control',
    type: 'captures',
    // control taken "where" a place is: the place ("withdrew from X, where army units regained control on Monday")
    // (past the larger place it lies in: "the village of X, in Y, where ..." is X)
    pattern: `(?<!,\\s+in\\s+(?:the\\s+)?){T:place,camp}(?:\\s*,\\s+in\\s+(?:the\\s+)?⟦\\d+\\|place\\|[^⟧]*⟧)?\\s*,\\s+where\\s+(?:the\\s+)?{S:${FIGHTER}}(?:\\s+(?:units|troops|forces|fighters|soldiers|militants|militiamen))?\\s+(?:(?:later|then|soon|quickly|swiftly|also|have|has|had)\\s+)*(?:re(?:gained|took|taken|seized|established|asserted)|{V:gain:past,pp,s})\\s+(?:full\\s+|complete\\s+|total\\s+)?control(?![\\p{L}])(?!\\s+of\\s)`,
    example: 'The rebels pulled out of Gouro, where Chadian troops regained control on Monday.',
    examples: ['The militia left the hamlet of Dorra, in Tarsa province, where the Kessar Brigades took full control.'],
    confidence: 0.7,
  },
  {
    reason: 'captures-passive',
    type: 'captures',
    // (a possessor before the captor is not the captor: "arrested by Chad's police agency X" is X's)
    pattern: `{T:${ACTOR},person}{_}\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been|being)\\s+(?:{V:capture:pp}|{V:hold:pp})\\s+(?:\\w+\\s+){0,3}?by\\s+(?:the\\s+)?(?:⟦[^⟧]*⟧['’]s?\\s+)?{S:${FIGHTER}}(?!['’]s?\\s)`,
    example: 'Abu Ahmed was arrested by the Asayish in Qamishli.',
    examples: ['Two Hezbollah members were held by the Asayish in Qamishli.', "Idris Naro was arrested by Chad's Directorate of Intelligence in Abeche."],
    confidence: 0.8,
  },
  {
    reason: 'captures-driven-out',
    type: 'captures',
    // driving a party out of a place takes the place ("drove ISIS out of the border town of Jarablus"; the attack on the
    // party is attacks-driven-out's)
    pattern: `{S:${FIGHTER}}{_p}{V:drive-out:past}\\s+(?:the\\s+)?{X}\\s+(?:fighters\\s+|militants\\s+)?(?:out\\s+of|out\\s+from|from)\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+){0,2}?(?:town|city|village|province|district|region|area|port|capital|neighbou?rhood)\\s+of\\s+)?{T:place,camp}`,
    example: 'Malian troops drove the Tarvan Front out of the desert town of Kidal in March.',
    examples: ['The Kessar Brigades pushed the Nasr Front from Faya.'],
    confidence: 0.7,
  },
  {
    reason: 'captures-fell-to',
    type: 'captures',
    // a place that fell or passed to a party, or into its hands or control, was taken by it ("the town fell to the
    // rebels"; not "fell to its lowest level", which names no party), over an aside between commas ("Dalan, the last
    // outpost in the north, fell to ...")
    pattern: `{T:place,camp}(?:\\s*,[^,]{1,90},)?\\s+(?:had\\s+|has\\s+|have\\s+)?{V:fall-to:past,pp,s}\\s+(?:(?:quickly|briefly|again|later|finally|eventually)\\s+)?(?:to|into\\s+the\\s+hands\\s+of|under\\s+the\\s+control\\s+of)\\s+(?:the\\s+)?{S:${GROUP_FIGHTER}}`,
    example: 'Kidal fell to the Kessar Front after a week of shelling.',
    examples: ['The border town of Gao, the last army outpost in the north, fell to the rebels in May.', 'By June, Kidal had passed into the hands of the Tarvan Front.'],
    confidence: 0.75,
  },
  {
    reason: 'captures-nominal-by',
    type: 'captures',
    // a taking named as a noun, its taker after "by" ("the capture of X by Y", "the arrest of X by the police"): what the
    // verb reads in the active ("Y captured X")
    pattern: `(?<![\\p{L}-])(?:capture|recapture|seizure|takeover|arrest|abduction|kidnapping|detention)\\s+of\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+)?(?:${PLACE_KIND}|base)\\s+of\\s+)?{T}\\s+by\\s+(?:the\\s+)?{S:${FIGHTER}}`,
    example: 'The seizure of the town of Gouro by the Tarvan Front forced thousands to flee.',
    examples: ['The arrest of Idris Naro by the Kessar Brigades sparked protests in Faya.'],
    confidence: 0.7,
  },
  {
    reason: 'captures-nominal-subject',
    type: 'captures',
    // a place's taking named as a noun, done or shared by the clause's subject ("took part in the recapture of X", "led
    // the capture of X")
    pattern: `(?<![\\p{L}-])(?:took\\s+part|takes\\s+part|taking\\s+part|participated|participates|joined|led|leads|spearheaded|completed|carried\\s+out)\\s+(?:in\\s+)?the\\s+(?:[\\w-]+\\s+)?(?:capture|recapture|seizure|liberation|conquest|takeover)\\s+of\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+)?(?:town|city|village|province|district|port|capital|base)\\s+of\\s+)?{T:place,camp}`,
    example: 'Kessar militiamen and the Chadian army took part in the recapture of Faya.',
    examples: ['The Tarvan Front led the capture of Kismayo in 2019.'],
    confidence: 0.7,
    source: 'subject',
    sourceKinds: ['armed_group', 'force', 'government', 'country'],
    coord: true,
  },
];
