/**
 * Relation rules, family `member_of` and `leads` (people and groups): who
 * leads, speaks for, serves in or belongs to a group. {LEAD} and {MEMBER} are
 * the role nouns of lexicon/roles.json.
 */
import type { RelationRule } from './types.ts';
import { ACTOR, COUNTRY_OWNER, GROUP, PLACE_KIND } from './kinds.ts';
import { genericActorWords } from '../lexicon/generic-actors.ts';

/** Words that make a leader the head of a sub-unit, and so a member of the group: "an ISIS gang leader". */
const SUB_UNIT = '(?:gang|cell|local|field|unit|mid-level|regional|provincial|district|area|sector|battalion|brigade|company|platoon|squad|sniper|media)';
/** After a group's possessive: a part of the group ("the SDF's media office", "its military council"; lexicon partNouns and the nouns of a body's parts), or an armed body it names ("the Army's 103rd Brigade"). */
const PART_OF_GROUP = `['’]s?\\s+(?:(?:[\\w-]+\\s+){0,2}?(?:{W:partNouns}|office|department|bureau|council|committee|division|directorate|command|section)(?![\\w-])|⟦\\d+\\|(?:force|actor\\|armed_group)\\|)`;

/**
 * Between a role's preposition and its group: a few words and places, no comma ("leader of the Idlib-based Tarvan
 * Front"); not across a clause ("governor of the Nineveh Governorate, declared that ... retaken from ISIL").
 */
const ROLE_OBJECT_GAP = '(?:(?:[\\w\'’-]+|⟦\\d+\\|(?:place|camp)\\|[^⟧]*⟧[\\w\'’-]*)\\s+){0,3}?';

/** A generic actor's placeholder ("gangs", "police officer") or a described force's ("Kurdish and Arab fighters"): words of a description, no party of its own. */
const GENERIC = '⟦\\d+\\|[^|⟧]*\\|[^|⟧]*\\|(?:generic-actor|name-force-descriptive)[^⟧]*⟧';
/** The words of an apposition before its participle: a few words and generic actors ("a coalition of militias"). */
const DESCRIPTION_GAP = `(?:(?:[\\w'’-]+|${GENERIC})\\s+){1,5}?`;
/** What a leader is called before the name: lower-case words and generic actors ("former police officer"). */
const ROLE_BEFORE = `(?:(?:\\p{Ll}[\\w'’-]*|${GENERIC})\\s+){0,4}?`;

/** Not right after a preposition of place or direction (lexicon/words.json `placePrepositions`). */
/** Words between a country and the office it names that make no other office ("Lebanon's caretaker prime minister"; generic-actors.json qualifiers). */
const OFFICE_QUALIFIERS = `(?:(?:${genericActorWords().qualifiers.join('|')})\\s+){0,2}`;
const NOT_PLACED = '(?<!\\b{W:placePrepositions:bare}\\s+)';

/** The plural nouns a group's members are counted under ("NATO members", "coalition nations"). */
const GROUP_NOUN = '(?:nations|members|countries|states|groups|factions)';
/**
 * Where a role before a name in apposition serves, if said: a place named ("the UN envoy for Libya, X,") or a place's
 * noun ("the police spokesman in the state, X,").
 */
const ROLE_WHERE = `(?:\\s+(?:for|to|in|on)\\s+(?:the\\s+)?(?:⟦\\d+\\|place\\|[^⟧]*⟧|${PLACE_KIND}|state|country)\\s*,|\\s*,?)`;
/**
 * ... or, for a member's role, the remit it holds after "for" or "of", in lower case, then a comma ("the Front's minister
 * for refugees and repatriation, X,").
 */
const ROLE_WHERE_OR_REMIT = `(?:${ROLE_WHERE}|\\s+(?:for|of)\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+(?:and\\s+)?){0,2}\\p{Ll}[\\p{Ll}-]*\\s*,)`;
/** The words that give a name as the one a person goes by, before it in apposition ("Its leader, known by the alias X,"). */
const GOES_BY = '(?:known\\s+(?:as|by\\s+(?:the|his|her)\\s+(?:alias|nickname|nom\\s+de\\s+guerre|name))\\s+|nicknamed\\s+)?';

/**
 * After the first name of a list: the list (names joined by commas, "and", "or") does not end in a noun of places
 * ("including the Hamra and Salam districts", "such as Tal Abyad town"): those names are places, not members.
 */
const NOT_PLACE_LIST = '(?!(?:\\s*(?:,|and|or)\\s*(?:and\\s+|or\\s+)?(?:the\\s+)?⟦[^⟧]*⟧)*\\s+(?:areas?|districts?|neighbou?rhoods?|quarters?|villages?|towns?|cities|regions?|provinces?|suburbs?)\\b)';

/** A copula that says what someone is or has become, and the adverbs it may take ("remains", "is now", "became"). */
const COPULA = '(?:is|was|remains|remained|has\\s+been|had\\s+been|became|becomes)\\s+(?:(?:also|still|now|then|later|currently|reportedly)\\s+)?';

/** The rule of people named by what they are who belong to a group (pipeline.ts reads it again once the generic actors are found). */
export const GENERIC_MEMBER = 'member-generic-verb';

export const MEMBERSHIP_RULES: RelationRule[] = [
  {
    reason: 'leads-appositive',
    type: 'leads',
    // (with "a" or "an", one of several: a member, member-appositive-one-of-leaders)
    // (not the head of a part named after the group's possessive: member-heads-part)
    pattern: `{S:person},\\s+(?!(?:a|an)\\s)(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?<!\\b(?:${SUB_UNIT}|crew)\\s+){LEAD}\\s+(?:of|for|at|in)\\s+(?:the\\s+)?${ROLE_OBJECT_GAP}{T:${ACTOR}}(?!${PART_OF_GROUP})`,
    example: 'Abubakar Shekau, the leader of Boko Haram, appeared in a video.',
    examples: ['Abu Mohammad al-Julani, the founder of Hayat Tahrir al-Sham, gave a rare interview.'],
    confidence: 0.85,
  },
  {
    reason: 'leads-appositive-possessed',
    type: 'leads',
    // ... and the armed body named after a group's possessive is what the role leads ("X, commander of the Army's 9th
    // Brigade": the brigade; who heads it is a member of the group, member-heads-part); not an office's body, whose
    // name may hold its country ("director of the Office of X of China's Central Commission")
    pattern: `{S:person},\\s+(?!(?:a|an)\\s)(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?<!\\b(?:${SUB_UNIT}|crew)\\s+){LEAD}\\s+(?:of|for)\\s+(?:the\\s+)?{X}['’]s?\\s+{T:force,armed_group}`,
    example: "Colonel Idris Kamal, the commander of the Tarvan Front's 4th Brigade, said the road was open.",
    confidence: 0.8,
  },
  {
    reason: 'leads-appositive-second-role',
    type: 'leads',
    // the second of two roles in one apposition, joined by "and" ("X, the governor of Y and leader of Z,"): the first
    // role's object is one word or name, no comma between
    pattern: `{S:person},\\s+(?!(?:a|an)\\s)(?:(?:the\\s+)?(?:[\\w-]+\\s+){1,3}?(?:of|for)\\s+(?:the\\s+)?(?:⟦[^⟧]*⟧|[\\w'’-]+)|(?:the\\s+)?⟦[^⟧]*⟧(?:['’]s?)?\\s+(?:[\\w-]+\\s+)?[\\w-]+|⟦\\d+\\|actor\\|person\\|name-office[^⟧]*⟧)\\s+and\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?<!\\b(?:${SUB_UNIT}|crew)\\s+){LEAD}\\s+(?:of|for|at|in)\\s+(?:the\\s+)?${ROLE_OBJECT_GAP}{T:${ACTOR}}(?!${PART_OF_GROUP})`,
    example: 'Omar Tessali, the mayor of Gao and head of the Tarvan Front, said the town was calm.',
    // (the first role may be an office's name: "X, Special Envoy of the Secretary-General and head of Y")
    // (or after a possessive: "X, the Y's secretary-general and president of Z")
    examples: ['Idris Kamal, governor of Kidal and leader of the Kessar Brigades, met the envoy.', 'Amina Saleh, Special Envoy of the Secretary-General and head of the Kessar Monitoring Mission, spoke.', "Musa Idris, the Kessar Front's political chief and leader of the Tarvan Council, arrived."],
    confidence: 0.75,
  },
  {
    reason: 'member-heads-part',
    type: 'member_of',
    // who heads a part of a group named after its possessive is a member of the group ("X, the head of the SDF's media
    // office", "X, who commands the Tarvan Front's northern wing")
    pattern: `{S:person},\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?{LEAD}\\s+(?:of|for|at|in)\\s+(?:the\\s+)?{T:${ACTOR}}${PART_OF_GROUP}`,
    example: "Idris Kamal, the head of the Tarvan Front's media office, denied the report.",
    examples: ["Omar Tessali, the commander of the Kessar Brigades' northern wing, was killed."],
    confidence: 0.75,
  },
  {
    reason: 'leads-appositive-bare',
    type: 'leads',
    pattern: `{S:person},\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?{LEAD}\\s*,\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'Lt. Gen. Mark Hollis, commander, Allied Land Forces Southern Europe, said the exercise went well.',
    examples: ['Gen. Kenneth McKenzie, commander, U.S. Central Command, visited Baghdad.'],
    confidence: 0.75,
  },
  {
    reason: 'leads-title-first',
    type: 'leads',
    // the role and its group first, the person named after it in apposition; not in a list of persons with their roles
    // ("X, the commander of Y, Z, ..."): the role is then X's
    // (one of its leaders is a member: "A commander of X, Y, said": member-title-first)
    pattern: `(?<!⟧\\s*,\\s*(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,2})(?<!(?<![\\p{L}])an?\\s+(?:[\\w-]+\\s+)?)(?<![\\p{L}-]){LEAD}\\s+(?:of|for)\\s+(?:the\\s+)?(?:⟦[^⟧]*⟧[-‐–]\\p{L}+\\s+)?{T:${ACTOR}}${ROLE_WHERE}\\s+{S:person}(?!\\s*,?\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:{LEAD}|{MEMBER})\\s+(?:of|for)\\b)`,
    example: 'The leader of Boko Haram, Abubakar Shekau, appeared in a new video.',
    // (the place the group serves in between: "the commander of the X group in Chad, Y,")
    examples: ['The head of Hezbollah, Hassan Nasrallah, gave a televised speech.', 'The commander of the Tarvan Front in Chad, Idris Naro, was killed in an ambush.'],
    confidence: 0.75,
  },
  {
    reason: 'member-title-first',
    type: 'member_of',
    // (and one of its leaders, "A commander of X, Y"; "in" too: "A commander in the X, Y")
    pattern: `(?<!⟧\\s*,\\s*(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,2})(?<![\\p{L}-])(?:{MEMBER}|(?<=(?<![\\p{L}])an?\\s+(?:[\\w-]+\\s+)?){LEAD})\\s+(?:of|for|in)\\s+(?:the\\s+)?(?:⟦[^⟧]*⟧[-‐–]\\p{L}+\\s+)?{T:${ACTOR}}(?:\\s+(?:in|from)\\s+(?:the\\s+)?{X})?\\s*,\\s+{S:person}(?!\\s*,?\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:{LEAD}|{MEMBER})\\s+(?:of|for)\\b)`,
    example: 'The spokesman for Al-Shabaab, Ali Dhere, denied the claim on Monday.',
    examples: ['A spokesman for the Tarvan Front in Somalia, Omar Haji, was arrested.', 'A commander in the Kessar Brigades, Colonel Idris Mahamat, was wounded.'],
    confidence: 0.75,
  },
  {
    reason: 'leads-passive',
    type: 'leads',
    // (not when a verb follows the name: "X condemned the attack and blamed a gang led by Y" has Y lead the gang; nor a
    // person, who leads no one by this: "a faction loyal to the late X and now led by Y" is the faction's; a person's
    // kin named after the person's possessive is the leader: "led by X's son Y")
    // (nor when another noun phrase opens after a comma further on: "after the Kessar force left in 2022, the junta led
    // by Y" has Y lead the junta; an apposition right after the name is the name: "X, the alliance led by Y"; nor a name
    // after "of" right before "and led by", which is another's, leads-appositive-and-passive: "X, the armed wing of Y
    // and led by Z"; a name given is the one led, "known as Y and led by Z")
    // (nor a name that only owns the phrase that is led: "X, Y's Burkinabè component, is led by Z" leads X)
    // (a body's name in the leader's title is no leader: "led by Parliament Speaker Y")
    // (nor a name that only modifies the noun of an apposition that is led: "X, a National Guard unit commanded by Y"
    // leads X)
    pattern: `{T:${GROUP}}(?!['’]s?\\s+(?:[^⟦⟧,\\s]+\\s+){0,2}?{W:partNouns}\\s*,)(?!(?<=,\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?⟦[^⟧]*⟧)\\s+(?!(?:now|still|later|then|once|also|jointly|currently|formerly|previously|initially|originally)\\s)\\p{Ll}+(?<!ly)\\s+\\p{Ll}+\\s+by\\s){_}(?<!⟧\\s+(?:\\p{Ll}+ed|said|says|told)\\s[^⟦⟧]*)(?<!⟧\\s*[^⟦⟧,\\s][^⟦⟧,]*,\\s+(?:the|a|an)\\s+[^⟦⟧,]*)(?<!\\b(?:of|for)\\s+(?:the\\s+)?⟦[^⟧]*⟧(?:\\s*\\([^()]*\\))?\\s+and\\s+(?:(?:now|later|currently|since)\\s+)?)(?:{V:lead:pp}|{V:direct:pp})\\s+(?:in\\s+\\d{4}\\s+)?by\\s+(?:the\\s+)?(?:(?!(?:of|to|from|for|with|and|or|loyal|close)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?(?:⟦\\d+\\|actor\\|person\\|[^⟧]*⟧['’]s?\\s+\\p{Ll}+\\s+|⟦\\d+\\|\\w+\\|(?:government|organization|force|armed_group)\\|[^⟧]*⟧\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?)?{S:person}`,
    example: 'The Syrian Democratic Forces, led by Mazloum Abdi, took Raqqa.',
    // (a year between: "a militia founded in 2009 by X")
    // ("directed by" too, verb class direct: not of leading, whose active "directed troops to" orders)
    examples: ['The Tarvan Front, directed by the veteran jihadist Omar Tessali, imposed a blockade.', 'The breakaway faction, known as the Kessar Front (KF) and led by Omar Tessali, took Faya.', 'The Tarvan Front, now headed by Omar Tessali, took Faya.', 'A militia commanded by Omar Tessali took Faya.', 'The Tarvan Front, the rebel alliance led by Omar Tessali, took Faya.', 'The Tarvan Front is a Chadian militia founded in 2009 by Omar Tessali.', 'The Kessar Brigades, led by former army officer Idris Naro, took Faya.', "The Kessar Brigades, led by Omar Haji's son Idris Haji, took Faya.", 'The Tarvan Front, led by Parliament Speaker Omar Tessali, won the vote.'],
    confidence: 0.75,
  },
  {
    reason: 'leads-passive-coordinated',
    type: 'leads',
    // the second of two passives of leading joined by "and" ("X, founded by A and now led by B"): B leads X as A does
    // (B may be named after A's possessive: "and later run by his nephew B")
    pattern: `{T:${GROUP}}{_}{V:lead:pp}\\s+(?:in\\s+\\d{4}\\s+)?by\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?⟦\\d+\\|actor\\|person\\|[^⟧]*⟧(?:\\s+in\\s+\\d{4})?,?\\s+(?:and|but)\\s+(?:(?:now|later|since|currently|then)\\s+)?{V:lead:pp}\\s+(?:in\\s+\\d{4}\\s+)?by\\s+(?:the\\s+)?(?:(?!(?:of|to|from|for|with|and|or)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?(?:⟦\\d+\\|actor\\|person\\|[^⟧]*(?:⟧['’]s?|\\|poss⟧)\\s+\\p{Ll}+\\s+)?{S:person}`,
    example: 'The Tarvan Front, a militia founded by the cleric Omar Tessali and now led by his son Idris Tessali, took Faya.',
    examples: ['The Kessar Brigades, founded by Adam Haroun in 2011 but later commanded by Musa Bello, held Abeche.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-appositive-and-passive',
    type: 'leads',
    // a passive of leading joined by "and" to an apposition that describes the group ("X, the armed wing of Y and led by
    // Z"): Z leads X, whom both describe (after a title of hyphened words: "led by Commander-in-Chief Z")
    pattern: `{T:${GROUP}}(?:\\s*\\((?:⟦[^⟧]*⟧|[^()⟦]{1,12})\\))?\\s*,\\s+(?:the|an?)\\s+(?:[\\w'’-]+\\s+){1,4}?(?:of|for|in)\\s+(?:the\\s+)?⟦\\d+\\|[^⟧]*⟧(?:\\s*\\((?:⟦[^⟧]*⟧|[^()⟦]{1,12})\\))?\\s+and\\s+(?:(?:now|later|currently|since)\\s+)?{V:lead:pp}\\s+by\\s+(?:the\\s+)?(?:(?!(?:of|to|from|for|with|and|or)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?(?:\\p{Lu}\\p{L}*(?:-\\p{L}+)+\\s+|\\p{Lu}\\p{L}*(?:-\\p{L}+)*-)?{S:person}`,
    example: 'The Kessar Brigades, the armed wing of the Tarvan Front (TF) and led by Omar Haji, took Faya.',
    examples: ['The Nasr Battalion, a militia based in Faya and commanded by Idris Tessali, withdrew.', 'The Dalan Front, the armed wing of the Sila Union (SU) and led by Commander-in-Chief Musa Kodi, denied it.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-government-of',
    type: 'leads',
    // a state's government named by the person who heads it, after "of" (the titles inside the person's placeholder); the
    // government is the generic actor of the country (events/actors.ts), read in pipeline.ts genericStateLeaders
    pattern: `{T:government}\\s+of\\s+(?:the\\s+)?{S:person}`,
    example: 'The government of President Idris Naro said Chad would hold talks.',
    examples: ['Rebels fought the government of Prime Minister Ali Zeine in Chad.'],
    confidence: 0.75,
  },
  {
    reason: 'leads-possessive-government',
    type: 'leads',
    // ... or before it, in the possessive ("Prime Minister X's government")
    pattern: `{S:person}['’]s?\\s+{T:government}`,
    example: "President Idris Naro's government said Chad would hold talks.",
    examples: ["The Kessar Brigades turned against Prime Minister Ali Zeine's government in Chad."],
    confidence: 0.75,
  },
  {
    reason: 'member-unit-of-country',
    type: 'member_of',
    // a numbered unit named with a country's possessive serves that country ("Russia's 6th Combined Arms Army")
    pattern: `{T:country}['’]s?\\s+{S:name-military-unit}`,
    example: "Chad's 9th Mechanised Brigade shelled the port of Kessar.",
    confidence: 0.7,
  },
  {
    reason: 'member-unit-of-force',
    type: 'member_of',
    // a named unit, then "of" a larger force: part of it ("the Special Task Force (STF) of Chhattisgarh Police", "the 3rd
    // Battalion of the 2nd Brigade"); a name, not a generic actor: "troops of the army" are the army
    pattern: `(?!⟦[^⟧]*\\|generic-actor⟧){S:force,armed_group}\\s+of\\s+(?:the\\s+)?{T:force,armed_group}`,
    example: 'The Mobile Strike Battalion (MSB) of the Kessar Police raided Faya.',
    confidence: 0.7,
  },
  {
    reason: 'member-warship-of-navy',
    type: 'member_of',
    // a warship named after its navy and its class ("Royal Navy destroyer HMS X", "US Navy guided-missile destroyer USS
    // X"; lexicon shipClasses): the ship serves in that navy
    pattern: `{T:force}\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?{W:shipClasses}\\s+{S:name-warship}`,
    example: 'Royal Navy frigate HMS Tarvel intercepted a skiff near Aden.',
    examples: ['The Indian Navy guided-missile destroyer INS Kessar escorted the tanker.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-loyal-to',
    type: 'leads',
    // armed men or a gang loyal to a person are the person's: he leads them ("forces loyal to General X", "rebels loyal to X",
    // "bandits loyal to the kingpin X")
    // (also said or believed to be: "bandits, who are believed to be loyal to X")
    pattern: `{T:armed_group,force,organization}\\s*,?\\s+(?:(?:who|which|that)\\s+(?:is|are|was|were|remains?)\\s+(?:(?:believed|said|thought|reported|known)\\s+to\\s+be\\s+)?)?(?:still\\s+|fiercely\\s+|largely\\s+)?loyal\\s+to\\s+${ROLE_BEFORE}{S:person}`,
    example: 'Fighters of the Kessar Brigades loyal to Omar Tessali shelled the port.',
    examples: ['The Dalan Brigade, still loyal to the former president Idris Naro, held the airport.', 'Police hunted the Kessar Brigades, who are believed to be loyal to the warlord Idris Naro.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-under-command',
    type: 'leads',
    // a group "under the command of" a person is led by that person ("under the leadership of" too)
    // (also past a description in apposition to the group, or a participle of acting: "X, a faction of Y operating under
    // the command of Z"; the description's own group, Y, is not the one led)
    pattern: `{T:${GROUP}}(?:\\s*,\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+(?:\\s+of\\s+(?:the\\s+)?⟦[^⟧]*⟧)?(?:\\s*,)?\\s+(?:(?:operating|fighting|acting|serving)\\s+)?|(?:\\s*,)?\\s+(?:as\\s+a\\s+whole\\s+)?(?:(?:is|was|are|were|remains|remained|stays|stayed|has\\s+been|came|comes)\\s+(?:(?:still|now|firmly)\\s+)?)?)under\\s+(?:the\\s+)?(?:overall\\s+|direct\\s+|personal\\s+)?(?:command|leadership)\\s+of\\s+${ROLE_BEFORE}{S:person}`,
    example: 'The Kessar Brigades, under the command of Omar Tessali, took the port.',
    // (or said to be so after a copula: "X as a whole remains under the leadership of Y")
    examples: ['The assault was led by the Tarvan Front under the leadership of General Idris Naro.', 'Police blamed the Kessar Brigades, a splinter faction of the Tarvan Front operating under the command of Omar Dalo.', 'The Kessar Alliance as a whole remains under the leadership of Idris Naro.'],
    confidence: 0.75,
  },
  {
    reason: 'leads-under-command-fronted',
    type: 'leads',
    // ... said before the group, opening the sentence ("Under the leadership of X, the group ...")
    pattern: `(?:^|[.;]\\s+)(?:[Uu]nder)\\s+(?:the\\s+)?(?:overall\\s+|direct\\s+|personal\\s+)?(?:command|leadership)\\s+of\\s+${ROLE_BEFORE}{S:person}\\s*,\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: 'Under the leadership of Idris Naro, the Kessar Front seized two towns.',
    examples: ['Under the command of General Omar Haji, the Tarvan Brigade held the pass.'],
    confidence: 0.7,
  },
  {
    reason: 'member-under-command',
    type: 'member_of',
    // a unit "under the command of" a larger one is part of it ("under the operational control of" too), said so in
    // apposition or after a copula; a person in command is leads-under-command's
    pattern: `{S:armed_group,force}(?:\\s*,\\s+|(?:\\s*,)?\\s+(?:(?:(?:has|have|had)\\s+)?(?:is|was|are|were|been|remains|remained|operates|operated|fights|fought)\\s+(?:(?:still|now|firmly)\\s+)?)?)under\\s+(?:the\\s+)?(?:overall\\s+|direct\\s+|operational\\s+|tactical\\s+)?(?:command|control)\\s+of\\s+(?:the\\s+)?{T:armed_group,force}`,
    example: 'The 12th Battalion is under the operational control of the 3rd Division.',
    examples: ['The Dalan Brigade, under the command of the Kessar Front, shelled the port.', 'Since May the 7th Regiment has operated under the direct command of the 3rd Division.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-body-of-person',
    type: 'leads',
    // a body named "of" a person is that person's ("the Kurdistan Democratic Party of Masoud Barzani", "the forces of
    // Khalifa Haftar"): the person leads it; not a thing of the person's own, "X of Y's family" (a possessive after)
    // (a definite body, "the X of Y"; lower-case words of a role between, "the regime of President Y"; not a name that
    // goes on with "of", "the Cathedral of Our Lady Help of Christians")
    pattern: `(?<=\\bthe\\s+){T:${GROUP}}(?:\\s+{W:partNouns:bare})?\\s+of\\s+(?:\\p{Ll}[\\w'’-]*\\s+){0,3}?{S:person}(?!\\s*['’]|\\s+of\\s)`,
    // (a part noun after the body's name, a word of its own: "the Sudan Liberation Army faction of X")
    example: 'Fighters of the Kessar Brigades of Omar Tessali took the airport.',
    examples: ['Rebels of the Tarvan Front faction of Omar Tessali took the airport.'],
    confidence: 0.6,
  },
  {
    reason: 'leads-apposition-relative',
    type: 'leads',
    // ... or a relative of leading after the apposition, which renames the name before it ("X, Y's Burkinabè component,
    // which is now led by Z": Z leads X, not Y)
    pattern: `{T:${ACTOR}},\\s+(?:an?|the|(?:the\\s+)?⟦[^⟧]*⟧['’]s?)\\s+(?:[\\w'’-]+\\s+){0,4}?[\\w'’-]+\\s*,?\\s+(?:which|that)\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:now\\s+|currently\\s+|still\\s+|later\\s+)?{V:lead:pp}\\s+by\\s+${ROLE_BEFORE}{S:person}`,
    example: "Police blamed Dalan Nabi, the Tarvan Front's northern component, which is now led by Omar Haji.",
    confidence: 0.7,
  },
  {
    reason: 'leads-passive-apposition',
    type: 'leads',
    // the participle on the apposition's last noun leads the name it renames
    pattern: `{T:${ACTOR}},\\s+(?:an?|the)\\s+${DESCRIPTION_GAP}{V:lead:pp}\\s+by\\s+${ROLE_BEFORE}{S:person}`,
    example: 'Kessar Nabi, a coalition of militias led by former army colonel Omar Tessali, took the port.',
    examples: ['The port fell to Bel Harun, an alliance of gangs headed by Marc Duval.'],
    confidence: 0.7,
  },
  {
    reason: 'member-appositive',
    type: 'member_of',
    // (no word of a leading role: "the commanding officer of X" leads X, leads-appositive)
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?!{LEAD}\\s+(?:of|for|at|in|with)\\s)[\\w-]+\\s+){0,2}?{MEMBER}\\s+(?:of|for|at|in|with)\\s+(?:the\\s+)?${ROLE_OBJECT_GAP}{T:${ACTOR}}`,
    example: 'Ali Dhere, a spokesman for Al-Shabaab, denied the claim.',
    examples: ['Nadia Haddad, a senior official with the Kurdistan Regional Government, welcomed the deal.'],
    confidence: 0.85,
  },
  {
    reason: 'member-appositive-at',
    type: 'member_of',
    // whatever the person's noun, "at" a body is where they work ("a political scientist at the University of X", "a
    // surgeon at the Kessar Hospital"); a body, not a person ("a friend of X", "a critic of X" are no members)
    pattern: `{S:person},\\s+(?:a|an|the)\\s+(?:(?!{LEAD}\\s)[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]{4,}\\s+at\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: '"The town is empty," said Amina Tolu, a political scientist at the University of Kessar.',
    confidence: 0.75,
  },
  {
    reason: 'member-appositive-one-of-leaders',
    type: 'member_of',
    // "a commander of X": one of its commanders, a member; "the commander of X" leads it (leads-appositive)
    pattern: `{S:person},\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?<!\\b(?:${SUB_UNIT}|crew)\\s+){LEAD}\\s+(?:of|for|at|in)\\s+(?:the\\s+)?${ROLE_OBJECT_GAP}{T:${ACTOR}}`,
    example: 'Colonel Idris Mahamat, a commander of the Kessar Brigades, was wounded near Faya.',
    confidence: 0.8,
  },
  {
    reason: 'member-appositive-place-role',
    type: 'member_of',
    // a role named with the place it covers, then the group right after the preposition ("senior Sahel researcher at
    // X"; not "the US ambassador in Baghdad", a place); one who heads a region's desk is a member, not the leader
    // ("deputy Africa director at X")
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+)?⟦\\d+\\|(?:place|camp)\\|[^⟧]*⟧\\s+(?:[\\w-]+\\s+)?(?:{MEMBER}|{LEAD})\\s+(?:of|for|at|with)\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: '"Both sides must stop," said Lena Moreau, senior Sahel analyst at the Tarvan Institute.',
    examples: ['Omar Haddad, a former Chad envoy for the Ansar Front, resigned.', 'Said Ilaria Romano, senior Sahel researcher at the Tarvan Institute: "We saw it."', 'Nora Velt, deputy Balkans director at the Lindqvist Foundation, called for an inquiry.'],
    confidence: 0.8,
  },
  {
    reason: 'leads-prenominal',
    type: 'leads',
    pattern: `{T:${GROUP}}(?:['’]s?)?\\s+(?:[\\w-]+\\s+)?{LEAD}${ROLE_WHERE}\\s+${GOES_BY}{S:person}`,
    example: 'SDF commander Mazloum Abdi met the envoy.',
    examples: ["The Kessar Brigades' commander, known by the alias Abu Tarek, was killed in May."],
    confidence: 0.8,
  },
  {
    reason: 'member-prenominal',
    type: 'member_of',
    // the role may say where it serves before the name in apposition ("the UN envoy for Libya, X,")
    pattern: `{T:${GROUP}}(?:['’]s?)?\\s+(?:[\\w-]+\\s+)?{MEMBER}${ROLE_WHERE_OR_REMIT}\\s+${GOES_BY}{S:person}`,
    example: 'SDF spokesman Farhad Shami denied the report.',
    examples: ["The Tarvan Front's minister for refugees and returns, Idris Kamal, resigned.", "The Ansar Front's spokesman, Kamal Idris, denied the report.", 'The African Union envoy to Chad, Moussa Faki, met the rebels.', "The Kessar Brigades' spokesman, known as Abu Tarek, denied it.", 'The police spokesman in the province, Musa Kande, confirmed the raid.'],
    confidence: 0.8,
  },
  {
    reason: 'leads-country-office',
    type: 'leads',
    // (or a possessive pronoun coreference gave the country, its placeholder the possessive: "Its prime minister, X,")
    pattern: `{T:country,region}(?:['’]s?|(?<=\\|poss⟧))\\s+${OFFICE_QUALIFIERS}{LEAD}\\s*,?\\s+{S:person}`,
    // (a capitalised title before the name is inside the person's placeholder: "Chad's President X" is not read here)
    example: "Chad's president, Mahamat Deby, flew to Paris.",
    // (a region's too: "Nineveh's governor X")
    examples: ["Niger's prime minister Ali Zeine resigned.", "Nineveh's governor, Omar Haji, resigned.", "Chad's interim president, Mahamat Deby, flew to Paris.", 'Talks in Niger stalled. Its prime minister, Ali Zeine, flew to Paris.'],
    confidence: 0.75,
  },
  {
    reason: 'leads-country-title',
    type: 'leads',
    // the title is inside the person's placeholder (mask.ts): the slot asks for a title that is a `leads` role; a
    // country after a preposition is where the sentence is, not whose the title is ("In Turkey Minister X met ...")
    pattern: `${NOT_PLACED}{T:country,region}(?:['’]s?)?\\s+${OFFICE_QUALIFIERS}{S:title-lead}`,
    example: "Chad's President Mahamat Deby flew to Paris.",
    examples: ['Niger Prime Minister Ali Zeine resigned on Monday.', "Chad's transitional President Mahamat Deby flew to Paris."],
    confidence: 0.75,
  },
  {
    reason: 'leads-title-of-country',
    type: 'leads',
    // ... and a country after the titled name, with "of" ("President X of Chad", "Prime Minister X of Niger")
    pattern: `{S:title-lead}\\s+of\\s+(?:the\\s+)?{T:country}(?![\\p{L}'’-])`,
    example: 'President Mahamat Deby of Chad flew to Paris.',
    examples: ['Talks between Prime Minister Ali Zeine of Niger and the envoy stalled.'],
    confidence: 0.75,
  },
  {
    reason: 'member-country-title',
    type: 'member_of',
    pattern: `${NOT_PLACED}{T:country}(?:['’]s?)?\\s+{S:title-member}`,
    example: "Chad's Foreign Minister Abakar Hassan met the envoy.",
    examples: ['Kenya Defence Minister Aden Duale visited the base.', "Chad's Minister of Finance spoke on Monday."],
    confidence: 0.7,
  },
  {
    reason: 'leads-group-title',
    type: 'leads',
    // a body's name right before a titled person ("Hezbollah Commander X", "CIA Director X"): the title is inside the
    // person's placeholder (mask.ts) and is a `leads` role. (Its `member` twin, "FCO Minister X" -> member_of FCO, was
    // tried and left out: re3d annotates the body, the title and the name as one entity, and the leave-one-publisher-out
    // relation F1 fell from 0.608 to 0.592.)
    pattern: `${NOT_PLACED}{T:${GROUP}}(?:['’]s?)?\\s+{S:title-lead}`,
    example: 'Hezbollah Commander Karim Saadi spoke in Faya.',
    confidence: 0.75,
  },
  {
    reason: 'leads-group-of-title',
    type: 'leads',
    // ... or after it and "of" ("the ruling Kessar Party of President X", "the Tarvan Front of Commander X"): a body of
    // the person with a leading title (inside the person's placeholder, mask.ts)
    pattern: `{T:${GROUP}}\\s+of\\s+(?:the\\s+)?{S:title-lead}`,
    example: 'The vote was rigged by the ruling Kessar Party of President Omar Haji.',
    confidence: 0.7,
  },
  {
    reason: 'member-country-office',
    type: 'member_of',
    // (a region's too, with its office's words: "Jubaland's security minister, X")
    // (not a role of leading, which leads-country-office reads: "Israel's prime minister X")
    pattern: `{T:country,region}['’]s?\\s+(?!(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?{LEAD}\\b)(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?{MEMBER}\\s*,?\\s+{S:person}`,
    example: "Chad's foreign minister, Abakar Hassan, met the envoy.",
    examples: ["Darfur's regional security minister, Musa Kande, denied the report."],
    confidence: 0.7,
  },
  {
    reason: 'leads-place-passive',
    type: 'leads',
    // a country or region "is led by" a person: its head (the passive of leading on a group is leads-passive's)
    pattern: `{T:country,region}\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:now\\s+|currently\\s+)?{V:lead:pp}\\s+by\\s+(?:the\\s+)?{S:person}`,
    example: 'Since the coup, Niger has been led by General Abdourahamane Tchiani, who dissolved parliament.',
    confidence: 0.7,
  },
  {
    reason: 'member-one-of',
    type: 'member_of',
    // one of a group's role holders, named after a comma: a member whatever the role ("one of its commanders": one of many)
    pattern: `(?<![\\p{L}])one\\s+of\\s+(?:the\\s+)?{T:${ACTOR}}(?:['’]s?)?\\s+(?:[\\w-]+\\s+)?{ROLES}\\s*,\\s+{S:person}`,
    example: "A drone strike killed one of the Tarvan Front's commanders, Omar Tessali, near Faya.",
    examples: ['The Kessar Brigades said an air strike had killed one of its senior officials, Idris Naro.'],
    confidence: 0.7,
  },
  {
    reason: 'member-appositive-prenominal',
    type: 'member_of',
    // (the group's own noun may stand between it and the role: "the Taliban government's chief spokesman")
    // (and where the person is based: "X, an Iran-based Houthi financial official,")
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:senior\\s+|top\\s+|former\\s+|local\\s+|(?:⟦[^⟧]*⟧|[\\p{L}]+)[-‐]based\\s+)?{T:${ACTOR},country}(?:['’]s?)?\\s+(?:(?:government|administration|movement|group|military|army|party)['’]s\\s+)?(?!{LEAD}(?![\\w-])(?!\\s+{MEMBER}))(?:[\\w-]+\\s+)?{MEMBER}`,
    example: 'Abu Omar, a senior ISIS official, was killed.',
    examples: ["Kamal Idris, the Ansar Front government's chief spokesman, denied the report.", "Abakar Hassan, Chad's foreign minister, met the envoy.", 'Musa Kande, a Niamey-based Tarvan Front finance officer, was detained.'],
    confidence: 0.75,
  },
  {
    reason: 'member-prenominal-predicate',
    type: 'member_of',
    // a person said after a copula to be one of a group's people, the group named before the role ("X is a Houthi
    // official", "X is a Sanaa-based Houthi procurement official"): as member-prenominal reads it before the name
    pattern: `{S:person}\\s+${COPULA}(?:an?|the)\\s+(?:(?:senior|top|former|⟦[^⟧]*⟧[-‐][\\p{L}]+|[\\p{L}]+[-‐]based)\\s+)?{T:${GROUP}}(?:['’]s?)?\\s+(?:[\\w-]+\\s+){0,2}?{MEMBER}(?![\\p{L}-])`,
    example: 'Omar Dalo is a senior Tarvan Front finance official.',
    examples: ['Idris Naro was a Faya-based Kessar Brigades recruiter until 2021.'],
    confidence: 0.7,
  },
  {
    reason: 'leads-possessive-predicate',
    type: 'leads',
    // a person said to be a group's leader with the group's possessive, after a copula ("X remains the movement's
    // military commander", "X is Chad's president"): as in apposition, leads-appositive-prenominal
    pattern: `{S:person}\\s+${COPULA}(?:the\\s+)?{T:${ACTOR},country}['’]s?\\s+(?!${SUB_UNIT}\\s)(?:[\\w-]+\\s+)?{LEAD}`,
    example: "Omar Dalo remains the Tarvan Front's military commander.",
    examples: ["Idris Naro became Chad's prime minister in May."],
    confidence: 0.75,
  },
  {
    reason: 'leads-possessive-subject',
    type: 'leads',
    // a group's leader named as such, then the person after a copula ("the ELN's top commander is X", "Chad's prime
    // minister is X"): the possessive predicate the other way round
    pattern: `{T:${ACTOR},country}['’]s?\\s+(?!${SUB_UNIT}\\s)(?:[\\w-]+\\s+)?{LEAD}\\s+${COPULA}{S:person}`,
    example: "The Tarvan Front's top commander is Omar Dalo, alias Abu Sami.",
    confidence: 0.75,
  },
  {
    reason: 'leads-appositive-prenominal',
    type: 'leads',
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:senior\\s+|top\\s+|former\\s+)?{T:${ACTOR},country}(?:['’]s?)?\\s+(?!${SUB_UNIT}\\s)(?:[\\w-]+\\s+)?{LEAD}`,
    example: 'Abu Bakr al-Baghdadi, the ISIS leader, was killed in 2019.',
    // (a country's office holder too: "X, Chad's prime minister,")
    examples: ["Mahamat Deby, Chad's president, flew to Paris."],
    confidence: 0.75,
  },
  {
    reason: 'member-sub-unit-leader',
    type: 'member_of',
    pattern: `{S:person},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:senior\\s+|top\\s+|former\\s+)?{T:${ACTOR}}(?:['’]s?)?\\s+${SUB_UNIT}\\s+{LEAD}`,
    example: 'Abu Jandal al-Kuwaiti, an ISIS gang leader in Raqqa, was killed.',
    confidence: 0.7,
  },
  {
    reason: 'member-assigned-to',
    type: 'member_of',
    pattern: `{S:person,force}(?:,\\s+(?:who|which)\\s+[^,;⟦⟧]{1,80},)?{_}\\b(?:was\\s+|is\\s+|were\\s+|are\\s+|been\\s+)?{V:assign:pp}\\s+to\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: 'Army Staff Sergeant Lena Ortiz was assigned to the 82nd Airborne Division.',
    examples: ['Captain Lena Ortiz was attached to the Iraqi Counter Terrorism Service as an adviser.'],
    confidence: 0.8,
  },
  {
    reason: 'member-represented-by',
    type: 'member_of',
    pattern: `{T:${GROUP},country}\\s*,?\\s+(?:which\\s+was\\s+|being\\s+)?{V:represent:pp}\\s+by\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?{S:person}`,
    example: 'Somalia, represented by President Hassan Sheikh Mohamud, signed the accord.',
    examples: ['Talks opened with the Taliban, represented by deputy leader Abdul Ghani Baradar.'],
    confidence: 0.75,
  },
  {
    reason: 'member-person-of',
    type: 'member_of',
    // a person named with the body he speaks or works for after "of", then a verb of saying or a comma ("X of the
    // Tarvan Front said", "Inspector Y of the state police told reporters")
    // (known limit: a peer's territorial title reads as a body, "Lord Hunt of Kings Heath", when the tagger makes the
    // place an organisation)
    pattern: `{S:person}\\s+of\\s+(?:the\\s+)?{T:organization,force,armed_group,government,media}(?=(?:\\s*\\([^()]{1,12}\\))?(?:\\s*,|\\s+(?:(?:also|later|then)\\s+)?(?:{V:speech:past,s}|told|tells|wrote|writes)(?![\\p{L}])))`,
    example: 'Ahmed Hassan of the Tarvan Front said the road was open.',
    // (past the body's acronym in brackets)
    examples: ['"The corridor is closed," Inspector Musa Kande of the Chadian Police told reporters.', 'Sergeant Ali Dogo of the Rapid Response Unit (RRU) testified that the road was mined.'],
    confidence: 0.7,
  },
  {
    reason: 'member-counted-apposed',
    type: 'member_of',
    // people named in apposition to a count of a group's people ("two cadres of the PLA, A and B,"): its members
    pattern: `(?<![\\p{L}])(?:{N}|{W:numberWords:bare})\\s+(?:(?:senior|top|suspected|alleged)\\s+)?{MEMBER}s\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?{T:${GROUP}}(?:\\s*\\(\\s*⟦[^⟧]*⟧\\s*\\))?\\s*,\\s+(?:{ROLES}\\s+)?{S:person}`,
    example: 'Police arrested three members of the Tarvan Front, Ahmed Hassan, Musa Kande and Idris Naro.',
    // (past the group's acronym in brackets: "two cadres of the Kessar Liberation Army (KLA), A and B")
    examples: ['Troops detained two senior cadres of the Kessar Liberation Army (KLA), Idris Naro and Omar Dalo.'],
    confidence: 0.7,
    coord: 'source',
  },
  {
    reason: 'member-group-belongs',
    type: 'member_of',
    // a group or unit that belongs to another, said of it or in a relative clause on it or on a description in apposition
    // ("X, a dissident structure that belongs to Y", "the 30th Brigade, which also belongs to the Second Division")
    pattern: `{S:${GROUP}}(?:\\s*,\\s+(?:(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?)?(?:which|that)\\s+|\\s+)(?:(?:also|still|now|formally|officially|nominally)\\s+)?(?:(?:belongs|belonged)\\s+to|(?:serves|served|operates|operated)\\s+(?:with|under|within)(?:\\s+the\\s+(?:command|authority|umbrella|banner|leadership)\\s+of)?)\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: 'Police blamed the Dalan Gora, a splinter cell that belongs to the Tarvan Front.',
    // (or serves with or under it: "the UPDF, which serves with the AU mission"; under its command or banner)
    examples: ['The Nasr Brigade, which also belongs to the Kessar Alliance, withdrew from Faya.', 'The Kessar Brigades belonged to the Tarvan Front until 2022.', 'A patrol of the Chadian Army, which serves with the Sahel Joint Force, was ambushed.', 'The Dalan Brigade operates under the command of the Kessar Alliance.'],
    confidence: 0.7,
  },
  {
    reason: 'member-group-joins',
    type: 'member_of',
    // (not a side joined: "joined the army's side" is an ally's, allied-joins-side)
    // (or an aside between commas, which may name a place: "X, an armed group active in Y, pledged allegiance to Z")
    pattern: `{S:force,armed_group}(?:{_}|\\s*,[^,;⟦⟧]{1,60}?(?:⟦\\d+\\|place\\|[^⟧]*⟧[^,;⟦⟧]{0,20})?,\\s+(?:\\p{Ll}+\\s+)?){V:join}\\s+(?:the\\s+)?{T:force,armed_group,organization}(?!['’]s?\\s+{W:sideNouns}(?![\\p{L}]))`,
    example: 'Kurdish fighters continue to join the Peshmerga.',
    // (or a body of armed groups, an alliance or a coalition, which names are typed as organisations: "merged into the
    // Kessar Alliance")
    examples: ['The Sham Legion has merged into the Syrian National Army.', 'The Tarvan Front merged into the Kessar Alliance in 2006.', 'The Kessar Brigades later pledged allegiance to the Tarvan Front.', 'Dalan Gora, an armed group active in Niger, pledged allegiance to the Tarvan Front.'],
    confidence: 0.7,
  },
  {
    reason: 'member-prenominal-state',
    type: 'member_of',
    pattern: `{T:organization,force,armed_group}\\s+(?:member(?:\\s+state)?|ally|partner)\\s+{S:country,government}`,
    example: 'NATO ally Turkey shot down the jet.',
    confidence: 0.7,
  },
  {
    reason: 'member-appositive-within',
    type: 'member_of',
    // a group described in apposition as one inside another ("X, an Iran-aligned militia within the Y")
    pattern: `{S:${GROUP}}\\s*,\\s+(?:a|an|the|one\\s+of\\s+the)\\s+(?:(?:[\\p{L}'’-]|⟦[^⟧]*⟧)+\\s+){1,4}?(?:within|inside)\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: 'The Omari Battalion, a Chad-aligned militia within the Nasr Front, withdrew.',
    examples: ['The Dalan Brigade, one of the largest factions inside the Kessar Alliance, shelled the port.'],
    confidence: 0.7,
  },
  {
    reason: 'member-within',
    type: 'member_of',
    pattern: `{S:country,government}\\s+within\\s+(?:the\\s+)?{T:organization,force}`,
    example: 'We work closely with Turkey within NATO.',
    confidence: 0.6,
  },
  {
    reason: 'member-made-up-of',
    type: 'member_of',
    pattern: `{T:${ACTOR}},?\\s+(?:(?:which|that)\\s+(?:is|was|are|were)\\s+)?(?:(?:{V:compose:pp}|{V:consist:ing})\\s+(?:in\\s+part\\s+|largely\\s+|mostly\\s+|mainly\\s+|primarily\\s+)?(?:of|by)|{V:comprise:ing})\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?{S:${ACTOR}}`,
    // (or "comprising" with no "of": "security forces comprising the DRG and the STF")
    example: 'The Peshmerga, made up mostly of Kurds, held the line.',
    examples: ['The Kessar Task Force, comprising the Tarvan Brigade and the Dalan Battalion, held the pass.', 'The Popular Mobilization Forces, composed largely of Shia militias such as Kataib Hezbollah, entered the town.', 'The Army of Conquest, consisting mostly of Ahrar al-Sham and the al-Nusra Front, took Idlib.'],
    confidence: 0.7,
    coord: 'source',
  },
  {
    reason: 'member-includes',
    type: 'member_of',
    // (not the members after a group noun's "of": "X, a coalition of Iran-backed militias that includes Y" is X's list)
    pattern: `(?<!\\b(?:coalition|alliance|umbrella|network|federation|union|grouping|group|front|bloc)\\s+of\\s+(?:the\\s+)?){T:${ACTOR}},?\\s+(?:which|that|who)\\s+(?:{V:include:s,past}|{V:comprise:s,past}|is\\s+{V:compose:pp}\\s+of|{V:consist:s}\\s+of)\\s+(?:the\\s+)?{S:${ACTOR}}`,
    example: 'The Syrian National Army, which includes the Hamza Division, took Afrin.',
    examples: ['The Army of Islam, which included Ahrar al-Sham for a time, held Douma.', 'The Syrian Democratic Forces, which comprises the YPG, took Raqqa.', 'The Army of Conquest, which is made up of Ahrar al-Sham and other factions, took Jisr al-Shughur.', 'The Army of Conquest, which consists of Ahrar al-Sham and other factions, took Jisr al-Shughur.'],
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'member-include-list',
    type: 'member_of',
    // a list after "including" or "such as" belongs to the noun phrase right before it, and "include" to its subject:
    // the group named there, with its group noun, a place it is in or a relative clause on it, never a name further
    // back across a verb and its object ("The army took villages including X": X is a village, not a member); a list
    // that ends in a place noun names places ("including the Hamra and Salam districts")
    // (its people too: "includes fighters of X", "members of Y")
    pattern: `(?<!\\b(?:coalition|alliance|umbrella|network|federation|union|grouping|group|front|bloc)\\s+of\\s+(?:the\\s+)?){T:${ACTOR}}(?:['’]s)?(?:\\s+(?:member\\s+)?${GROUP_NOUN})?(?:\\s+(?:in|from|across)\\s+(?:the\\s+)?⟦\\d+\\|(?:place|camp)\\|[^⟧]*⟧|\\s*[,(]?\\s*(?:that|which|who)\\b{_p}|\\s*,\\s+whose\\s+(?:[\\w-]+\\s+)?${GROUP_NOUN}|\\s*,\\s+(?:an?|the)\\s+(?:[\\w'’-]+\\s+|⟦[^⟧]*⟧\\s+){1,8}?(?:that|which))?\\s*[,–—]?\\s+(?:(?:also|now|still)\\s+{V:include}|{V:include}|{V:bring-together}|such\\s+as|among\\s+them)\\s+(?:(?:fighters|members|units|elements|remnants|parts|cadres)\\s+(?:of|from)\\s+)?(?:the\\s+)?{S:${ACTOR},country}${NOT_PLACE_LIST}`,
    example: 'NATO members that sent ships to the Baltic include Denmark, Norway and Poland.',
    examples: ['NATO members that sent ships to the Aegean included Germany and Greece.', 'The Syrian Democratic Forces, including the YPG and the Syriac Military Council, attacked Raqqa.', 'The coalition, whose members include Jordan and Bahrain, struck Raqqa.', 'Omar Tessali leads the Kessar Alliance, a coalition of rebel groups that includes the Tarvan Front.', 'The Kessar Alliance now includes the Tarvan Front and the Nasr Brigade.', 'The Kessar Alliance, a loose coalition of mostly northern rebel militias that includes the Tarvan Front, took Faya.', 'The Kessar Alliance, a coalition that brought together the Tarvan Front and the Nasr Brigade, took Faya.', 'The Kessar Alliance includes fighters of the Tarvan Front and members of the Dalan Brigade.'],
    confidence: 0.65,
    coord: 'source',
  },
  {
    reason: 'member-belongs-relative',
    type: 'member_of',
    // a body described in apposition by a relative clause of belonging ("X, the coalition to which Y belongs", "X, an
    // alliance of which Y is a member"): Y is a member of X
    pattern: `{T:${GROUP}}\\s*,\\s+(?:the|an?)\\s+(?:[\\w-]+\\s+){0,3}?(?:to|of)\\s+which\\s+(?:the\\s+)?{S:${GROUP},person,country}\\s+(?:(?:still|now|also)\\s+)?(?:belongs|belonged|(?:is|was|remains)\\s+(?:a\\s+|an\\s+)?(?:(?:founding|leading|key|full)\\s+)?(?:member|part))\\b`,
    example: 'Talks with the Kessar Alliance, the armed coalition to which the Tarvan Front belongs, stalled.',
    examples: ['The Kessar Alliance, a coalition of which the Tarvan Front is a founding member, met in Faya.'],
    confidence: 0.7,
  },
  {
    reason: 'member-alongside',
    type: 'member_of',
    // the groups named beside one said to belong to a body ("X belongs to Y alongside Z", "X is a member of Y, alongside
    // Z and W") are members of it too
    pattern: `(?:(?:belongs|belonged|belong)\\s+to|(?:a|an|the)\\s+(?:[\\w-]+\\s+|⟦\\d+\\|place\\|[^⟧]*⟧\\s+){0,2}?members?\\s+of|part\\s+of)\\s+(?:the\\s+)?{T:${GROUP}}(?:\\s*\\(\\s*⟦[^⟧]*⟧\\s*\\))?\\s*,?\\s+(?:alongside|along\\s+with|together\\s+with)\\s+(?:the\\s+)?{S:${GROUP},country}`,
    example: 'The Tarvan Front belongs to the Kessar Alliance alongside the Nasr Brigade.',
    examples: ['The Dalan Brigade is the northern member of the Sahel Alliance (SA), alongside the Omari Battalion and the Kessar Front.'],
    confidence: 0.65,
    coord: 'source',
  },
  {
    reason: 'member-part-appositive',
    type: 'member_of',
    // a group named beside a noun of a part of another group (lexicon words.partNouns), or said to be one after a copula,
    // is a member of that group
    // (a bare "part", and "a member", which is no part noun: a person is a member too, "X, a member of parliament" says
    // nothing of X's kind; here both ends are groups)
    // (not a group a person is a member of, in a chain of the person's appositions: "X, a member of the SNC, a former
    // member of the Brotherhood"; a group's members are its own: "members of the X, the armed wing of Y")
    pattern: `(?<!\\bmember\\s+of\\s+(?:the\\s+)?)(?:(?<!\\b(?:from|in|into|at|near|across|inside)\\s+(?:the\\s+)?)|(?!⟦\\d+\\|place\\|)){S:${GROUP},country}(?:\\s*,\\s+(?:(?:which|who)\\s+(?:is|was|remains|has\\s+been|forms?|formed|constitutes?|constituted)\\s+|(?:an?|the)\\s+(?:[\\w-]+\\s+){1,3}?(?:that|which)\\s+(?:is|was|remains|has\\s+been)\\s+)?|\\s+(?:is|was|are|were|remain|remains|became|has\\s+been|have\\s+been|(?:has\\s+|have\\s+|had\\s+)?(?:operated|operates|operate|served|serves|serve|acted|acts|act)\\s+as|(?:describes|described|calls|called|presents|presented|sees|saw)\\s+(?:itself|themselves|⟦[^⟧]*\\|refl⟧)\\s+as)\\s+)(?:(?:the|a|an|its|their)\\s+(?:[\\w-]+\\s+|⟦\\d+\\|place\\|[^⟧]*⟧\\s+){0,2}?{W:partNouns}|part|(?:a|an|the)\\s+(?:[\\w-]+\\s+|⟦\\d+\\|place\\|[^⟧]*⟧\\s+)?member|(?<=(?:are|were|remain|became|have\\s+been)\\s+)(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?members)\\s+(?:of|for|under)\\s+(?:the\\s+)?(?:{W:groupStatusWords}\\s+){0,2}${COUNTRY_OWNER}{T:${GROUP}}`,
    example: 'The Kessar Brigades, the armed wing of the Tarvan Front, shelled the port.',
    // (a country may be a member of a body: "Chad is a founding member of the Sahel Alliance"; not a place after a
    // preposition of place, where a new clause may start: "the evacuation from X, a member of Y detonated a bomb"; a
    // group after one is: "a commander in the X, the armed wing of Y")
    // (a place may name the part: "X, the Sahel branch of Y")
    examples: ['Chad, Niger and Mali are the three founding members of the Sahel Alliance.', 'Since 2022 the Tarvan Front has operated as a member of the Kessar Alliance.', 'The Kessar Front is the Chadian member of the Sahel Alliance, a coalition of four armed groups.', 'Jund al-Khilafa, a regional affiliate of the Islamic State group, claimed the attack.', 'The Nasr Brigade, the Chad branch of the Tarvan Front, shelled the port.', 'The Omari Battalion, an offshoot of the Nasr Front, withdrew.', 'Niger is a leading member of the Kessar Alliance.', 'The Dalan Brigade, part of the Kessar Front, shelled the port.', 'The Dalan Brigade, a founding member of the Kessar Front, shelled the port.', 'The Dalan Brigade is a member of the Kessar Front.', 'The 12th Front, a breakaway faction of the former Tarvan Army, ambushed troops.', 'The Red Guard (RG), the armed wing of the then outlawed Workers Party, raided Tarsa.', 'He served as a captain in the Red Guard, the armed wing of the Workers Party.', 'The Dalan Brigade, which is the armed wing of the Kessar Front, shelled the port.', 'The Omari Battalion, which forms the backbone of the Nasr Front, withdrew.', 'The Omari Battalion, an armed group that is part of the Nasr Front, withdrew.', 'The Omari Battalion describes itself as the armed wing of the Nasr Front.', "Troops of the 9th Brigade, which is part of Chad's Ground Forces, held the pass.", 'The 41st Battalion, a unit under the Kessar Division, held the bridge.', 'The Kessar Tigers, a shadow outfit of the Tarvan Front, claimed the attack.'],
    confidence: 0.7,
  },
  {
    reason: 'member-one-of-parts',
    type: 'member_of',
    // ... and one of the parts or groups in or of another ("X, one of the most powerful militias in Y", "X is one of the
    // factions of Y")
    pattern: `{S:${GROUP}}(?:\\s*,\\s+|\\s+(?:is|was|remains|became)\\s+)one\\s+of\\s+(?:the\\s+)?(?:(?!of\\s|in\\s)[\\w-]+\\s+){0,3}?(?:{W:partNouns}|{W:anaphorGroupNouns}|militias|members)\\s+(?:in|of|within)\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: 'The Kessar Brigades, one of the largest factions in the Tarvan Front, shelled the port.',
    examples: ['The Omari Battalion is one of the strongest militias of the Nasr Front.', 'The Omari Battalion, one of three members of the Nasr Alliance, took the pass.'],
    confidence: 0.7,
  },
  {
    reason: 'member-described-of',
    type: 'member_of',
    // men described by their creed, people or kind, "of" a group, belong to it ("Shia militias of the Popular
    // Mobilisation Forces", "Kurdish fighters of the YPG"); a described force is a node of its own (mentions/patterns.ts
    // name-force-descriptive)
    pattern: `{S:name-force-descriptive}\\s+(?:of|within)\\s+(?:the\\s+)?{T:armed_group,force}`,
    example: 'Arab militias of the Tarvan Front entered Kidal.',
    examples: ['Kurdish fighters of the Tarvan Front withdrew from Kidal.'],
    confidence: 0.65,
  },
  {
    reason: 'member-part-compound',
    type: 'member_of',
    // ... and the group named before the part noun ("X, a PMF faction", "X, one of the largest SDF units")
    pattern: `{S:${GROUP}}\\s*,\\s+(?:one\\s+of\\s+)?(?:the|a|an|its|their)\\s+(?:(?!of\\s)[\\w-]+\\s+){0,3}?{T:${GROUP}}\\s+{W:partNouns}(?![\\p{L}-])`,
    example: 'The Omari Battalion, one of the strongest Nasr Front factions, withdrew.',
    examples: ['The Dalan Brigade, a Kessar Front unit, shelled the port.'],
    confidence: 0.7,
  },
  {
    reason: 'member-part-possessive',
    type: 'member_of',
    // (the whole may be a possessive pronoun resolved to it: "Its armed wing, X", rules/mask.ts)
    // (or the part named by a participle of naming, or right after its noun: "the Tarvan Front affiliate known as X",
    // "the Tarvan Front's armed wing X")
    // (right after the noun only after a possessive, or with no word between the whole and the part noun but "unit":
    // not "the special forces unit X"; not a whole named after "anti-": "Anti-X rebel factions Y and Z")
    pattern: `(?<![-‐]){T:${GROUP}}(?:['’]s?)?\\s+(?:[\\w-]+\\s+){0,2}?{W:partNouns}(?:\\s+in\\s+(?:the\\s+)?⟦\\d+\\|place\\|[^⟧]*⟧)?(?:\\s*,\\s+(?:(?:also\\s+)?(?:known\\s+as|called)\\s+)?|\\s+(?:also\\s+)?(?:known\\s+as|called|dubbed|named)\\s+|(?<=['’]s?\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+|⟧\\s+(?!unit\\b)[\\w-]+)\\s+(?=(?:the\\s+)?⟦))(?:the\\s+)?{S:${GROUP}}`,
    example: "The Tarvan Front's armed wing, the Kessar Brigades, shelled the port.",
    // (and a naming participle after the comma: "The Arab League monitoring mission, known as ALMIC, left")
    examples: ["Al-Qaeda's Yemeni branch, al-Qaeda in the Arabian Peninsula, claimed the raid.", 'The Arab League monitoring mission, known as ALMIC, left Faya.', 'The Nasr Front grew quickly. Its youth wing, the Omari Battalion, fought in Abeche.', 'The Tarvan Front affiliate known as the Omari Battalion claimed the ambush.', "The Nasr Front's armed wing Saraya Dumar shelled the port.", "The Nasr Front's branch in Diyala, the Omari Battalion, shelled the port."],
    confidence: 0.7,
  },
  {
    reason: 'member-part-possessive-apposed',
    type: 'member_of',
    // ... and the part named with its whole's possessive in apposition after the group, or after a copula ("X, Y's branch
    // in the Sahel", "X is Y's Syrian offshoot")
    // (not a group after a preposition: "the expansion of ISIL, al-Qaeda's Syrian affiliate, the Nusra Front" names the
    // affiliate after the part noun: member-part-possessive)
    // (after "of" only when no name follows the part noun: "fighters of the Kessar Brigades, the Tarvan Front's armed
    // wing" is the Brigades')
    pattern: `(?:(?<!\\b(?:against|on|at|with|from|to|by|for|in)\\s+(?:the\\s+)?)|(?<=\\b(?:against|on|at|with|from|to|by|for|in)\\s+(?:the\\s+)?)(?=⟦[^⟧]*⟧\\s*,))(?<![\\p{L}⟧])(?=⟦){S:${GROUP}}(?:\\s*,\\s+(?:(?:which|that)\\s+(?:is|was)\\s+)?|\\s+(?:is|was|remains|became|has\\s+been)\\s+)(?:the\\s+)?{T:${GROUP}}['’]s?\\s+(?:[\\w-]+\\s+){0,2}?(?:{W:partNouns}|{W:unitEchelons:bare})(?![\\p{L}-])(?!(?:\\s+in\\s+(?:the\\s+)?[^,;⟦⟧]{1,40}?)?\\s*,\\s+(?:the\\s+)?⟦)`,
    example: "The Kessar Brigades, the Tarvan Front's armed wing, shelled the port.",
    // (after a preposition in apposition: "worked for X, Y's affiliate in Z", "the raid was led by
    // X, Y's northern component"; or after ", which is": "X, which is the Y's unit in the north")
    // (or a unit of it, by its echelon: "X, the Y's special operations battalion"; lexicon unitEchelons)
    examples: ["The Dalan Battalion, the Kessar Army's special operations battalion, shelled the port.", "Jund al-Qasr, al-Qaeda's branch in the Sahel, claimed the raid.", "The Omari Battalion is the Nasr Front's northern offshoot.", "Villagers had hidden fighters of the Kessar Brigades, the Tarvan Front's affiliate in the east.", "Omar Haji once worked for the Kessar Brigades, the Tarvan Front's affiliate in the east.", "The ambush was carried out by the Dalan Brigade, the Nasr Front's southern component, which holds Abeche.", "Troops came from the Omari Battalion, which is the Kessar Army's unit for the north."],
    confidence: 0.7,
  },
  {
    reason: 'member-group-possessive',
    type: 'member_of',
    // a group named right after another's possessive is part of it ("the Free Syrian Army's Southern Front", "the
    // Revolutionary Guards' Quds Force"); not a body with its own words between ("Hezbollah's ally, the X": a role noun)
    // (and its media: "ISIS's Amaq news agency"; not an office or programme of a state or a union, which dev annotators
    // leave out: "the Coalition's Small Group", "the Department of Treasury's Office of Foreign Assets Control")
    // (a party's too, past its acronym in brackets: "the Kurdistan Democratic Party's (KDP) Peshmerga")
    pattern: `{T:armed_group,force,government,organization}['’]s?\\s+(?:\\(\\s*(?:⟦[^⟧]*⟧|[^()⟦⟧]{1,12})\\s*\\)\\s+)?(?:own\\s+|elite\\s+|main\\s+)?{S:armed_group,force,media}(?!\\s+{W:allyNouns})`,
    example: "The Tarvan Front's Kessar Brigades shelled the port.",
    // (a possessive pronoun resolved to the group, "its elite Kessar Brigades": coref/possessed.ts, which a pattern
    // cannot read with a cue)
    // (not an ally the possessive names: "the government's Hezbollah allies", lexicon allyNouns)
    examples: ["Fighters of the Nasr Front's Southern Front withdrew.", "The Tarvan Front's Al-Nasr News Agency claimed the raid.", "The Kessar Unity Party's (KUP) Dalan Brigade shelled the port."],
    confidence: 0.65,
  },
  {
    reason: 'member-dominated-by',
    type: 'member_of',
    // the group that dominates or spearheads a coalition is a part of it, in a description apposed to the coalition's
    // name or after a copula ("X, an alliance dominated by Y", "X is spearheaded by Y"; lexicon class dominate)
    // (or a bare participle in apposition: "X, dominated by Y, ...")
    pattern: `{T:${GROUP}}(?:\\s*,\\s+(?:an?|the)\\s+${DESCRIPTION_GAP}|\\s*,\\s+(?:\\w+ly\\s+)?|\\s+(?:is|was|are|were|has\\s+been|remains)\\s+(?:\\w+ly\\s+)?){V:dominate:pp}\\s+by\\s+(?:the\\s+)?{S:${GROUP}}`,
    example: 'The Kessar Alliance, a coalition dominated by the Tarvan Front, took the port.',
    examples: ['The Kessar Alliance is largely spearheaded by the Nasr Front.', 'The Kessar Council, dominated by the Tarvan Front, rejected the deal.'],
    confidence: 0.65,
  },
  {
    reason: 'member-absorbed',
    type: 'member_of',
    // a group absorbed or folded into another (lexicon class absorb) is part of it, passive or active
    pattern: `{S:armed_group,force}{_}(?:was|were|had\\s+been|has\\s+been|have\\s+been|being)\\s+(?:later\\s+|formally\\s+|eventually\\s+)?{V:absorb:pp}\\s+(?:into|by|in)\\s+(?:the\\s+)?{T:armed_group,force,government}`,
    example: 'The Omari Battalion was absorbed by the Tarvan Front in 2017.',
    examples: ['The Kessar Brigades were later incorporated into the Chadian army.'],
    confidence: 0.7,
  },
  {
    reason: 'member-part-of',
    type: 'member_of',
    // (not a place after a preposition of place, which closes an aside: "X, Iran's proxy in Yemen, is part of Y")
    pattern: `(?<!\\b(?:against|on|at|with|from|to|by|of|for|in|into|inside|near|across|within)\\s+(?:the\\s+)?){S:${ACTOR},country}{_}(?:(?:as|is|are|was|were)\\s+|(?:formally\\s+|officially\\s+)?{V:become}\\s+)?(?:(?:a|an)\\s+)?(?:integral\\s+|key\\s+|important\\s+|formal\\s+|official\\s+)?part\\s+of\\s+(?:the\\s+)?(?:wider\\s+|broader\\s+)?${COUNTRY_OWNER}{T:${ACTOR}}(?!\\s*[-–—‐])`,
    example: 'Canada is serving as part of the NATO mission in Latvia.',
    examples: ['Jordan flew its first missions as part of the wider Global Coalition.', 'In 2019 the Tarvan Brigade formally became part of the Chadian army.', "The 4th Mountain Brigade, which is part of Chad's Ground Forces, held the pass."],
    confidence: 0.65,
  },
  {
    reason: 'member-as-part-of',
    type: 'member_of',
    // the sentence's first party, whatever it did before "as part of", when its verb phrase runs long or names a place
    // ("X has fought in Faya for two years as part of Y"); not one after a preposition ("Taking part in X as part of
    // Y"), nor a party of a longer name after it ("as part of the X–Y conflict")
    pattern: `^[^⟦⟧]{0,40}?(?<!\\b(?:in|at|on|to|into|from|with|by|of|for|against|near)\\s+(?:the\\s+)?){S:${ACTOR},country}{_p}\\s+as\\s+part\\s+of\\s+(?:the\\s+)?(?:wider\\s+|broader\\s+)?{T:${ACTOR}}(?!\\s*[-–—‐])`,
    example: 'Some 900 Kenyan police officers stayed in Haiti well into the spring as part of the Gang Suppression Force.',
    examples: ['The Tarvan Front has been on the offensive since late last year as part of the Kessar Alliance.'],
    confidence: 0.6,
  },
  {
    reason: 'member-part-along-with',
    type: 'member_of',
    // the parties named "along with" a part of a body are parts of it too ("X is part of Y along with Z")
    pattern: `part\\s+of\\s+(?:the\\s+)?{T:${GROUP}}\\s*,?\\s+(?:along\\s+with|alongside|together\\s+with)\\s+(?:the\\s+)?{S:${GROUP},country}`,
    example: 'The Omari Battalion is part of the Kessar Front along with the Nasr Brigade.',
    examples: ['Chad fought as part of the Sahel Alliance, alongside Niger and Mali.'],
    coord: 'source',
    confidence: 0.65,
  },
  {
    reason: 'leads-verb',
    type: 'leads',
    // (the body's description before its name may be any words but a preposition's, and a place it is based in: "runs
    // the Baghdad-based exchange house X"; not "led the offensive against X"; a name of a kind before the name is the
    // description's, "the armed group X"; nor a part of the body, "commanded an X unit": member-commands-part)
    pattern: `{S:person}{_}{V:lead:s,past}\\s+(?:the\\s+|an?\\s+)?(?:(?:(?!(?:against|on|in|into|of|for|with|to|from|at|by|over|near|across|toward|towards|inside)\\s)\\p{Ll}[\\p{Ll}-]*|⟦\\d+\\|place\\|[^⟧]*⟧[-‐](?:based|headquartered))\\s+){0,4}?(?:⟦[^⟧]*⟧\\s+(?=⟦))?{T:${ACTOR}}(?!\\s+(?:⟦|{W:partNouns}(?![\\p{L}-]))|${PART_OF_GROUP})`,
    example: 'Abu Bakr al-Baghdadi led the Islamic State until 2019.',
    // (and who takes its lead: "took command of X", verb class lead)
    examples: ['Omar Haji led the armed group Tarvan Front until his death.', 'Idris Naro runs the Niamey-based exchange house Sahel Transfers Company.', 'Idris Naro took command of the Kessar Brigades after the purge.'],
    confidence: 0.8,
  },
  {
    reason: 'leads-whose-role',
    type: 'leads',
    // a group whose leading office a person holds ("X, whose chairman is Y", "X, whose leader, Y, ...")
    pattern: `{T:${GROUP}}\\s*,\\s+whose\\s+(?:[\\w-]+\\s+){0,2}?{LEAD}\\s*(?:,\\s*|\\s+(?:is|was|has\\s+been)\\s+)${ROLE_BEFORE}{S:person}`,
    example: 'The Kessar Brigades, whose commander is Omar Tessali, took the port.',
    examples: ['The Tarvan Front, whose founder, Idris Naro, died in 2019, denied the claim.'],
    confidence: 0.75,
  },
  {
    reason: 'leads-role-predicate',
    type: 'leads',
    // a person said to hold a leading office, after a copula or a verb of taking office (lexicon class hold-office),
    // in the main clause or a relative clause on the person ("X, who served as prime minister of Y", "X became the
    // leader of Y", "X was appointed head of Y"); "a commander of Y" is one of several, a member (member-role-predicate)
    pattern: `{S:person}(?:\\s*,\\s*(?:who|which)\\s+|\\s+){_}(?<![\\p{L}-])(?:(?:is|was|has\\s+been|had\\s+been)\\s+(?:(?:also|still|later|then|briefly|once|formerly|now)\\s+)?(?:{V:hold-office:pp}\\s+)?|{V:hold-office:s,past}\\s+|{V:succeed:s,past}\\s+(?:⟦[^⟧]*⟧|[\\p{L}'’-]+)(?:\\s+[\\p{L}'’-]+){0,2}?\\s+(?=as\\s))(?:as\\s+)?(?:(?:the|its|their|his|her)\\s+)?(?:(?:new|former|interim|acting|self-proclaimed|first|founding|overall|top|current|longtime|long-time|de\\s+facto)\\s+)?{LEAD}\\s+(?:of|for)\\s+(?:the\\s+)?${ROLE_OBJECT_GAP}{T:${GROUP},country}`,
    example: 'Omar Tessali, who served as prime minister of Chad until 2019, died on Monday.',
    // (and who took another's office: "succeeded X as leader of Y")
    examples: ['Omar Haji became the leader of the Tarvan Front in 2016.', 'Idris Naro was appointed head of the Kessar Brigades last year.', 'Idris Naro, who succeeded Omar Haji as leader of the Kessar Brigades, was killed in Faya.', 'Idris Naro took over as leader of the Kessar Brigades in 2021.'],
    confidence: 0.75,
  },
  {
    reason: 'member-role-predicate',
    type: 'member_of',
    // ... and a member's office, or one leading office of several ("X is a spokesman for Y", "X was named a commander
    // of Y")
    pattern: `{S:person}(?:\\s*,\\s*(?:who|which)\\s+|\\s+){_}(?<![\\p{L}-])(?:(?:is|was|has\\s+been|had\\s+been)\\s+(?:(?:also|still|later|then|briefly|once|formerly|now)\\s+)?(?:{V:hold-office:pp}\\s+)?|{V:hold-office:s,past}\\s+)(?:as\\s+)?(?:(?:the|its|their|his|her|a|an)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?{MEMBER}|(?:a|an)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?{LEAD})\\s+(?:of|for|to|in|with)\\s+(?:the\\s+)?${ROLE_OBJECT_GAP}{T:${GROUP},country}`,
    example: 'Kamal Idris, who was a spokesman for the Ansar Front, was arrested.',
    // (words before the office: "a senior financial official for Y")
    examples: ['Omar Haji served as an adviser to the Tarvan Front before 2019.', 'Idris Naro was named a commander of the Kessar Brigades.', 'Idris Naro has served as a senior financial official for the Kessar Brigades since 2021.'],
    confidence: 0.7,
  },
  {
    reason: 'member-recruits-for',
    type: 'member_of',
    // a person who recruits for a group works for it ("recruited fighters for X")
    pattern: `{S:person}{_}{V:recruit:s,past}\\s+(?:[\\p{Ll}-]+\\s+){0,3}?for\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: 'Idris Naro recruited young men for the Tarvan Front in Kidal.',
    confidence: 0.65,
  },
  {
    reason: 'member-commands-part',
    type: 'member_of',
    // ... and one who commands one of its units ("commanded an X unit": lexicon partNouns)
    pattern: `{S:person}{_}{V:lead:s,past}\\s+(?:a|an|one)\\s+(?:[\\p{Ll}-]+\\s+)?{T:${GROUP}}\\s+{W:partNouns}`,
    example: 'Idris Naro later commanded a Tarvan Front unit near Kidal.',
    confidence: 0.65,
  },
  {
    reason: 'member-commands-possessive-part',
    type: 'member_of',
    // ... or a part named after its possessive ("headed the SDF's military council", "runs the group's media office")
    pattern: `{S:person}{_}{V:lead:s,past}\\s+(?:the\\s+)?{T:${GROUP}}${PART_OF_GROUP}`,
    example: "Idris Naro headed the Tarvan Front's military council until 2020.",
    confidence: 0.7,
  },
  {
    reason: 'member-verb',
    type: 'member_of',
    // (what one joins or serves as a member is a body: joining a person is meeting them, "joined the Foreign Minister for talks")
    pattern: `{S:person}{_}{V:serve:s,past}\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: 'Omar al-Shishani joined the Islamic State in 2013.',
    examples: ['Before 2020 Idris Naro worked for the Kessar Brigades.'],
    confidence: 0.75,
  },
  {
    reason: GENERIC_MEMBER,
    type: 'member_of',
    // people named by what they are or did ("gunmen", "the suspects", "three men": generic actors) who belong to a group,
    // join it or are said to be its members ("the gunmen were members of Y", "suspected to be members of Y")
    // (right after them, in a relative clause too: "citizens who had fought for Y"; not members of a group that the generic
    // people did something to, "killed two members of Y", nor what a group the people make up did, "a regiment of 250
    // fighters was formed and joined Y")
    pattern: `{S:generic-actor}(?:\\s*,)?\\s+(?:(?:who|that)\\s+)?(?:(?:had|have|has|allegedly|reportedly|later|also|all|both|then)\\s+){0,2}(?:{V:serve:base,s,past,pp}|(?:are|were|is|was|been)\\s+(?:(?:all|also|allegedly|reportedly|later|identified\\s+as|(?:believed|suspected|said|thought)\\s+to\\s+be)\\s+)?(?:members|fighters|militants|operatives)\\s+of|(?:believed|suspected|said|thought)\\s+to\\s+(?:be\\s+members\\s+of|belong\\s+to))\\s+(?:the\\s+)?{T:${GROUP}}`,
    example: 'The three suspects belong to the Tarvan Front, the army said.',
    examples: ['Two militants believed to be members of the Kessar Brigades burned the school.', 'Police said two of the gunmen had joined the Kessar Brigades in 2020.'],
    confidence: 0.65,
  },
];
