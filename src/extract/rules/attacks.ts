/**
 * Relation rules, family `attacks`: who attacks, fights or threatens whom.
 * Verbs are named by class (lexicon/verbs.json); see types.ts for the slots.
 * `attacks-fight` reads `defeat` verbs in their base, past and participle
 * forms only: "defeating X" is mostly a goal ("committed to defeating ISIL"),
 * which `attacks-fight-against-subject` reads with a lower confidence, and
 * "defeats" mostly a noun.
 */
import type { RelationRule } from './types.ts';
import { ACTOR, FIGHTER, GROUP_FIGHTER, PLACE_KIND } from './kinds.ts';

export const ATTACK_RULES: RelationRule[] = [
  {
    reason: 'attacks-fighting-between',
    type: 'attacks',
    pattern: `(?<!\\b(?:proxy|cold|trade|price|propaganda|media|information|word|words)[\\s-]+){W:conflictNouns}\\s+(?:(?:have\\s+|has\\s+|had\\s+)?{V:break-out}\\s+(?:again\\s+)?|(?:were|was|have\\s+been|has\\s+been)\\s+(?:reported|recorded|registered)\\s+)?(?:(?:for|over)\\s+(?:control\\s+of\\s+)?(?:the\\s+)?{X}\\s+)?between\\s+(?:the\\s+)?(?:(?!(?:in|on|at|of|from|near|inside|across|around|and|or|with|against)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?{S:${GROUP_FIGHTER}}(?:\\s+{W:forceNouns:bare})?\\s+and\\s+(?:the\\s+)?(?:(?!(?:in|on|at|of|from|near|inside|across|around|and|or|with|against)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?{T:${GROUP_FIGHTER}}`,
    example: 'Fresh clashes between the Ansar Front and the Chadian army were reported near Faya.',
    // (a verb of the fight breaking out or going on between the noun and "between": lexicon class break-out; or its
    // report: "clashes were reported between X and Y")
    examples: ['The war between Eritrea and Ethiopia ended in 2000.', 'A battle for control of Faya between the Ansar Front and the Chadian army began.', 'Clashes between Ansar Front units and the Chadian army left nine dead.', 'Heavy fighting broke out between the Ansar Front and the Chadian army on Monday.', 'On Sunday, clashes were reported between the Ansar Front and the Chadian army near Faya.'],
    // a proxy war, a cold war or a trade war between two states is no fighting between them
    confidence: 0.75,
  },
  {
    reason: 'attacks-claimed-responsibility',
    type: 'attacks',
    pattern: `{S:${ACTOR}}{_}{V:claim}\\s+(?:the\\s+)?responsibility\\s+for\\s+(?:the\\s+)?(?:{N}\\s+)?(?:[\\w-]+\\s+){0,2}?(?:attacks?|bombings?|assaults?|strikes?|operations?|killings?|blasts?|explosions?)\\s+(?:in|on|against|at|near|targeting)\\s+(?:the\\s+)?{T}`,
    example: 'Al-Shabaab claimed responsibility for two attacks in Mogadishu last month.',
    examples: ['The Taliban claimed responsibility for two roadside bombings in Kandahar and Helmand.'],
    confidence: 0.85,
    coord: true,
  },
  {
    reason: 'attacks-verb',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}{_p}(?<![\\p{L}-]){ACTIVE}(?:{V:attack}|{V:fire}\\s+(?:(?:rockets|missiles|mortars)\\s+)?(?:on|at|upon)|{V:launch}\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:attacks?|assaults?|offensive|strikes?|airstrikes?|raids?)\\s+(?:on|against))\\s+(?:(?:at\\s+least|more\\s+than|nearly|about|some|over)\\s+)?(?:{N}\\s+)?(?:(?:members|supporters|fighters|soldiers|officers|leaders|commanders|militants|dozens|scores|hundreds|thousands)\\s+of\\s+)?(?:the\\s+|an?\\s+)?(?:(?!in\\s|at\\s|near\\s|across\\s|inside\\s|within\\s|by\\s)[\\w-]+\\s+){0,2}?{T:${ACTOR},place,camp}`,
    example: 'Hezbollah fighters ambushed the Free Syrian Army near the border.',
    examples: ['Hezbollah was firing rockets at the Free Syrian Army.', 'Hezbollah was striking the Free Syrian Army near Qusayr.', 'The Taliban launched a fresh offensive on Kandahar.'],
    // (no "by" before the target: "civilians were killed by coalition strikes" is the coalition's doing, read passive; no
    // "within" either: "civilians besieged within the city" is no attack on the city ("villages around X" and
    // "stormed into X" are attacks))
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'attacks-fight',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}{_p}(?<![\\p{L}-]){NOT_OURS}(?:{ACTIVE}(?:{V:fight}|{V:confront}|{V:defeat:base,past,pp})|at\\s+war\\s+with|{W:campaignNouns}\\s+against|attacks?\\s+(?:on|against)|assaults?\\s+on|(?:air)?strikes?\\s+(?:on|against)|{V:liberate}\\s+\\w+\\s+from|{V:commit}\\s+against|defen[cs]es?\\s+against|resistance\\s+against)\\s+(?:(?:tens\\s+of\\s+)?(?:thousands|hundreds|dozens|scores|millions)\\s+of\\s+)?(?:the\\s+|an?\\s+)?(?:(?!{W:sidePrepositions:bare}\\s)[\\w-]+\\s+){0,2}?{T:${ACTOR}}(?!(?:['’]s?)?\\s+{W:sideNouns:bare}(?![\\p{L}-])|\\s+against\\s)`,
    example: 'The Syrian Democratic Forces fought ISIS for months.',
    examples: ['Kurdish fighters clashed with ISIS near Kobani.', 'The Peshmerga expelled ISIS from Sinjar in 2015.', 'The Free Syrian Army liberated hundreds from ISIS.', 'Witnesses say Boko Haram committed against Nigerian villagers the worst abuses of the war.'],
    // (not whom the fight is beside: "fought on Hezbollah's side", "fought with the army against X")
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'attacks-abuses-against',
    type: 'attacks',
    // crimes named as nouns are their subject's ("X committed abuses against Y", "X is accused of atrocities against Y");
    // not the deeds of someone else that a passive's agent judges ("sanctioned by the United States for abuses against
    // Y": the abuses are the sanctioned party's)
    pattern: `(?<!\\bby\\s+(?:the\\s+)?){S:${FIGHTER}}{_p}(?<![\\p{L}-]){NOT_OURS}(?:atrocities|crimes|violence|abuses|brutality)\\s+against\\s+(?:(?:tens\\s+of\\s+)?(?:thousands|hundreds|dozens|scores|millions)\\s+of\\s+)?(?:the\\s+|an?\\s+)?(?:(?!{W:sidePrepositions:bare}\\s)[\\w-]+\\s+){0,2}?{T:${ACTOR}}(?!(?:['’]s?)?\\s+{W:sideNouns:bare}(?![\\p{L}-])|\\s+against\\s)`,
    example: 'Rights groups say the Kessar Brigades committed atrocities against Zaghawa villagers.',
    examples: ['The Kessar Brigades were sanctioned by Chad for abuses against Zaghawa villagers.'],
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'attacks-at-war',
    type: 'attacks',
    // a state is a party to a war too (attacks-fight's other triggers take actors only: "an offensive against Chad"
    // names a place as often as a party)
    pattern: `{S:${FIGHTER}}{_p}(?<![\\p{L}-]){NOT_OURS}at\\s+war\\s+(?:(?:since|for|in)\\s+[\\w\\s]{1,20}?\\s+)?with\\s+(?:the\\s+)?{T:${ACTOR},country}`,
    example: 'The Ansar Front has been at war with Chad since 2019.',
    examples: ['The Tarvan Front has been at war since 2015 with the Chadian army.', 'The Houthis have been at war for years with Saudi Arabia.'],
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'attacks-used-against',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}{_p}\\b(?:{ACTIVE}{V:use-weapon}|use\\s+of)\\s+(?:[\\w,’'-]+\\s+){1,8}?against\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?{T:${ACTOR}}`,
    example: 'The Houthis have used armed drones against Saudi forces near the border.',
    examples: ['Boko Haram used teenage suicide bombers against Nigerian troops near Maiduguri.'],
    confidence: 0.75,
    coord: true,
  },
  {
    reason: 'attacks-liberate-from',
    type: 'attacks',
    pattern: `{S:${GROUP_FIGHTER}}{_p}{ACTIVE}(?:{V:retake}|{V:seize})\\s+(?:[^⟦⟧.;]|⟦[^⟧]*⟧){1,80}?\\s+from\\s+(?:the\\s+)?{T:armed_group,force}`,
    example: 'Peshmerga units liberated the village of Bashiqa from ISIS in late 2016.',
    examples: ['Iraqi forces were retaking Dabiq from ISIL.', 'Kurdish fighters were clearing Dabiq from ISIL.', 'The Peshmerga wrested two villages outside Kirkuk from ISIS last week.', 'The Kessar Front seized the town of Faya from the Chadian National Army.'],
    confidence: 0.75,
  },
  {
    reason: 'attacks-fire-from',
    type: 'attacks',
    pattern: `{T:${ACTOR}}{__}{V:come-under}\\s+(?:[\\w-]+\\s+){0,8}?fire\\s+from\\s+(?:the\\s+)?{S:${FIGHTER}}`,
    example: 'Kenyan troops came under heavy mortar fire from Al-Shabaab militants near the border.',
    examples: ['The Peshmerga came under heavy mortar fire from ISIS near Kirkuk.'],
    confidence: 0.75,
  },
  {
    reason: 'attacks-rid-of',
    type: 'attacks',
    pattern: `{S:${GROUP_FIGHTER}}{_p}{ACTIVE}{V:rid-of}\\s+(?:[^⟦⟧.;]|⟦\\d+\\|(?:place|camp)\\|[^⟧]*⟧){1,60}?\\s+of\\s+(?:the\\s+)?{T:armed_group}`,
    example: 'Afghan commandos have cleared most of the district of Taliban fighters.',
    examples: ['The Iraqi Army has purged the old quarter of Mosul of ISIS.'],
    confidence: 0.7,
  },
  {
    reason: 'attacks-intent-subject',
    type: 'attacks',
    pattern: `(?:(?:terrorist\\s+|deadly\\s+|suicide\\s+)?attacks?\\s+(?:against|on)|to\\s+{V:harm:base}(?:\\s+and\\s+{V:injure:base})?|acts\\s+of\\s+terror(?:ism)?\\s+(?:against|in))\\s+(?:(?:innocent|unarmed)\\s+)?(?:the\\s+)?{T:${ACTOR},place}`,
    example: 'Al-Shabaab remains determined to carry out attacks against Kenya.',
    examples: ['Investigators say Hamas planned to kill and maim Israeli civilians at the crossing.'],
    confidence: 0.6,
    source: 'subject',
    sourceKinds: ['armed_group', 'government'],
    coord: true,
  },
  {
    reason: 'attacks-nominal-in',
    type: 'attacks',
    // (the claim of one, "claimed responsibility for an attack on"; the place after its kind and words before it, "the
    // Israeli port city of X")
    pattern: `{S:armed_group,government}(?:['’]s)?\\s+(?:{V:claim}\\s+responsibility\\s+for\\s+(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+)?|(?:[\\w-]+\\s+){0,3}?)(?:attacks?|bombings?|atrocities|massacres?|offensive|assault|shelling)\\s+(?:(?:today|yesterday|this\\s+\\w+|last\\s+\\w+|on\\s+{W:days:bare})\\s+)?(?:in|on|at)\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+){0,2}?(?:town|city|village|province|district|port|capital)\\s+of\\s+)?{T:place,camp}`,
    example: "Canada condemns Boko Haram's repeated bomb attacks in the city of Maiduguri.",
    // (a time after the attack is a day, "on Monday": "an attack on ship in the Red Sea" attacked the ship)
    examples: ["Witnesses described Boko Haram's night raids and bombings in the village of Dalori.", 'The Tarvan Front claimed responsibility for a rocket attack on the southern port city of Kessar.'],
    confidence: 0.75,
    coord: true,
  },
  {
    reason: 'attacks-fight-for-place',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}{_}{V:fight}\\s+(?:to\\s+(?:{V:retake:base}|{V:seize:base})|for\\s+control\\s+of)\\s+(?:the\\s+)?(?:(?:town|city|village)\\s+of\\s+)?{T:place}`,
    example: 'The Kurds who fought to retake Kobani were honoured.',
    examples: ['Houthi fighters are battling for control of Aden.', 'Hezbollah fought to capture Qusayr.'],
    confidence: 0.65,
  },
  {
    reason: 'attacks-claimed-by',
    type: 'attacks',
    pattern: `(?:attacks?|bombings?|blasts?|explosions?)\\s*,?\\s+(?:also\\s+)?{V:claim:pp}\\s+by\\s+(?:the\\s+)?{S:armed_group}\\s*,?\\s+(?:have\\s+|has\\s+|had\\s+)?{V:hurt}\\s+(?:at\\s+least\\s+|more\\s+than\\s+)?(?:{N}\\s+)?(?:more\\s+)?(?:(?:innocent|unarmed)\\s+)?{T:${ACTOR},place}`,
    example: 'Two bombings, also claimed by Al-Shabaab, wounded 14 Kenyan soldiers on Friday.',
    examples: ['Two bombings claimed by the Taliban wounded more than 40 civilians in Kabul on Sunday.'],
    confidence: 0.8,
  },
  {
    reason: 'attacks-in-claimed-by',
    type: 'attacks',
    pattern: `(?:in|at|on)\\s+(?:the\\s+)?(?:(?:towns?|city|village|port\\s+city)\\s+of\\s+)?{T:place,camp}\\s+(?:(?:that|which)\\s+(?:was|were)\\s+|(?:was|were)\\s+)?(?:(?:also|later)\\s+)?{V:claim:pp}\\s+by\\s+(?:the\\s+)?{S:armed_group}`,
    example: 'France condemns the bombings in Somalia this week, including one in Mogadishu claimed by Al-Shabaab.',
    examples: ['A market bombing in Maiduguri that was later claimed by Boko Haram killed eleven people.'],
    confidence: 0.75,
  },
  {
    reason: 'attacks-for-which-claimed',
    type: 'attacks',
    pattern: `(?:attacks?|bombings?|blasts?|explosions?)\\s+(?:[\\w-]+\\s+)?(?:in|on|at)\\s+(?:the\\s+)?(?:(?:towns?|city|cities|village|villages|port\\s+city)\\s+of\\s+)?{T:place,camp}(?:[^⟦⟧;.]|⟦[^⟧]*⟧){0,120}?,?\\s+(?:for\\s+)?which\\s+(?:the\\s+)?{S:armed_group}\\s+(?:has\\s+|have\\s+|had\\s+)?{V:claim}`,
    example: 'Kenya condemns the bombings in the port city of Kismayo on Tuesday, for which Al-Shabaab has claimed responsibility.',
    examples: ['Police counted the dead after the bombings in the city of Kandahar, for which the Taliban claimed responsibility.'],
    confidence: 0.7,
  },
  {
    reason: 'attacks-passive',
    type: 'attacks',
    pattern: `{T:${ACTOR},place,camp}{_}\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been|being|is|are|came\\s+under)\\s+(?:repeatedly\\s+|heavily\\s+)?(?:{V:attack:pp}|attack|fire)\\s+(?:\\w+\\s+){0,2}?by\\s+(?:the\\s+)?{S:${FIGHTER}}`,
    example: 'The convoy of the Iraqi Army was attacked by ISIS near Tikrit.',
    confidence: 0.8,
  },
  {
    // who drives a group out of a place attacks it (verb class `drive-out`: "drove X out of Y", "X was pushed out of Y by Z")
    reason: 'attacks-driven-out',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}{_p}{V:drive-out:past}\\s+(?:the\\s+)?{T:${GROUP_FIGHTER}}\\s+(?:fighters\\s+|militants\\s+)?(?:out|from)(?![\\p{L}-])`,
    example: 'Malian troops drove the Tarvan Front out of Kidal in March.',
    // (the place may go unsaid: "drove the group out in 2017")
    examples: ['Two years after Malian troops pushed the Tarvan Front out, the town is calm.'],
    confidence: 0.75,
  },
  {
    reason: 'attacks-driven-out-passive',
    type: 'attacks',
    pattern: `{T:${GROUP_FIGHTER}}{_}\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been|being|got)\\s+(?:\\w+ly\\s+)?{V:drive-out:pp}\\s+(?:out\\s+)?(?:of|from)\\s+(?:[^⟦⟧.;]|⟦[^⟧]*⟧){1,60}?\\s+by\\s+(?:the\\s+)?{S:${FIGHTER}}`,
    example: 'The Tarvan Front was driven out of Kidal by Malian troops in March.',
    confidence: 0.75,
  },
  {
    reason: 'attacks-nominal',
    type: 'attacks',
    pattern: `{S:${FIGHTER}}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:attacks?|assaults?|offensive|offensives|airstrikes?|strikes?|raids?|ambush(?:es)?|bombardment|shelling|campaign)\\s+(?:on|against|targeting)\\s+(?:the\\s+)?{T:${ACTOR},place,camp}`,
    example: 'The Turkish Armed Forces offensive against the YPG began in October.',
    confidence: 0.75,
    coord: true,
  },
  {
    reason: 'attacks-nominal-of',
    type: 'attacks',
    // a party's siege, bombardment or shelling of a place (lexicon attackNouns, or a siege, which is no attack noun: who
    // breaks "X's siege" fights X, not the reverse; then "of"): an attack on the place
    pattern: `{S:${FIGHTER}}['’]s?\\s+(?:[\\w-]+\\s+)?(?:{W:attackNouns}|siege)\\s+of\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+){0,2}?(?:${PLACE_KIND}|camp)\\s+of\\s+)?{T:place,camp}`,
    example: "The Tarvan Front's siege of Agadez entered its third month.",
    examples: ["The Kessar Brigades' months-long bombardment of the town of Gouro ended in May."],
    confidence: 0.7,
  },
  {
    reason: 'attacks-nominal-by',
    type: 'attacks',
    pattern: `(?:attacks?|assaults?|offensive|airstrikes?|strikes?|raids?|ambush(?:es)?|shelling)\\s+(?:on|against)\\s+(?:the\\s+)?{T:${ACTOR},place,camp}\\s+by\\s+(?:the\\s+)?{S:${FIGHTER}}`,
    example: 'Attacks on the SDF by Turkish Armed Forces increased.',
    confidence: 0.75,
  },
  {
    reason: 'attacks-targeting-subject',
    type: 'attacks',
    pattern: `(?:{V:target:ing}|{V:target:pp}|to\\s+{V:target:base})\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'Boko Haram is sending young girls as suicide bombers targeting Nigerian soldiers.',
    examples: ['Al-Shabaab has trained young men as gunmen to attack Kenyan police.', 'The Houthis sent drone crews to target Saudi forces.', 'Boko Haram sent gunmen who attacked Nigerian forces.'],
    confidence: 0.6,
    source: 'subject',
    sourceKinds: ['armed_group'],
  },
  {
    reason: 'attacks-threat-to',
    type: 'attacks',
    pattern: `{S:armed_group}{_p}{V:pose}\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?threat\\s+to\\s+{T:${ACTOR}}`,
    example: 'Al-Shabaab is regrouping and posing a growing threat to Kenyan troops.',
    examples: ['Officials fear that Boko Haram poses a growing threat to Nigerian forces.'],
    confidence: 0.55,
  },
  {
    reason: 'attacks-battle-with-subject',
    type: 'attacks',
    // a fight named as a noun after a preposition of time, "with" or "against" a party: the clause's subject fought it
    // ("took the town after a two-month battle with ISIL", "lost 40 men in clashes with the army")
    pattern: `(?<![\\p{L}-])(?:after|following|during|in|amid|through)\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:battles?|clash|clashes|fighting|war|confrontations?|gunfights?|firefights?)\\s+(?:with|against)\\s+(?:the\\s+)?{T:armed_group,force,government,country}`,
    example: 'The Kessar Brigades took the town after a two-month battle with the Tarvan Front.',
    examples: ['The Chadian army lost 40 men in clashes with the Tarvan Front.'],
    confidence: 0.6,
    source: 'subject',
    sourceKinds: ['armed_group', 'force', 'government', 'country'],
  },
  {
    reason: 'attacks-fight-against-subject',
    type: 'attacks',
    // (not a non-violent act against a party: "sanctions against X"; lexicon grievanceNouns; "voted against Y" is
    // the engine's, rules/engine.ts SPOKEN_AGAINST)
    pattern: `(?:(?<!\\b{W:grievanceNouns}\\s+(?:[\\w-]+\\s+)?)\\bagainst|(?:fight|fighting|war|campaign|struggle|strikes?|airstrikes?|operations?|efforts?|offensive)\\s+on|(?:defeat|destruction|elimination|defeating|destroying)\\s+of|(?:to|{V:help:base,ing})\\s+{V:counter:base}(?:\\s+and\\s+(?:ultimately\\s+|eventually\\s+|then\\s+)?{V:degrade:base})?|(?:committed|focused|intent|working)\\s+(?:to|on)\\s+(?:{V:degrade:ing}|{V:fight:ing}))\\s+(?:the\\s+)?{T:armed_group}`,
    example: 'The Government of Iraq continues its fight against ISIL.',
    examples: ['Jordan sent jets to help defeat ISIS.', 'The Coalition promised to degrade and ultimately destroy ISIS.', 'Jordan remains committed to defeating ISIS.', 'Kenya is focused on fighting Boko Haram.'],
    confidence: 0.5,
    source: 'subject',
    sourceKinds: ['armed_group', 'force', 'government', 'organization', 'country', 'person'],
  },
];
