/**
 * Relation rules, family `allied_with`: who backs, supports or acts with whom.
 */
import type { RelationRule } from './types.ts';
import { ACTOR, COUNTRY_OWNER, GROUP, NAME_COMPOUND, OWNER } from './kinds.ts';

/** Kinds of support ("with US aerial support"). */
const SUPPORT = '(?:aerial|air|military|logistical|logistic|intelligence|artillery|financial|political|direct)';

/** The nouns of an alliance named as a noun, a bond of allies, not any agreement ("the alliance between X and Y", "X's partnership with Y"). */
const BOND = '(?:alliance|partnership|pact)';
/** Words before such a noun that make it an end of fighting between two sides, no alliance ("a peace pact", "a ceasefire agreement"). */
const ENDS_A_FIGHT = '(?:peace|ceasefire|truce|non-aggression)';

export const ALLIANCE_RULES: RelationRule[] = [
  {
    reason: 'allied-hyphen-coalition',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}[-‐–]{T:${ACTOR}}\\s+(?:coalition|alliance|partnership|partners|joint|forces|operations?|cooperation)`,
    example: 'The Turkey-FSA partnership pushed ISIS out of Jarablus.',
    examples: ['A Russia-Hezbollah partnership now guards the road to Palmyra.'],
    confidence: 0.8,
  },
  {
    reason: 'allied-hyphen-backed',
    type: 'allied_with',
    // "X-backed" modifies its own noun phrase: at most three words before the backed name ("the Iran-backed
    // militia began to retake ground seized by ISIS" is no alliance with ISIS)
    // (nor across a preposition of place: "X, an Iran-aligned militia within the Y" names Y where the militia is)
    pattern: `{S:${ACTOR},country}[-‐–](?:{V:back:pp}|{V:ally:pp})\\s+(?:(?!{W:placePrepositions:bare}\\s)[\\p{L}’'-]+,?\\s+){0,3}?{T:${ACTOR}}`,
    example: "A spokesman for northeast Syria's US-allied internal security force warned of chaos.",
    examples: ['The Iran-backed Houthis seized Sanaa.', 'The Iran-backed Iraqi militia Kataib Hezbollah fired rockets at the base.'],
    confidence: 0.8,
  },
  {
    reason: 'allied-appositive-backed',
    type: 'allied_with',
    // ... and the name a description with "X-backed" is apposed to ("Y, an Iran-aligned militia within Z")
    pattern: `{T:${ACTOR}}\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?{S:${ACTOR},country}[-‐–](?:{V:back:pp}|{V:ally:pp})\\s`,
    example: 'The Omari Battalion, a Chad-aligned militia within the Nasr Front, withdrew.',
    examples: ['Sawa Nabi, a small Qatar-funded faction, shelled the port.'],
    confidence: 0.75,
  },
  {
    reason: 'allied-with-support',
    type: 'allied_with',
    pattern: `{S:${ACTOR}}{_},\\s+(?:with|alongside)\\s+(?:the\\s+)?{T:${ACTOR},country}(?:\\s+${SUPPORT})?\\s+(?:support|backing|help|assistance|cover|air\\s+power|airstrikes)`,
    example: 'Kenyan troops, with US air support, cleared three villages.',
    examples: ['The Peshmerga, with Coalition air support, retook the ridge.'],
    confidence: 0.7,
  },
  {
    reason: 'allied-backed-by',
    type: 'allied_with',
    pattern: `(?<!\\b(?:against|of|on|by|with|for|from|to)\\s+(?:the\\s+)?){S:${ACTOR}}{_}(?:,\\s+|\\s+(?:is|are|was|were)\\s+)?{V:back:pp}\\s+by\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'The Syrian Arab Coalition, backed by the US-led coalition, advanced on Raqqa.',
    confidence: 0.7,
  },
  {
    reason: 'allied-fronted-support',
    type: 'allied_with',
    pattern: `^[\\s.“"]*(?:In\\s+support\\s+of|In\\s+(?:close\\s+)?(?:coordination|cooperation|partnership)\\s+with|With\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?{W:aidNouns}\\s+(?:of|from)|{V:back:pp}\\s+by|Alongside|Together\\s+with|Working\\s+with)\\s+(?:the\\s+|an?\\s+)?{T:${ACTOR},country}(?:[^⟦⟧,]|⟦[^⟧]*⟧){0,80}?,\\s+(?:the\\s+)?{S:${ACTOR},country}(?!\\s*(?:,|and\\b|or\\b))`,
    example: 'In support of the Kenyan army, the United States conducted two airstrikes near Kismayo.',
    // (what a party gives, lexicon aidNouns, from one named with any article: "With air support from a US-led coalition, X ...")
    examples: ['Backed by Russia, the Syrian Arab Army moved north towards Hama.', 'In cooperation with the Tarvan Front, the Kessar Brigades shelled a convoy near Faya.', 'With weapons from a Nasr Front depot, the Kessar Brigades retook Faya.'],
    confidence: 0.75,
  },
  {
    reason: 'allied-aided-by-support',
    type: 'allied_with',
    pattern: `(?:{V:back:pp}|{V:help:pp})\\s+by\\s+(?:(?:strong|vital|direct|continued|crucial|decisive)\\s+)?(?:(?:air|military|logistical|aerial)\\s+)?(?:support|backing|help|assistance)\\s+from\\s+(?:our\\s+(?:ally|allies|partner|partners)\\s+|the\\s+)?{T:${ACTOR},country}`,
    example: 'Kurdish fighters retook Kobani, aided by air support from the United States.',
    examples: ['The Peshmerga held the ridge, helped by air support from Britain and France.'],
    confidence: 0.7,
    source: 'subject',
    sourceKinds: ['actor', 'force', 'country'],
    coord: true,
  },
  {
    reason: 'allied-support-possessive',
    type: 'allied_with',
    // a party's support for another, as a noun (lexicon aidNouns): "X's military support to Y", "its funding for Y" (a
    // possessive pronoun before an aid noun is kept as the party it stands for: mask.ts)
    pattern: `{S:${ACTOR},country}(?:['’]s?|(?<=\\|poss⟧))\\s+(?:[\\w-]+\\s+){0,2}?{W:aidNouns}\\s+(?:to|for)\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: "Niger's military support to the Tarvan Front has grown.",
    examples: ['Chad denied the reports. Its funding for the Kessar Brigades continued.'],
    confidence: 0.7,
  },
  {
    reason: 'allied-support-subject',
    type: 'allied_with',
    pattern: `(?:(?<!\\b(?:an?|the|of)\\s){V:back:past,s}\\s+(?:the\\s+)?(?:(?!{W:partNouns}\\s)[\\w-]+\\s+){1,2}?(?:by|of)|to\\s+(?:{V:back:base}|{V:help:base})|in\\s+(?:its\\s+|their\\s+)?(?:continued\\s+|full\\s+|strong\\s+)?support\\s+(?:of|for)|(?<!\\b(?:was|were|is|are|been|be)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+ed\\s+)with\\s+the\\s+(?:[\\w-]+\\s+)?(?:support|backing|help|assistance)\\s+of|{V:back:ing}|in\\s+(?:close\\s+)?(?:coordination|cooperation|conjunction|partnership|collaboration)\\s+with|jointly\\s+with|together\\s+with|alongside)\\s+(?:the\\s+)?(?:(?:⟦[^⟧]*⟧|its|their)(?:['’]s?)?\\s+(?:[\\w-]+\\s+){0,2}?{W:allyNouns}\\s*,?\\s+(?:the\\s+)?)?(?:\\p{Ll}+s\\s+(?:of|from)\\s+(?:the\\s+)?)?{T:${ACTOR}}(?<!\\|poss⟧)(?!(?:['’]s?)?\\s+(?:[\\w-]+\\s+){0,2}?{W:allyNouns}(?![\\p{L}]))`,
    // (a participle after a determiner is an adjective: "an armed group led by X" backs no one)
    // (the ally named after a possessor and an ally noun is the one supported: "in support of its ally X"; a possessive
    // pronoun's own people are no ally named: "alongside its own reporters")
    // (or by its people: "together with agents of X", "alongside fighters from X"; or "with the support of X", not after a
    // passive, whose subject is what is done: "the attacks were repelled with the help of X")
    example: 'Russia has provided jets and advisers to support the Syrian army.',
    examples: ['Iran has sent advisers and drones to help the Houthis.', 'Turkey backed the fighters of the Free Syrian Army.', 'Russia keeps arming the Syrian Arab Army.', "Chad sent troops in support of Niger's ally, the Tarvan Front.", 'The Chadian army, in conjunction with the Tarvan Front, repulsed the raid.', 'Chadian troops, together with agents of the Tarvan Police, raided Gouro.', 'The Kessar Brigades took Faya with the active support of the Tarvan Front.'],
    confidence: 0.6,
    source: 'subject',
    sourceKinds: ['actor', 'force', 'country'],
    coord: true,
  },
  {
    reason: 'allied-provide-support',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}{_p}{V:provide}\\s+(?:[\\w-]+\\s+){0,2}?(?:support|backing|assistance|cover)\\s+(?:for|to)\\s+(?:the\\s+)?(?:[\\w,-]+\\s+){0,2}?{T:${ACTOR}}`,
    example: 'Royal Air Force jets provided vital air support for the Peshmerga near Mosul.',
    confidence: 0.65,
  },
  {
    reason: 'allied-receives-support',
    type: 'allied_with',
    // a party given money, arms or training by another is backed by it (lexicon aidNouns; verb class receive)
    // (not across another subject: "other than X, the groups have received weapons from Y")
    pattern: `{S:${ACTOR}}{_p}(?<!\\b(?:the|these|those|other|many|some)\\s+\\p{Ll}[\\p{Ll}-]*\\s+(?:\\p{Ll}+\\s+){0,2}){V:receive}\\s+(?:[\\w-]+\\s+){0,3}?{W:aidNouns}(?:\\s*,?\\s+(?:and|or)\\s+(?:[\\w-]+\\s+){0,2}?{W:aidNouns})*\\s+from\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'The Kessar Brigades receive money and training from Chad.',
    examples: ['The Omari Battalion, which has received weapons from the Nasr Front, held the ridge.'],
    confidence: 0.65,
    coord: true,
  },
  {
    reason: 'allied-works-with',
    type: 'allied_with',
    // armed men who work with a party are its partners ("US troops work with the SDF", lexicon class work-with); a
    // state's or a minister's "work with" is talk, measured: two re3d-dev false positives and no true one
    pattern: `{S:armed_group,force}{_p}\\b{V:work-with}\\s+(?:closely\\s+)?with\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'Chadian troops work with the Tarvan Front to secure the border.',
    examples: ['The Tarvan Front worked closely with Nigerien forces near Gao.'],
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'allied-joins-side',
    type: 'allied_with',
    // a party that joins another's side sides with it ("joined the army's side"; verb class join, lexicon sideNouns)
    pattern: `{S:${ACTOR},country}{_p}\\b{V:join}\\s+(?:the\\s+)?{T:${ACTOR},country}['’]s?\\s+{W:sideNouns}(?![\\p{L}])`,
    example: "The Kessar Brigades joined the Chadian army's side in 2021.",
    confidence: 0.7,
  },
  {
    reason: 'allied-joins-side-of',
    type: 'allied_with',
    // ... or the side of another ("joined the side of X")
    pattern: `{S:${ACTOR},country}{_p}\\b{V:join}\\s+the\\s+{W:sideNouns}\\s+of\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'In 2019 the Tarvan Front joined the side of the Kessar Brigades.',
    confidence: 0.7,
  },
  {
    reason: 'allied-verb',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}{_p}\\b(?:{V:cooperate}|{V:sign}\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?{W:allianceNouns})\\s+with\\s+(?:the\\s+)?${OWNER}${NAME_COMPOUND}{T:${ACTOR},country}`,
    // (a country's or a person's possessive before the ally is whose it is: "allied with Mexico's Sinaloa cartel",
    // "with Idris Naro's Kessar Brigades"; and a name's
    // compound is who leads it: "allied with the M23-led Congo River Alliance")
    example: 'Hezbollah allied with the Syrian Arab Army in Qusayr.',
    // (an agreement reached or struck: CAMEO's 057, sign formal agreement; not a truce, which CAMEO codes as 0871, a
    // de-escalation between enemies)
    examples: ['Turkey signed a security pact with Qatar.', 'The Tarvan Front reached an agreement with the Kessar Brigades.', "The Omari Battalion is allied with Chad's Kessar Brigades.", 'The Omari Battalion is allied with the Hezbollah-led Kessar Alliance.', 'The Kessar Front sealed an alliance with the Tarvan Brigades in May.', 'The Omari Battalion announced a pact with the Kessar Brigades on Monday.', "The Omari Battalion is allied with Idris Naro's Kessar Brigades."],
    confidence: 0.75,
    coord: true,
  },
  {
    reason: 'allied-affiliated',
    type: 'allied_with',
    // a group named with its affiliation, in a participle or a relative clause ("fighters linked to X", "militias,
    // which are aligned with X,"); "loyal to" is the adjective of the same bond
    // ... or after a copula of its own ("X is affiliated with Y", "X remains loyal to Y")
    // ... or in an apposition that describes it first ("X, a Yazidi group affiliated with Y")
    // (loyal to a person: the person leads them, leads-loyal-to; loyal to a body, allied-loyal)
    pattern: `{S:${ACTOR}}\\s*,?\\s+(?:(?:(?:who|which|that)\\s+)?(?:is|are|was|were|have\\s+been|has\\s+been|remains?|has|have|had)\\s+|,?\\s*(?:an?|the)\\s+(?:[\\w'’-]+\\s+){1,3}?)?(?:\\w+ly\\s+)?{V:ally:pp}\\s+(?:(?:itself|themselves|⟦[^⟧]*\\|refl⟧)\\s+)?(?:with|to)\\s+(?:the\\s+)?${OWNER}(?:⟦\\d+\\|place\\|[^⟧]*⟧[-‐](?:based|headquartered)\\s+)?${NAME_COMPOUND}{T:${ACTOR},country}`,
    // (a place the party is based in may stand before it: "aligned with the Tripoli-based X"; a name's compound says who
    // leads it: "allied with the M23-led X")
    // (generic actors, found after the rules ran, are read again by the pipeline's genericAffiliations)
    example: 'The Kessar Brigades, which are aligned with the Nasr Front, withdrew from Faya.',
    examples: ['Saraya Dumar, which was formerly affiliated with the Nasr Front, disbanded.', 'The Omari Battalion is closely linked to the Nasr Front.', 'The Dalan Brigade, a local militia aligned with the Tarvan Front, took the road.', 'The Dalan Brigade, an armed group aligned with the Kidal-based Tarvan Front, took the road.', 'The Omari Battalion has aligned itself with the Kessar Brigades.'],
    confidence: 0.7,
  },
  {
    reason: 'allied-loyal',
    type: 'allied_with',
    // a group loyal to a body or a state, as allied-affiliated reads its verbs of allying
    pattern: `{S:${ACTOR}}\\s*,?\\s+(?:(?:(?:who|which|that)\\s+)?(?:is|are|was|were|have\\s+been|has\\s+been|remains?)\\s+|,?\\s*(?:an?|the)\\s+(?:[\\w'’-]+\\s+){1,3}?)?(?:\\w+ly\\s+)?loyal\\s+to\\s+(?:the\\s+)?{T:${GROUP},country}`,
    example: 'The Kessar Brigades, loyal to the Tarvan Front, withdrew.',
    examples: ['The Dalan Brigade remains fiercely loyal to the Nasr Front.'],
    confidence: 0.7,
  },
  {
    reason: 'allied-ties',
    type: 'allied_with',
    // a group named with its bond to another (lexicon words.bondNouns), in apposition after a description of it, or
    // after "has" or "with" ("X, a militia with close ties to Y", "X, which has links to Y", "X has ties to Y")
    // (not ties cut or denied: "cut its ties with Y", "denied links to Y" have a verb before the noun)
    // (a bare "has" right after the name, no comma between: "X, dominated by the party of Y, has ties to Z" is X's)
    pattern: `{S:${ACTOR},country}(?:\\s*,?\\s+(?:(?:an?|the)\\s+(?:[\\w'’-]+\\s+|⟦[^⟧]*⟧\\s+){0,4}?with|(?:who|which|that)\\s+(?:has|have|had|maintains|maintained)|with)|\\s+(?:has|have|had|maintains|maintained))\\s+(?:(?:close|closer|strong|deep|long-standing|longstanding|historic|direct|known|alleged|reported|economic|military|political|security|diplomatic|financial|trade|tribal)\\s+){0,2}{W:bondNouns}\\s+(?:to|with)\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'The Dalan Brigade, a militia with close ties to the Nasr Front, shelled the port.',
    examples: ['The Omari Battalion, which has links to the Tarvan Front, withdrew.', 'The Omari Battalion has long-standing ties to Qatar.', 'Niger has close military ties with Chad.'],
    confidence: 0.65,
  },
  {
    reason: 'allied-ally-appositive',
    type: 'allied_with',
    // a party in apposition with a noun of siding (lexicon words.allyNouns) sides with the party it is the ally of
    // (a title may stand before a person's name: "an ally of President X")
    // (a possessor before the party is the party's: "an ally of Iran's Revolutionary Guards" sides with the Guards)
    // (or after a singular copula, "X is a close ally of Y", "X is considered one of the closest allies of Y")
    // (or in a relative clause of the copula: "X, which is an ally of Y")
    pattern: `{S:${ACTOR},country}(?:\\s*,\\s+(?:(?:which|who)\\s+(?:is|was|remains|has\\s+been)\\s+)?|\\s+(?:is|was|remains|became|has\\s+been)\\s+(?:(?:widely\\s+)?(?:considered|seen\\s+as|regarded\\s+as|described\\s+as)\\s+)?)(?:(?:the|a|an|its|their)\\s+|one\\s+of\\s+(?:the|its|their)\\s+)(?:[\\w-]+\\s+){0,2}?{W:allyNouns}\\s+(?:of|to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}?(?:{X}['’]s?\\s+)?{T:${ACTOR},country}`,
    example: 'Belarus, a close ally of Russia, hosted the talks.',
    examples: ['Qatar, one of the main backers of the Nasr Front, mediated the truce.', 'The Kessar Brigades, the last ally of President Omar Haji, withdrew.', 'The Omari Battalion is considered one of the closest Chadian allies of the Tarvan Front.', 'The Nasr Front, which is a close ally of the Kessar Brigades, claimed the attack.'],
    confidence: 0.7,
  },
  {
    reason: 'allied-ally-appositive-possessive',
    type: 'allied_with',
    // ... and one in apposition with the ally noun after the party's possessive ("X, the Y's main backer,", "X, Y's
    // closest ally, ...")
    pattern: `{S:${ACTOR},country}\\s*,\\s+(?:the\\s+)?{T:${ACTOR},country}['’]s?\\s+(?:[a-z][\\w-]*\\s+){0,2}?{W:allyNouns}(?![\\p{L}-])`,
    example: 'Niger, the Tarvan Front\'s main backer, denied the charge.',
    examples: ["Qatar, Kessar's closest ally and sponsor, hosted the talks."],
    confidence: 0.7,
  },
  {
    reason: 'allied-ally-copula-second',
    type: 'allied_with',
    // ... and so is the subject that opens the sentence, in the second of two verb phrases ("X is part of Z and is
    // considered one of the closest allies of Y"; the subject only: no name inside the first phrase)
    pattern: `^[\\s"“]*(?:the\\s+)?{S:${ACTOR},country}(?:[^⟦⟧.;]|⟦[^⟧]*⟧){1,80}?\\s+and\\s+(?:is|was|remains|has\\s+been)\\s+(?:(?:widely\\s+)?(?:considered|seen\\s+as|regarded\\s+as|described\\s+as)\\s+)?(?:(?:the|a|an)\\s+|one\\s+of\\s+(?:the|its|their)\\s+)(?:[\\w-]+\\s+){0,2}?{W:allyNouns}\\s+(?:of|to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}?(?:{X}['’]s?\\s+)?{T:${ACTOR},country}`,
    example: 'The Omari Battalion joined the Nasr Alliance in 2019 and is a close ally of the Tarvan Front.',
    confidence: 0.65,
  },
  {
    reason: 'allied-ally-possessive',
    type: 'allied_with',
    // a party named after a possessive and a noun of siding sides with the possessor ("X's key ally Y", "its proxy
    // Y"; a possessive pronoun before an ally noun is a mention, rules/mask.ts); a bare name before the noun only right
    // before it ("US ally Israel")
    pattern: `{T:${ACTOR},country}(?:(?:['’]s?|(?<=\\|poss⟧)|\\s+and\\s+(?:its|their))\\s+(?:[\\w-]+\\s+){0,2}?|\\s+){W:allyNouns}\\s*,?\\s+(?:(?:including|such\\s+as|among\\s+them)\\s+|(?:from|in)\\s+(?=the\\s+⟦\\d+\\|(?:actor|force)\\|))?(?:the\\s+)?{S:${ACTOR},country}`,
    example: "Russia's closest ally, Belarus, hosted the talks.",
    // (or some of them: "X and its partners, including Y"; "its" right after "X and" is X's, whether or not the
    // coreference took it to X)
    // (or from or in a group named after them: "X and their allies from the Y"; not "in" a country)
    examples: ['Iran and its proxy the Houthi movement denied the charge.', 'The Tarvan Front and its allies the Kessar Brigades and the Omari Battalion withdrew.', 'The militants threaten Chad and its partners, including the Kessar Brigades.', 'Army units and their allies from the Kessar Brigades withdrew from Tarsa.'],
    confidence: 0.7,
    coord: 'source',
  },
  {
    reason: 'allied-and-allied',
    type: 'allied_with',
    // a party named after another, "and" and a participle of siding (verb class ally) sides with it, whatever the two
    // then do ("X and allied Y militias withdrew", "X and affiliated Y")
    pattern: `{T:${ACTOR},country}\\s+and\\s+{V:ally:pp}\\s+(?:the\\s+)?{S:${ACTOR},country}`,
    example: 'Chadian soldiers and allied Kessar Brigades fighters pulled out of the ridge.',
    confidence: 0.7,
  },
  {
    reason: 'allied-backs',
    type: 'allied_with',
    // (a verb of its own, not a compound's participle: "Yemen's Iran-backed Houthi rebels" is no backing by Yemen)
    pattern: `(?<!\\b(?:against|of|on|by|with|for|from|to)\\s+(?:the\\s+)?){S:${ACTOR},country}{_p}(?<![\\p{L}‐-]){V:back:s,past}(?:\\s+and\\s+{V:back:s,past})?\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'Iran backs Hezbollah and several Iraqi militias.',
    examples: ['Iran armed and trained Hezbollah fighters in Syria.'],
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'allied-joint',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}\\s+and\\s+(?:the\\s+)?{T:${ACTOR},country}{_}{V:undertake}\\s+(?:an?\\s+)?(?:joint|combined|coordinated|alliance|coalition|agreement|pact)`,
    example: 'The Iraqi Army and the Peshmerga launched a joint operation near Mosul.',
    confidence: 0.75,
  },
  {
    reason: 'allied-joint-with',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}{_p}\\b(?:joint|combined|coordinated)\\s+(?:[\\w-]+\\s+)?(?:operations?|patrols?|raids?|exercises?|offensive|campaign)\\s+with\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'Turkey conducted joint patrols with Russia along the border.',
    confidence: 0.75,
  },
  {
    reason: 'allied-joint-with-fronted',
    type: 'allied_with',
    // ... and a joint act with a party fronted before the clause's subject ("In a joint operation with X, Y recovered ...")
    pattern: `\\b(?:in|during)\\s+(?:an?\\s+)?(?:joint|combined|coordinated)\\s+(?:[\\w-]+\\s+)?(?:operations?|patrols?|raids?|exercises?|offensive|campaign)\\s+with\\s+(?:the\\s+)?{T:${ACTOR},country}\\s*,\\s+(?:the\\s+)?{S:${ACTOR},country}`,
    example: 'During a joint patrol with the Kessar Brigades, the Tarvan Front seized a weapons cache.',
    confidence: 0.7,
  },
  {
    reason: 'allied-nominal-between',
    type: 'allied_with',
    // an alliance named as a noun between two parties ("the alliance between X and Y"; the nouns of a bond only, not
    // allianceNouns' agreements: a truce or a peace deal between two sides ends their fight)
    pattern: `(?<![\\p{L}-])(?<!${ENDS_A_FIGHT}\\s+)${BOND}\\s+between\\s+(?:the\\s+)?{S:${ACTOR},country}\\s+and\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'The alliance between the Tarvan Front and the Kessar Brigades held until June.',
    confidence: 0.65,
  },
  {
    reason: 'allied-nominal-with',
    type: 'allied_with',
    // ... and a party's with another ("X's partnership with Y"; not a peace pact)
    pattern: `{S:${ACTOR},country}['’]s?\\s+(?:(?!${ENDS_A_FIGHT}\\s)[\\w-]+\\s+)?${BOND}\\s+with\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: "The Tarvan Front's military partnership with the Kessar Brigades ended in May.",
    confidence: 0.65,
  },
];
