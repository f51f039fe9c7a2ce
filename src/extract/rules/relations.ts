/**
 * Relation rules, as data.
 *
 * A rule's `pattern` is a regular expression over the *masked* sentence, in
 * which every mention is replaced by a placeholder `⟦i|kind|type|rule⟧`. Slots:
 *   {S} {T}            the source / target mention; `{S:actor,force}` limits it
 *                      to mentions of those kinds, types or name rules
 *                      (`{S:name-victim-group}`)
 *   {N}                a count ("153", "2,500", "dozens") -> evidence.quantity
 *   {X}                any other mention (not captured)
 *   {_}                a short gap with no mention (<= 40 chars)
 *   {_p}               a gap that may hold place mentions only (<= 80 chars)
 *   {__}               a gap that may hold any mention (<= 120 chars)
 *   {LEAD} {MEMBER}    role nouns from lexicons/roles.json
 * Matching is case-insensitive. `source: 'subject'` rules have no {S}: the
 * source is the first mention of `sourceKinds` earlier in the sentence.
 * `cue` is a quick pre-test (a regex source) on the sentence text; a rule whose
 * cue fails is not run, which keeps extraction fast.
 * `coord: true` also takes targets coordinated after {T} ("in Syria and Iraq").
 * `swap: true` means {S} and {T} name the target and source (passive voice
 * rules name them by role, so none needs it today).
 */
import type { RelationType } from '../../types.ts';

export interface RelationRule {
  reason: string;
  type: RelationType;
  pattern: string;
  example: string;
  confidence: number;
  source?: 'subject';
  sourceKinds?: string[];
  /** Also take mentions coordinated after the match: as more targets (true) or more sources ('source'). */
  coord?: boolean | 'source';
  /** A cheap case-insensitive pre-test on the raw sentence: the rule is skipped when it fails. */
  cue?: string;
}

const ACTOR = 'actor,force';
/** Bodies a person can lead or belong to: any actor or force but a person ("Prime Minister and President Hollande"). */
const GROUP = 'armed_group,force,government,organization,media';
/** Groups and states that fight; no person (long subject gaps make a person the wrong subject too often). */
const GROUP_FIGHTER = 'armed_group,force,government,organization,country';
/** Who can attack or capture: not media outlets. */
const FIGHTER = 'armed_group,force,government,organization,person,country';
const ATTACK_V =
  '(?<![\\p{L}-])(?:attacked|attacking|targeted|targeting|bombed|bombing|shelled|shelling|struck|striking|hit|ambushed|ambushes|ambushing|killed|kills|killing|raided|raids|raiding|assaulted|stormed|storming|overran|overrun|besieged|besieging|(?:fired|firing)\\s+(?:rockets\\s+|missiles\\s+|mortars\\s+)?(?:on|at|upon)|launched\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:attacks?|assaults?|offensive|strikes?|airstrikes?|raids?)\\s+(?:on|against)|carried\\s+out\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:attacks?|strikes?|airstrikes?|raids?)\\s+(?:on|against)|conducted\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:strikes?|airstrikes?|raids?|attacks?)\\s+(?:on|against))';
const FIGHT_V =
  '(?<![\\p{L}-])(?:fought|fights|fighting|fight|battled|battles|battling|clashed\\s+with|clashes\\s+with|clashing\\s+with|waged\\s+war\\s+(?:on|against)|at\\s+war\\s+with|(?:war|offensive|campaign|operations?|fight|struggle|counteroffensive|insurgency)\\s+against|attacks?\\s+(?:on|against)|assaults?\\s+on|(?:air)?strikes?\\s+(?:on|against)|defeated|defeat|expelled|drove\\s+out|ousted|liberated\\s+\\w+\\s+from|confront|confronts|confronted|confronting|perpetrated\\s+against|committed\\s+against|(?:atrocities|crimes|violence|abuses|brutality)\\s+against|defen[cs]es?\\s+against|resistance\\s+against)';
/** Taking a place back from a group: the group held it (leads) and is fought (attacks). */
const LIBERATE_V = '(?:liberated|liberate|liberating|freed|free|freeing|retook|retake|retaking|recaptured|recapture|cleared|clear|clearing)';
const CAPTURE_V =
  '(?<![\\p{L}-])(?:captured|captures|capturing|capture|detained|detains|detaining|detain|arrested|arrests|arresting|arrest|seized|seizes|seizing|apprehended|took\\s+prisoner|taken\\s+prisoner|abducted|abducts|kidnapped|kidnaps|imprisoned|held\\s+captive|rounded\\s+up|took\\s+control\\s+of|taken\\s+control\\s+of|seized\\s+control\\s+of)';
const CAPTURE_PASSIVE = '(?:captured|detained|arrested|seized|apprehended|abducted|kidnapped|taken\\s+prisoner|imprisoned|held)';
const WITHDRAW_V =
  '(?<![\\p{L}-])(?:withdraw|withdrew|withdrawn|withdrawing|withdraws|pull\\s+out|pulled\\s+out|pulling\\s+out|pulls\\s+out|retreat|retreated|retreating|retreats|leave|left|leaving|evacuated|evacuate|exit|exited)';
const DEPLOY_V = '(?<![\\p{L}-])(?:maintains|maintained|maintain|has|had|have|keeps|kept|keep|deployed|deploys|deploy|deploying|stationed|stations|sent|sends|send|sending|based)';
const TROOPS = '(?:troops|personnel|soldiers|forces|fighters|service\\s*members|servicemembers|members|advisers|advisors|militants|commandos|special\\s+forces|marines|contractors|officers)';
/** Before a slot: the mention is not the object of a preposition ("Mosul in Northern Iraq was taken": Iraq is not what was taken), unless it names a city ("the city of Mosul"). */
const NOT_AN_OBJECT = '(?<!(?<!\\b(?:city|town|village|province|district|region|governorate)\\s+)\\b(?:in|of|near|at|from|to|across|inside|with|by|for|on|against)\\s+(?:the\\s+)?(?:northern\\s+|southern\\s+|eastern\\s+|western\\s+|central\\s+)?)';
/** Words that make a leader the head of a sub-unit, and so a member of the group: "an ISIS gang leader". */
const SUB_UNIT = '(?:gang|cell|local|field|unit|mid-level|regional|provincial|district|area|sector|battalion|brigade|company|platoon|squad|sniper|media)';
const SUPPORT = '(?:aerial|air|military|logistical|logistic|intelligence|artillery|financial|political|direct)';

export const RELATION_RULES: RelationRule[] = [
  // ---- attacks -------------------------------------------------------------
  {
    reason: 'attacks-claimed-responsibility',
    cue: 'responsib',
    type: 'attacks',
    pattern: `{S:${ACTOR}}{_}claimed\\s+(?:the\\s+)?responsibility\\s+for\\s+(?:the\\s+)?(?:{N}\\s+)?(?:[\\w-]+\\s+){0,2}?(?:attacks?|bombings?|assaults?|strikes?|operations?|killings?|blasts?|explosions?)\\s+(?:in|on|against|at|near|targeting)\\s+(?:the\\s+)?{T}`,
    example: 'ISIS claimed responsibility for 153 attacks in Syria and Iraq.',
    confidence: 0.85,
    coord: true,
  },
  {
    reason: 'attacks-verb',
    cue: 'attack|target|bomb|shell|struck|strike|hit|ambush|kill|raid|assault|storm|overr|besieg|fired|launched|carried out|conducted',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}{_p}${ATTACK_V}\\s+(?:(?:at\\s+least|more\\s+than|nearly|about|some|over)\\s+)?(?:{N}\\s+)?(?:(?:members|supporters|fighters|soldiers|officers|leaders|commanders|militants|dozens|scores|hundreds|thousands)\\s+of\\s+)?(?:the\\s+|an?\\s+)?(?:(?!in\\s|at\\s|near\\s|across\\s|inside\\s)[\\w-]+\\s+){0,2}?{T:${ACTOR},place,camp}`,
    example: 'Hezbollah fighters ambushed the Free Syrian Army near the border.',
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'attacks-fight',
    cue: 'fight|fought|battl|clash|war|offensive|campaign|operation|struggle|insurgen|attack|assault|strike|defeat|expel|drove|ousted|liberat|confront|perpetrat|committed|atrocit|crimes|violence|abuses|brutality|defen|resist',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}{_p}${FIGHT_V}\\s+(?:(?:tens\\s+of\\s+)?(?:thousands|hundreds|dozens|scores|millions)\\s+of\\s+)?(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,2}?{T:${ACTOR}}`,
    example: 'The Syrian Democratic Forces fought ISIS for months.',
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'attacks-used-against',
    cue: 'against',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}{_p}(?:used|uses|using|use\\s+of|deployed|dropped|employed|fired|launched)\\s+(?:[\\w,’'-]+\\s+){1,8}?against\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?{T:${ACTOR}}`,
    example: 'The Asad regime has used chemical weapons against the Syrian people on at least three occasions.',
    confidence: 0.75,
    coord: true,
  },
  {
    reason: 'attacks-liberate-from',
    cue: 'liberat|freed|free |retook|retake|recaptur|cleared|clear |seiz|wrest|captur',
    type: 'attacks',
    pattern: `{S:${GROUP_FIGHTER}}{_p}(?:${LIBERATE_V}|seized|seize|seizing|wrested|wrest|captured|capture)\\s+(?:[^⟦⟧.;]|⟦[^⟧]*⟧){1,80}?\\s+from\\s+(?:the\\s+)?{T:armed_group}`,
    example: 'Syrian opposition forces liberated the Syrian town of Dabiq from ISIL control.',
    confidence: 0.75,
  },
  {
    reason: 'attacks-fire-from',
    cue: 'fire from',
    type: 'attacks',
    pattern: `{T:${ACTOR}}{__}(?:receive|received|receiving|came\\s+under|come\\s+under|coming\\s+under|took|taking|faced|facing|drew|drawing)\\s+(?:[\\w-]+\\s+){0,8}?fire\\s+from\\s+(?:the\\s+)?{S:${FIGHTER}}`,
    example: 'Iraqi forces continued to receive heavy machine gun fire from ISIL fighters.',
    confidence: 0.75,
  },
  {
    reason: 'attacks-rid-of',
    cue: ' of ',
    type: 'attacks',
    pattern: `{S:${GROUP_FIGHTER}}{_p}(?:rid|ridding|cleared|clearing|clear|purged|purging|purge)\\s+(?:[^⟦⟧.;]|⟦\\d+\\|(?:place|camp)\\|[^⟧]*⟧){1,60}?\\s+of\\s+(?:the\\s+)?{T:armed_group}`,
    example: 'The Iraqis have cleared 15 to 20 percent of the city of enemy forces.',
    confidence: 0.7,
  },
  {
    reason: 'attacks-intent-subject',
    cue: 'attack|terror|kill|murder|massacre',
    type: 'attacks',
    pattern: `(?:(?:terrorist\\s+|deadly\\s+|suicide\\s+)?attacks?\\s+(?:against|on)|to\\s+(?:attack|kill|murder|massacre|terrori[sz]e)(?:\\s+and\\s+(?:injure|wound|maim|displace))?|acts\\s+of\\s+terror(?:ism)?\\s+(?:against|in))\\s+(?:(?:innocent|unarmed)\\s+)?(?:the\\s+)?{T:${ACTOR},place}`,
    example: 'Al-Qaida remains committed to carrying out terrorist attacks against the United States.',
    confidence: 0.6,
    source: 'subject',
    sourceKinds: ['armed_group', 'government'],
    coord: true,
  },
  {
    reason: 'attacks-nominal-in',
    cue: 'attack|bomb|atrocit|massacre|offensive|assault|shelling',
    type: 'attacks',
    pattern: `{S:armed_group,government}(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,3}?(?:attacks?|bombings?|atrocities|massacres?|offensive|assault|shelling)\\s+(?:(?:today|yesterday|this\\s+\\w+|last\\s+\\w+|on\\s+\\w+)\\s+)?(?:in|on|at)\\s+(?:the\\s+)?(?:(?:town|city|village|province|district)\\s+of\\s+)?{T:place,camp}`,
    example: "The United States condemns ISIL's multiple suicide attacks in the town of Tel Tamer.",
    confidence: 0.75,
    coord: true,
  },
  {
    reason: 'attacks-fight-for-place',
    cue: 'fought|fight|battl',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}{_}(?:fought|fighting|fight|fights|battled|battling)\\s+(?:to\\s+(?:free|liberate|retake|recapture|take|capture|seize)|for\\s+control\\s+of)\\s+(?:the\\s+)?(?:(?:town|city|village)\\s+of\\s+)?{T:place}`,
    example: 'The Syrians who fought to free Dabiq were thanked.',
    confidence: 0.65,
  },
  {
    reason: 'attacks-claimed-by',
    cue: 'claimed by',
    type: 'attacks',
    pattern: `(?:attacks?|bombings?|blasts?|explosions?)\\s*,?\\s+(?:also\\s+)?claimed\\s+by\\s+(?:the\\s+)?{S:armed_group}\\s*,?\\s+(?:have\\s+|has\\s+|had\\s+)?(?:killed|wounded|injured|targeted|hit)\\s+(?:at\\s+least\\s+|more\\s+than\\s+)?(?:{N}\\s+)?(?:more\\s+)?(?:(?:innocent|unarmed)\\s+)?{T:${ACTOR},place}`,
    example: "Today, multiple attacks, also claimed by Da'esh, have killed at least 35 more innocent civilians.",
    confidence: 0.8,
  },
  {
    reason: 'attacks-in-claimed-by',
    cue: 'claimed by',
    type: 'attacks',
    pattern: `(?:in|at|on)\\s+(?:the\\s+)?(?:(?:towns?|city|village|port\\s+city)\\s+of\\s+)?{T:place,camp}\\s+(?:(?:that|which)\\s+(?:was|were)\\s+|(?:was|were)\\s+)?(?:(?:also|later)\\s+)?claimed\\s+by\\s+(?:the\\s+)?{S:armed_group}`,
    example: 'The United States condemns the attacks in Iraq today, including one in Baghdad claimed by Daesh.',
    confidence: 0.75,
  },
  {
    reason: 'attacks-for-which-claimed',
    cue: 'which',
    type: 'attacks',
    pattern: `(?:attacks?|bombings?|blasts?|explosions?)\\s+(?:[\\w-]+\\s+)?(?:in|on|at)\\s+(?:the\\s+)?(?:(?:towns?|city|cities|village|villages|port\\s+city)\\s+of\\s+)?{T:place,camp}(?:[^⟦⟧;.]|⟦[^⟧]*⟧){0,120}?,?\\s+(?:for\\s+)?which\\s+(?:the\\s+)?{S:armed_group}\\s+(?:has\\s+|have\\s+|had\\s+)?claimed`,
    example: "The United States condemns the attacks today in the towns of Jabla and Tartus, for which Da'esh has claimed responsibility.",
    confidence: 0.7,
  },
  {
    reason: 'attacks-passive',
    cue: ' by ',
    type: 'attacks',
    pattern: `{T:${ACTOR},place,camp}{_}(?:was|were|had\\s+been|has\\s+been|have\\s+been|being|is|are|came\\s+under)\\s+(?:repeatedly\\s+|heavily\\s+)?(?:attacked|targeted|bombed|shelled|struck|ambushed|raided|stormed|hit|attack|fire)\\s+(?:\\w+\\s+){0,2}?by\\s+(?:the\\s+)?{S:${FIGHTER}}`,
    example: 'The convoy of the Iraqi Army was attacked by ISIS near Tikrit.',
    confidence: 0.8,
  },
  {
    reason: 'attacks-nominal',
    cue: 'attack|assault|offensive|strike|raid|ambush|bombard|shelling|campaign',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:attacks?|assaults?|offensive|offensives|airstrikes?|strikes?|raids?|ambush(?:es)?|bombardment|shelling|campaign)\\s+(?:on|against|targeting)\\s+(?:the\\s+)?{T:${ACTOR},place,camp}`,
    example: 'The Turkish Armed Forces offensive against the YPG began in October.',
    confidence: 0.75,
    coord: true,
  },
  {
    reason: 'attacks-nominal-by',
    cue: ' by ',
    type: 'attacks',
    pattern: `(?:attacks?|assaults?|offensive|airstrikes?|strikes?|raids?|ambush(?:es)?|shelling)\\s+(?:on|against)\\s+(?:the\\s+)?{T:${ACTOR},place,camp}\\s+by\\s+(?:the\\s+)?{S:${FIGHTER}}`,
    example: 'Attacks on the SDF by Turkish Armed Forces increased.',
    confidence: 0.75,
  },
  {
    reason: 'attacks-targeting-subject',
    cue: 'target|attack',
    type: 'attacks',
    pattern: `(?:targeting|targeted|to\\s+target|to\\s+attack|attacking)\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'ISIS is training recruits as suicide bombers targeting allied troops.',
    confidence: 0.6,
    source: 'subject',
    sourceKinds: ['armed_group'],
  },
  {
    reason: 'attacks-threat-to',
    cue: 'threat',
    type: 'attacks',
    pattern: `{S:armed_group}{_p}(?:posing|poses|pose|posed)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?threat\\s+to\\s+{T:${ACTOR}}`,
    example: 'ISIS is resurging and posing an escalating threat to US forces.',
    confidence: 0.55,
  },
  {
    reason: 'attacks-fight-against-subject',
    cue: 'against|counter|defeat|degrade|destroy|fight|combat|dismantle|eliminat|finish|strike|hit|target|on ',
    type: 'attacks',
    pattern: `(?:\\bagainst|(?:fight|fighting|war|campaign|struggle|strikes?|airstrikes?|operations?|efforts?|offensive)\\s+on|(?:defeat|destruction|elimination|defeating|destroying)\\s+of|(?:to|help|helping)\\s+(?:counter|defeat|degrade|destroy|fight|combat|dismantle|eliminate|finish|strike|hit|target)(?:\\s+and\\s+(?:ultimately\\s+|eventually\\s+|then\\s+)?(?:counter|defeat|degrade|destroy|dismantle|eliminate))?|(?:committed|focused|intent|working)\\s+(?:to|on)\\s+(?:defeating|destroying|degrading|countering|dismantling|eliminating|fighting))\\s+(?:the\\s+)?{T:armed_group}`,
    example: 'The Government of Iraq continues its fight against ISIL.',
    confidence: 0.5,
    source: 'subject',
    sourceKinds: ['armed_group', 'force', 'government', 'organization', 'country', 'person'],
  },
  // ---- captures --------------------------------------------------------------
  {
    reason: 'captures-verb',
    cue: 'captur|detain|arrest|seiz|apprehend|prisoner|abduct|kidnap|imprison|captive|rounded|control',
    type: 'captures',
    pattern: `{S:${FIGHTER}}{_p}${CAPTURE_V}\\s+(?:{N}\\s+)?(?:of\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:of\\s+)?{T}`,
    example: 'The US-SDF coalition has captured 233 ISIS fighters in 28 operations this year.',
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'captures-passive',
    cue: ' by ',
    type: 'captures',
    pattern: `{T:${ACTOR},person}{_}(?:was|were|had\\s+been|has\\s+been|have\\s+been|being)\\s+${CAPTURE_PASSIVE}\\s+(?:\\w+\\s+){0,3}?by\\s+(?:the\\s+)?{S:${FIGHTER}}`,
    example: 'Abu Ahmed was arrested by the Asayish in Qamishli.',
    confidence: 0.8,
  },
  // ---- allied_with -----------------------------------------------------------
  {
    reason: 'allied-hyphen-coalition',
    cue: '-|‐|–',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}[-‐–]{T:${ACTOR}}\\s+(?:coalition|alliance|partnership|partners|joint|forces|operations?|cooperation)`,
    example: 'The US-SDF coalition has captured 233 ISIS fighters.',
    confidence: 0.8,
  },
  {
    reason: 'allied-hyphen-backed',
    cue: '-|‐|–',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}[-‐–](?:allied|backed|supported|aligned|sponsored|trained|armed|funded|affiliated)\\s+{_p}{T:${ACTOR}}`,
    example: "A spokesman for northeast Syria's US-allied internal security force warned of chaos.",
    confidence: 0.8,
  },
  {
    reason: 'allied-with-support',
    cue: 'support|backing|help|assistance|cover',
    type: 'allied_with',
    pattern: `{S:${ACTOR}}{_},\\s+(?:with|alongside)\\s+(?:the\\s+)?{T:${ACTOR},country}(?:\\s+${SUPPORT})?\\s+(?:support|backing|help|assistance|cover|air\\s+power|airstrikes)`,
    example: 'SDF forces, with US aerial support, detained dozens of suspects.',
    confidence: 0.7,
  },
  {
    reason: 'allied-backed-by',
    cue: 'backed|supported|aided|assisted',
    type: 'allied_with',
    pattern: `(?<!\\b(?:against|of|on|by|with|for|from|to)\\s+(?:the\\s+)?){S:${ACTOR}}{_}(?:,\\s+|\\s+(?:is|are|was|were)\\s+)?(?:backed|supported|aided|assisted|armed|trained|funded)\\s+by\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'The Syrian Arab Coalition, backed by the US-led coalition, advanced on Raqqa.',
    confidence: 0.7,
  },
  {
    reason: 'allied-fronted-support',
    cue: 'support|backed|alongside|together|working with',
    type: 'allied_with',
    pattern: `^[\\s.“"]*(?:In\\s+support\\s+of|With\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?support\\s+(?:of|from)|Backed\\s+by|Supported\\s+by|Alongside|Together\\s+with|Working\\s+with)\\s+(?:the\\s+)?{T:${ACTOR},country}(?:[^⟦⟧,]|⟦[^⟧]*⟧){0,80}?,\\s+(?:the\\s+)?{S:${ACTOR},country}(?!\\s*(?:,|and\\b|or\\b))`,
    example: 'In support of the Iraqi Security Forces, Coalition aircraft conducted a precision strike.',
    confidence: 0.75,
  },
  {
    reason: 'allied-aided-by-support',
    cue: 'support from|help from|backing from',
    type: 'allied_with',
    pattern: `(?:aided|helped|backed|assisted|supported)\\s+by\\s+(?:(?:strong|vital|direct|continued|crucial|decisive)\\s+)?(?:(?:air|military|logistical|aerial)\\s+)?(?:support|backing|help|assistance)\\s+from\\s+(?:our\\s+(?:ally|allies|partner|partners)\\s+|the\\s+)?{T:${ACTOR},country}`,
    example: 'Syrian opposition forces liberated Dabiq, aided by strong support from our ally Turkey and our international coalition.',
    confidence: 0.7,
    source: 'subject',
    sourceKinds: ['actor', 'force', 'country'],
    coord: true,
  },
  {
    reason: 'allied-support-subject',
    cue: 'support|back|assist|help|coordination|cooperation|jointly|together|alongside|arm|train|equip',
    type: 'allied_with',
    pattern: `(?:(?:supported|supports|backed|backs)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,2}?(?:by|of)|to\\s+support|in\\s+(?:its\\s+|their\\s+)?(?:continued\\s+|full\\s+|strong\\s+)?support\\s+(?:of|for)|supporting|to\\s+back|backing|to\\s+assist|assisting|to\\s+help|in\\s+coordination\\s+with|in\\s+cooperation\\s+with|jointly\\s+with|together\\s+with|alongside|to\\s+arm|to\\s+train|arming|training|equipping)\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'The US has conducted airstrikes and surveillance to support SDF forces.',
    confidence: 0.6,
    source: 'subject',
    sourceKinds: ['actor', 'force', 'country'],
    coord: true,
  },
  {
    reason: 'allied-provide-support',
    cue: 'support|backing|assistance|cover',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}{_p}(?:provided|provides|providing|provide|gave|gives|give|offered|offers|lent|lends|delivered)\\s+(?:[\\w-]+\\s+){0,2}?(?:support|backing|assistance|cover)\\s+(?:for|to)\\s+(?:the\\s+)?(?:[\\w,-]+\\s+){0,2}?{T:${ACTOR}}`,
    example: 'Royal Air Force jets provided vital air support for the Peshmerga near Mosul.',
    confidence: 0.65,
  },
  {
    reason: 'allied-verb',
    cue: 'alli|ally|partner|cooperat|coordinat|joined|teamed|sided|signed',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}{_p}(?:allied|allies|ally|partnered|partners|cooperated|cooperates|cooperating|coordinated|coordinates|coordinating|joined\\s+forces|teamed\\s+up|sided|signed\\s+an?\\s+(?:\\w+\\s+)?(?:agreement|deal|pact))\\s+with\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'Hezbollah allied with the Syrian Arab Army in Qusayr.',
    confidence: 0.75,
    coord: true,
  },
  {
    reason: 'allied-backs',
    cue: 'back|support|arm|train|fund|equip|aid|assist',
    type: 'allied_with',
    pattern: `(?<!\\b(?:against|of|on|by|with|for|from|to)\\s+(?:the\\s+)?){S:${ACTOR},country}{_p}(?:backs|backed|supports|supported|arms|armed|armed\\s+and\\s+trained|trains|trained|funds|funded|equips|equipped|aids|aided|assists|assisted)\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'Iran backs Hezbollah and several Iraqi militias.',
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'allied-joint',
    cue: 'joint|combined|coordinated|alliance|coalition|agreement|pact',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}\\s+and\\s+(?:the\\s+)?{T:${ACTOR},country}{_}(?:launched|conducted|carried\\s+out|began|started|held|formed|established|signed)\\s+(?:an?\\s+)?(?:joint|combined|coordinated|alliance|coalition|agreement|pact)`,
    example: 'The Iraqi Army and the Peshmerga launched a joint operation near Mosul.',
    confidence: 0.75,
  },
  {
    reason: 'allied-joint-with',
    cue: 'joint|combined|coordinated',
    type: 'allied_with',
    pattern: `{S:${ACTOR},country}{_p}(?:joint|combined|coordinated)\\s+(?:[\\w-]+\\s+)?(?:operations?|patrols?|raids?|exercises?|offensive|campaign)\\s+with\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'Turkey conducted joint patrols with Russia along the border.',
    confidence: 0.75,
  },
  // ---- member_of / leads ------------------------------------------------------
  {
    reason: 'leads-appositive',
    cue: ',',
    type: 'leads',
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?(?<!\\b(?:${SUB_UNIT}|crew)\\s+){LEAD}\\s+(?:of|for|at|in)\\s+(?:the\\s+)?{_p}{T:${ACTOR}}`,
    example: 'General Rohilat Afrin, co-commander of the Syrian Democratic Forces (SDF), spoke.',
    confidence: 0.85,
  },
  {
    reason: 'leads-appositive-bare',
    cue: ',',
    type: 'leads',
    pattern: `{S:person},\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?{LEAD}\\s*,\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'Maj. Gen. Gary Volesky, commander, Combined Joint Forces Land Component Command, said the push was on track.',
    confidence: 0.75,
  },
  {
    reason: 'leads-passive',
    cue: 'led by|headed by|commanded by|chaired by',
    type: 'leads',
    pattern: `{T:${ACTOR}}{_}(?:led|headed|commanded|chaired)\\s+by\\s+(?:the\\s+)?{S:person}`,
    example: 'The Syrian Democratic Forces, led by Mazloum Abdi, took Raqqa.',
    confidence: 0.75,
  },
  {
    reason: 'member-appositive',
    cue: ',',
    type: 'member_of',
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?{MEMBER}\\s+(?:of|for|at|in|with)\\s+(?:the\\s+)?{_p}{T:${ACTOR}}`,
    example: "Brig. Gen. Ali al-Hassan, a spokesman for northeast Syria's US-allied internal security force, warned.",
    confidence: 0.85,
  },
  {
    reason: 'leads-prenominal',
    type: 'leads',
    pattern: `{T:${GROUP}}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?{LEAD}\\s*,?\\s+{S:person}`,
    example: 'SDF commander Mazloum Abdi met the envoy.',
    confidence: 0.8,
  },
  {
    reason: 'member-prenominal',
    type: 'member_of',
    pattern: `{T:${GROUP}}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?{MEMBER}\\s+{S:person}`,
    example: 'SDF spokesman Farhad Shami denied the report.',
    confidence: 0.8,
  },
  {
    reason: 'member-appositive-prenominal',
    cue: ',',
    type: 'member_of',
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:senior\\s+|top\\s+|former\\s+|local\\s+)?{T:${ACTOR}}\\s+(?:[\\w-]+\\s+)?{MEMBER}`,
    example: 'Abu Omar, a senior ISIS official, was killed.',
    confidence: 0.75,
  },
  {
    reason: 'leads-appositive-prenominal',
    cue: ',',
    type: 'leads',
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:senior\\s+|top\\s+|former\\s+)?{T:${ACTOR}}\\s+(?!${SUB_UNIT}\\s)(?:[\\w-]+\\s+)?{LEAD}`,
    example: 'Abu Bakr al-Baghdadi, the ISIS leader, was killed in 2019.',
    confidence: 0.75,
  },
  {
    reason: 'member-sub-unit-leader',
    cue: ',',
    type: 'member_of',
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:senior\\s+|top\\s+|former\\s+)?{T:${ACTOR}}\\s+${SUB_UNIT}\\s+{LEAD}`,
    example: 'Abu Jandal al-Kuwaiti, an ISIS gang leader in Raqqa, was killed.',
    confidence: 0.7,
  },
  {
    reason: 'member-assigned-to',
    cue: 'assigned|attached|seconded',
    type: 'member_of',
    pattern: `{S:person,force}(?:,\\s+(?:who|which)\\s+[^,;⟦⟧]{1,80},)?{_}(?:was\\s+|is\\s+|were\\s+|are\\s+|been\\s+)?(?:assigned|attached|seconded)\\s+to\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: 'Navy Senior Chief Petty Officer Scott C. Dayton was assigned to Explosive Ordnance Disposal Mobile Unit Two.',
    confidence: 0.8,
  },
  {
    reason: 'member-represented-by',
    cue: 'represented by',
    type: 'member_of',
    pattern: `{T:${GROUP},country}\\s*,?\\s+(?:which\\s+was\\s+|being\\s+)?represented\\s+by\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?{S:person}`,
    example: 'The agreement with the Kurdistan Regional Government, represented by Prime Minister Nechirvan Barzani, was signed.',
    confidence: 0.75,
  },
  {
    reason: 'member-group-joins',
    cue: 'join|merged|integrated',
    type: 'member_of',
    pattern: `{S:force,armed_group}{_}(?:joined|join|joins|joining|merged\\s+into|integrated\\s+into)\\s+(?:the\\s+)?{T:force,armed_group}`,
    example: 'Local Arab fighters continue to join the SDF.',
    confidence: 0.7,
  },
  {
    reason: 'member-prenominal-state',
    cue: 'member|ally|partner',
    type: 'member_of',
    pattern: `{T:organization,force,armed_group}\\s+(?:member(?:\\s+state)?|ally|partner)\\s+{S:country,government}`,
    example: 'NATO ally Turkey shot down the jet.',
    confidence: 0.7,
  },
  {
    reason: 'member-within',
    cue: 'within',
    type: 'member_of',
    pattern: `{S:country,government}\\s+within\\s+(?:the\\s+)?{T:organization,force}`,
    example: 'We work closely with Turkey within NATO.',
    confidence: 0.6,
  },
  {
    reason: 'member-made-up-of',
    cue: 'made up|composed|comprised|consisting',
    type: 'member_of',
    pattern: `{T:${ACTOR}},?\\s+(?:(?:which|that)\\s+(?:is|was|are|were)\\s+)?(?:made\\s+up|composed|comprised|consisting)\\s+(?:in\\s+part\\s+|largely\\s+|mostly\\s+|mainly\\s+|primarily\\s+)?(?:of|by)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?{S:${ACTOR}}`,
    example: 'The SDF, made up in part by local Arabs, began the operation.',
    confidence: 0.7,
    coord: 'source',
  },
  {
    reason: 'member-includes',
    cue: 'includ|compris|made up|consist',
    type: 'member_of',
    pattern: `{T:${ACTOR}},?\\s+(?:which|that|who)\\s+(?:includes|included|comprises|comprised|is\\s+made\\s+up\\s+of|consists\\s+of)\\s+(?:the\\s+)?{S:${ACTOR}}`,
    example: 'The SDF, which includes the Syrian Arab Coalition, took Manbij.',
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'member-include-list',
    cue: 'includ|such as|among them',
    type: 'member_of',
    pattern: `{T:${ACTOR}}(?:\\s+(?:nations|members|countries|partners|states|groups|factions))?{_p}\\s(?:include|includes|included|including|such\\s+as|among\\s+them)\\s+(?:the\\s+)?{S:${ACTOR},country}`,
    example: 'Coalition nations which have conducted strikes in Iraq include Australia, Belgium and Canada.',
    confidence: 0.65,
    coord: 'source',
  },
  {
    reason: 'member-part-of',
    cue: 'part of|within',
    type: 'member_of',
    pattern: `(?<!\\b(?:against|on|at|with|from|to|by|of|for)\\s+(?:the\\s+)?){S:${ACTOR},country}{_}(?:(?:as|is|are|was|were)\\s+)?(?:(?:a|an)\\s+)?(?:integral\\s+|key\\s+|important\\s+)?part\\s+of\\s+(?:the\\s+)?(?:wider\\s+|broader\\s+)?{T:${ACTOR}}`,
    example: 'The UK is working as part of the Global Coalition against Daesh.',
    confidence: 0.65,
  },
  {
    reason: 'leads-verb',
    cue: 'lead|led|head|command|found|chair|run|ran',
    type: 'leads',
    pattern: `{S:person}{_}(?:leads|led|heads|headed|commands|commanded|founded|co-founded|chairs|chaired|runs|ran)\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'Abu Bakr al-Baghdadi led the Islamic State until 2019.',
    confidence: 0.8,
  },
  {
    reason: 'member-verb',
    cue: 'join|defect|fought|fight|serv|belong|allegiance',
    type: 'member_of',
    pattern: `{S:person}{_}(?:joined|defected\\s+to|fought\\s+for|fights\\s+for|served\\s+(?:in|with)|serves\\s+(?:in|with)|belongs\\s+to|belonged\\s+to|pledged\\s+allegiance\\s+to|swore\\s+allegiance\\s+to)\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'Omar al-Shishani joined the Islamic State in 2013.',
    confidence: 0.75,
  },
  // ---- leads: control of a place (re3d's "in charge of") ---------------------
  {
    reason: 'leads-controls-passive',
    cue: 'controlled|held|occupied|run|taken|overrun',
    type: 'leads',
    pattern: `${NOT_AN_OBJECT}{T:place,camp}(?:\\s+(?:in|near)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?{X})?\\s+(?:is|was|were|are|has\\s+been|had\\s+been|have\\s+been|remains|remained)\\s+(?:[\\w-]+\\s+){0,4}?(?:controlled|held|occupied|run|taken|overrun)\\s+by\\s+(?:the\\s+)?{S:armed_group,force,government}`,
    example: 'The city of Mosul is the largest city controlled by Daesh in Iraq.',
    confidence: 0.75,
  },
  {
    reason: 'leads-controls-fall-to',
    cue: 'fall|fell',
    type: 'leads',
    pattern: `(?:fall|capture|seizure)\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?{T:place,camp}\\s+to\\s+(?:the\\s+)?{S:armed_group,force,government}`,
    example: 'Nearly 12 months after the fall of Mosul to ISIL terrorists, the city suffers.',
    confidence: 0.7,
  },
  {
    reason: 'leads-controls-verb',
    cue: 'control',
    type: 'leads',
    pattern: `{S:armed_group,force,government}\\s+(?:(?:has|had|have|now|still)\\s+)*(?:had|has|have|took|takes|claims|claimed|seized|gained|retains|retained|maintains|maintained|exercises|exercised|established)\\s+(?:full\\s+|total\\s+|effective\\s+|complete\\s+)?control\\s+(?:of|over)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?{T:place,camp}`,
    example: 'ISIL has had control of Mosul for two years.',
    confidence: 0.75,
  },
  {
    reason: 'leads-controls-held',
    cue: 'held|controlled|occupied',
    type: 'leads',
    pattern: `{S:armed_group,force,government}[-‐](?:held|controlled|occupied|run)\\s+(?:[\\w-]+\\s+){0,2}?{T:place,camp}`,
    example: 'Iraqi forces entered ISIS-held Mosul.',
    confidence: 0.75,
  },
  {
    reason: 'leads-controls-capital',
    cue: 'capital|stronghold|bastion|heartland',
    type: 'leads',
    pattern: `{T:place}\\s*,\\s+(?:the\\s+|an?\\s+)?(?:self-proclaimed\\s+|self-declared\\s+|de\\s+facto\\s+|former\\s+|last\\s+)?{S:armed_group}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:capital|stronghold|bastion|heartland)`,
    example: 'The SDF isolated the city of Raqqa, a self-proclaimed ISIL capital in Syria.',
    confidence: 0.7,
  },
  {
    reason: 'leads-controls-liberate-from',
    cue: 'liberat|free|retak|retook|recaptur|clear',
    type: 'leads',
    pattern: `(?:${LIBERATE_V}|liberation\\s+of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?{T:place,camp}\\s+from\\s+(?:the\\s+)?{S:armed_group}`,
    example: 'Syrian opposition forces liberated the Syrian town of Dabiq from ISIL control.',
    confidence: 0.65,
  },
  // ---- located_in -----------------------------------------------------------
  {
    reason: 'located-presence',
    cue: 'presence|foothold|base|position|stronghold|cell|operation|activit|control',
    type: 'located_in',
    pattern: `{S:${ACTOR}}{_p}(?:presence|foothold|bases?|positions?|strongholds?|cells|operations|activity|control)\\s+(?:in|across|inside|throughout|near|around)\\s+(?:the\\s+)?(?:(?:[a-z][\\w-]*\\s+){1,3}of\\s+)?{T:place,camp}`,
    example: 'ISIS is strengthening its presence in the North Arabian Desert.',
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'located-deployed-count',
    cue: '\\d|dozen|scores|hundreds|thousands|several',
    type: 'located_in',
    pattern: `{S:${ACTOR},country}{_}${DEPLOY_V}\\s+(?:about\\s+|around\\s+|some\\s+|roughly\\s+|nearly\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|up\\s+to\\s+)?{N}\\s+(?:[\\w-]+\\s+)?${TROOPS}\\s+(?:in|to|inside|across|at)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'The US maintains 900 personnel in Syria and 2,500 in Iraq.',
    confidence: 0.85,
    coord: true,
  },
  {
    reason: 'located-deployed',
    cue: 'based|station|deploy|position|operat|active|present|headquarter|entrench|holed|garrison',
    type: 'located_in',
    pattern: `{S:${ACTOR}}{_}(?:is\\s+|are\\s+|was\\s+|were\\s+|remain\\s+|remains\\s+)?(?:based|stationed|deployed|positioned|operating|active|present|headquartered|entrenched|holed\\s+up|garrisoned|redeployed)\\s+(?:in|at|inside|across|to|near|throughout)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'Russian military police were deployed to Manbij.',
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'located-force-in',
    cue: ' in |inside|across',
    type: 'located_in',
    pattern: `{S:force,armed_group}(?:\\s+(?:fighters|militants|terrorists|targets|forces|troops|units|positions|cells|members|commanders|leaders|strongholds))?\\s+(?:in|inside|across|near)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'US soldiers in Syria are struggling to contain the resurgence.',
    confidence: 0.6,
    coord: true,
  },
  {
    reason: 'located-based',
    cue: 'based|headquartered',
    type: 'located_in',
    pattern: `{T:place}[-‐](?:based|headquartered)\\s+{S:actor,force}`,
    example: 'The Qamishli-based Hawar News Agency reported the raid.',
    confidence: 0.8,
  },
  {
    reason: 'located-frame',
    cue: '^(?:In|Inside|At)\\s',
    type: 'located_in',
    pattern: `^(?:In|Inside|At)\\s+(?:the\\s+)?{T:camp,city,site,region},\\s+{__}{S:armed_group}`,
    example: 'In the al-Hol camp, children are exposed to ISIS propaganda.',
    confidence: 0.5,
  },
  {
    reason: 'located-place-in',
    cue: ' in |near|inside| of ',
    type: 'located_in',
    pattern: `{S:camp,city,site,region}\\s*,?\\s+(?:in|near|inside|of)\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+)?(?:province|governorate|district|region|part|city|town|area|countryside|outskirts|suburbs)\\s+of\\s+(?:the\\s+)?|(?:[\\w-]+\\s+)?){T:place}`,
    example: 'The Rukban camp in southern Syria is short of food.',
    confidence: 0.65,
  },
  {
    reason: 'located-apposition',
    cue: ',',
    type: 'located_in',
    pattern: `(?<!⟧\\s*,\\s*){S:city,site,camp,region}\\s*,\\s+{T:country,region,city}(?!\\s*(?:,|and|or)\\s*(?:and\\s+)?⟦\\d+\\|place)`,
    example: 'The strike hit a depot near Palmyra, Syria, on Tuesday.',
    confidence: 0.7,
  },
  {
    reason: 'located-activity-in',
    cue: 'strike|attack|operation|raid|mission|conducted|carried',
    type: 'located_in',
    pattern: `{S:${FIGHTER}}{_p}(?:conducted|carried\\s+out|launched|claimed|flew|flown|mounted|staged)\\s+(?:[\\w,-]+\\s+){0,3}?(?:strikes?|airstrikes?|attacks?|operations?|raids?|missions?|sorties)\\s+(?:[\\w-]+\\s+|⟦[^⟧]*⟧\\s+){0,4}?(?:in|near|around|across|inside)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'Coalition military forces conducted 15 strikes against ISIL targets in Syria.',
    confidence: 0.65,
    coord: true,
  },
  {
    reason: 'located-visit',
    cue: 'met|visit|arriv|travel|flew|landed|talks|spoke',
    type: 'located_in',
    pattern: `{S:person}{_}(?:met|meets|visited|visits|arrived|arrives|traveled|travelled|flew|landed|held\\s+talks|spoke)\\b{__}\\s(?:in|at)\\s+(?:the\\s+)?{T:city,site,country}`,
    example: 'Foreign Minister Julie Bishop met her Iraqi counterpart in Canberra.',
    confidence: 0.6,
  },
  {
    reason: 'located-place-possessive',
    cue: "['’]s",
    type: 'located_in',
    pattern: `{T:country,region}['’]s\\s+{S:city,site,camp,region}`,
    example: "The strikes hit northwestern Syria's Idlib province overnight.",
    confidence: 0.7,
  },
  {
    reason: 'located-report-frame',
    cue: '^[\\s.]*(?:Near|In|At|Around)\\s',
    type: 'located_in',
    pattern: `^[\\s.]*(?:Near|In|At|Around)\\s+(?:the\\s+)?{T:place,camp},\\s+(?:[^⟦⟧\\n]|⟦\\d+\\|place[^⟧]*⟧){0,120}?(?<![\\p{L}-])(?:(?:an?|\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+)?{S:armed_group,force}`,
    example: 'Near Palmyra, ISIS fighters ambushed an army convoy.',
    confidence: 0.6,
  },
  {
    reason: 'located-actor-in',
    cue: ' in | near | at |inside',
    type: 'located_in',
    pattern: `{S:person,organization,government,armed_group}(?:['’]s\\s+(?:[\\w-]+\\s+)?(?:campaign|presence|operations?|attacks?|fighters|offensive|headquarters)|\\s+(?:tribe|tribes|delegation|officials|members|operatives|cells|fighters|militants|commanders|leaders|embassy|office|offices|headquarters|units|positions|targets|supporters))?\\s*,?\\s+(?:is\\s+|was\\s+|are\\s+|were\\s+)?(?:in|near|at|inside)\\s+(?:the\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\\s+)?{T:place,camp}`,
    example: 'Iraqi Prime Minister Haider al-Abadi in Baghdad welcomed the envoy.',
    confidence: 0.55,
    coord: true,
  },
  {
    reason: 'located-visit-to',
    cue: 'visit|return|travel|arriv|flew|delegation',
    type: 'located_in',
    pattern: `{S:person}{_p}(?:visiting|visited|visits|will\\s+visit|(?:will\\s+)?returns?\\s+to|returned\\s+to|travel(?:s|led|ed)?\\s+to|arrived\\s+in|arrives\\s+in|flew\\s+to|(?:lead|leads|led|head|heads|headed)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?delegation\\s+to)\\s+(?:the\\s+)?{T:place}`,
    example: 'The Foreign Secretary will return to the Gulf next week.',
    confidence: 0.6,
    coord: true,
  },
  {
    reason: 'located-host',
    cue: 'host|convene|held|holds',
    type: 'located_in',
    pattern: `{S:${ACTOR},person}{_}(?:host|hosts|hosted|hosting|convened|convenes|held|holds)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:conference|meeting|summit|talks|session|forum)\\s+(?:in|at)\\s+(?:the\\s+)?{T:city,site,country}`,
    example: 'The EU will be hosting a conference in Brussels on Syria.',
    confidence: 0.65,
  },
  {
    reason: 'located-host-in',
    cue: 'host|conven',
    type: 'located_in',
    pattern: `{S:person,government,country}{_}(?:host|hosts|hosted|hosting|convene|convenes|convened|convening)(?!\\s+by\\b)\\s+(?:[^⟦⟧.;]|⟦[^⟧]*⟧){1,100}?\\s(?:in|at)\\s+(?:the\\s+)?{T:city,site,country}`,
    example: 'Secretary of State Kerry will host foreign and defense ministers of the Global Coalition in Washington.',
    confidence: 0.7,
  },
  {
    reason: 'located-fronted-place',
    cue: '^\\W*(?:In|Inside|At|Across|Throughout)\\s',
    type: 'located_in',
    pattern: `^[\\s.“"]*(?:In|Inside|At|Across|Throughout)\\s+(?:the\\s+)?{T:place,camp},\\s+{_}{S:force,armed_group,person,government}`,
    example: 'In Turkey, Special Advisor Thames will deliver remarks at the conference.',
    confidence: 0.65,
  },
  {
    reason: 'located-person-of',
    cue: ', of ',
    type: 'located_in',
    pattern: `{S:person},\\s+(?:\\d{1,3},\\s+)?of\\s+{T:city,region}`,
    example: 'Navy Senior Chief Petty Officer Scott C. Dayton, 42, of Woodbridge, Virginia, died Nov. 24.',
    confidence: 0.7,
  },
  {
    reason: 'located-people-of',
    cue: ' of ',
    type: 'located_in',
    pattern: `{S:name-victim-group,name-people-group}\\s+of\\s+(?:the\\s+)?(?:(?:city|town|village|province|camp)\\s+of\\s+)?{T:city,region,camp}`,
    example: "Tobias Ellwood condemns ISIL's treatment of residents of Mosul.",
    confidence: 0.6,
  },
  {
    reason: 'located-driven-from',
    cue: 'clear|expel|drive|drove|push|oust|evict|flush',
    type: 'located_in',
    pattern: `(?:clear|clearing|cleared|expel|expelling|expelled|drive|driving|drove|driven|push|pushing|pushed|oust|ousting|ousted|evict|evicted|flush|flushed)\\s+(?:the\\s+)?{S:armed_group}\\s+(?:fighters\\s+|militants\\s+)?(?:out\\s+)?(?:of|from)\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?{T:place,camp}`,
    example: 'The start of Iraqi operations marks another step towards clearing Daesh from Iraq.',
    confidence: 0.65,
  },
  {
    reason: 'located-rid-of',
    cue: 'rid',
    type: 'located_in',
    pattern: `(?:rid|ridding)\\s+{T:place,camp}\\s+of\\s+(?:the\\s+)?{S:armed_group}`,
    example: 'There will still be work to rid Iraq of ISIL after the liberation of Mosul.',
    confidence: 0.65,
  },
  {
    reason: 'located-died-in',
    cue: 'died|killed|wounded|injured',
    type: 'located_in',
    pattern: `{S:person}{__}(?:died|was\\s+killed|were\\s+killed|was\\s+wounded|was\\s+injured)\\b(?:[^⟦⟧]){0,30}?\\s(?:in|near)\\s+(?:the\\s+)?(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\\s+)?{T:place}`,
    example: 'Senior Chief Petty Officer Scott Dayton died Nov. 24 in northern Syria.',
    confidence: 0.6,
  },
  {
    reason: 'located-role-in',
    cue: ',',
    type: 'located_in',
    pattern: `{S:person},\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+|⟦\\d+\\|(?:actor|force)\\|[^⟧]*⟧\\s+){0,4}?(?:{LEAD}|{MEMBER}|leader|official|fighter|member|resident|native)\\s+(?:in|from|of)\\s+(?:the\\s+)?{T:city,region,site,camp}`,
    example: 'Abu Jandal al-Kuwaiti, an ISIS gang leader in Raqqa, was killed.',
    confidence: 0.6,
  },
  {
    reason: 'located-loose-in',
    cue: '\\b(?:in|at|inside|near|across|throughout)\\s',
    type: 'located_in',
    pattern: `{S:organization,government,armed_group,force}(?:\\s+(?![Ii]n\\s|[Aa]t\\s)[\\w'’-]+){0,4}?\\s+(?:in|at|inside|near|across|throughout)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?{T:place,camp}`,
    example: 'Carter flew to visit U.S. service members at Qayyarah Airfield West.',
    confidence: 0.5,
    coord: true,
  },
  // ---- recruits -------------------------------------------------------------
  {
    reason: 'recruits-verb',
    cue: 'recruit|enlist|conscript',
    type: 'recruits',
    pattern: `{S:${ACTOR}}{_p}(?:recruited|recruits|recruiting|recruit|enlisted|conscripted|conscripts|enlists)\\s+(?:\\w+\\s+){0,4}?(?:in|from|at|inside)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'ISIS recruited teenagers in the al-Hol camp.',
    confidence: 0.75,
  },
  {
    reason: 'recruits-from-group',
    cue: 'recruit|enlist|conscript',
    type: 'recruits',
    pattern: `{S:${ACTOR}}{_p}(?:recruited|recruits|recruiting|conscripted|enlisted)\\s+(?:former\\s+)?(?:members|fighters)\\s+(?:of|from)\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'ISIS recruited fighters from the al-Nusra Front.',
    confidence: 0.7,
  },
  // ---- reports --------------------------------------------------------------
  {
    reason: 'reports-quoted-by',
    cue: 'quoted|cited|carried|published|reported',
    type: 'reports',
    pattern: `{T:media}\\s+(?:report|article|story|investigation|interview|account)\\s+(?:quoted|cited|carried|published|republished|reported)\\s+by\\s+(?:the\\s+)?{S:media}`,
    example: 'according to a Wall Street Journal report quoted by the Jerusalem Post.',
    confidence: 0.85,
  },
  {
    reason: 'reports-citing',
    cue: 'citing|cited|quoting|quoted',
    type: 'reports',
    pattern: `{S:media}{_}(?:citing|cited|quoting|quoted)\\s+(?:an?\\s+|the\\s+)?(?:report\\s+(?:by|from|in)\\s+(?:the\\s+)?)?{T:media}`,
    example: 'Reuters, citing Al Arabiya, said the talks had failed.',
    confidence: 0.8,
  },
  {
    reason: 'reports-reported-that',
    cue: 'report|said|says|announc|reveal|claim',
    type: 'reports',
    pattern: `{S:media}\\s+(?:reported|reports|said|says|announced|revealed|claimed)\\s+(?:on\\s+\\w+\\s+)?(?:that\\s+)?(?:the\\s+)?{T:${ACTOR}}`,
    example: 'The semi-official Tasnim News reported that US forces might withdraw from Iraq.',
    confidence: 0.6,
  },
  // ---- withdraws_from -------------------------------------------------------
  {
    reason: 'withdraws-verb',
    cue: 'withdr|pull|retreat|leav|left|evacuat|exit',
    type: 'withdraws_from',
    pattern: `{S:${ACTOR},country}{_}${WITHDRAW_V}\\s+(?:(?:its|their|all|most|some|the)\\s+)?(?:(?:troops|forces|soldiers|personnel|fighters)\\s+)?(?:from|out\\s+of)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'US forces might withdraw from Iraq by September 2025.',
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'withdraws-nominal',
    cue: 'withdrawal|pullout|pull-out|retreat',
    type: 'withdraws_from',
    pattern: `{S:${ACTOR},country}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:withdrawal|pullout|pull-out|retreat)\\s+from\\s+(?:the\\s+)?{T:place,camp}`,
    example: "Turkey's withdrawal from Afrin was announced on Friday.",
    confidence: 0.7,
  },
];
