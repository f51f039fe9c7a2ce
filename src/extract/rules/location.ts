/**
 * Relation rules, family `located_in`: where groups, people and places are.
 */
import type { RelationRule } from './types.ts';
import { ACTOR, COMPASS_ADJ, COMPASS_PART, COUNTRY_OWNER, FIGHTER, PLACE_KIND } from './kinds.ts';
import { STRIKE_REPORT } from '../formats/strike-report.ts';

const TROOPS = '(?:troops|personnel|soldiers|forces|fighters|service\\s*members|servicemembers|members|advisers|advisors|militants|commandos|special\\s+forces|marines|contractors|officers)';

/** Verbs that call a planned visit off (before "his visit to X"): no presence. (A verb class would belong in lexicon/verbs.json.) */
const CALLED_OFF = '(?:cancel(?:l?ed|s)?|postpone[ds]?|call(?:ed|s)?\\s+off|scrap(?:ped|s)?|delay(?:ed|s)?)';

/** Up to two lower-case words before a place noun in an apposition, none a direction ("a busy town", "the provincial capital"). */
const PLACE_APPOSED_WORDS = '(?:(?!(?:north|south|east|west)\\w*\\s)[a-z][\\w-]*\\s+){0,2}?';

/** After a chain's second place: no end of a list ("and Z", ", Z and W", ", Z district and"), nor two more places ("A, B, C, D"). */
const NOT_A_LIST = `(?!\\s*,?\\s*(?:and|or)\\s|\\s*,\\s*⟦[^⟧]*⟧(?:\\s+{W:placeUnitWords})?\\s*(?:,?\\s*(?:and|or)\\s|,\\s*⟦))`;

export const LOCATION_RULES: RelationRule[] = [
  {
    reason: 'located-presence',
    type: 'located_in',
    pattern: `{S:${ACTOR}}{_p}\\b(?:presence|foothold|bases?|headquarters|positions?|strongholds?|cells|operations|activity|control)\\s+(?:in|across|inside|throughout|near|around)\\s+(?:the\\s+)?(?:(?:[a-z][\\w-]*\\s+){1,3}(?:of|in)\\s+)?{T:place,camp}`,
    example: 'Al-Shabaab is expanding its presence across Somalia.',
    // (a place described before the named one: "the outskirts of X", "the border zone in X")
    examples: ['Boko Haram has kept a foothold in Maiduguri for years.', 'Chadian troops widened their presence in the border zone in Salamat province.', 'The 3rd Division runs the eastern front from its headquarters in Tarsa.'],
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'located-deployed-count',
    type: 'located_in',
    pattern: `{S:${ACTOR},country}{_}(?<![\\p{L}-]){V:deploy}\\s+(?:about\\s+|around\\s+|some\\s+|roughly\\s+|nearly\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|up\\s+to\\s+)?{N}\\s+(?:[\\w-]+\\s+)?${TROOPS}\\s+(?:in|to|inside|across|at)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'France keeps 1,500 troops in Chad and 600 in Niger.',
    examples: ['Russia has sent some 400 troops to Aleppo and Homs.'],
    confidence: 0.85,
    coord: true,
    sendsForces: true,
  },
  {
    reason: 'located-entered',
    type: 'located_in',
    // armed men who go into a place are there ("entered X", "advanced into the town of X"); who leaves it is read by
    // withdraws_from, who takes it by captures
    // (not an intention or a prevented move: "preparing to enter X", "a route to move into X", "stopped them from
    // reaching X"; nor a noun: "began its push into X")
    pattern: `{S:armed_group,force}{_p}(?<![\\p{L}-])(?<!\\b(?:to|from|its|their|his|her|the|a)\\s+)(?<!\\bto\\s+(?:start|begin)\\s+){ACTIVE}{V:enter}\\s+(?:the\\s+)?(?:(?:[a-z][\\w-]*\\s+){1,2}of\\s+|(?:[\\p{L}-]+\\s+){0,3}?${PLACE_KIND}\\s+of\\s+)?{T:place,camp}`,
    example: 'Tarvan Front fighters entered Kessar on Sunday evening.',
    // (a place's kind after words that may be capitalised: "entered the central Chadian city of Faya")
    examples: ['The Chadian army advanced into the town of Faya overnight.', 'Tarvan Front fighters entered the central Chadian city of Faya.'],
    confidence: 0.7,
    coord: true,
    motion: true,
  },
  {
    reason: 'located-has-forces',
    type: 'located_in',
    // a party that has or keeps forces somewhere is there ("X has about 900 troops in Y", "X, which has fighters in Y
    // and Z"; lexicon forceNouns)
    pattern: `{S:${ACTOR},country}\\s*,?\\s+(?:(?:which|who|that)\\s+)?(?:now\\s+|still\\s+|also\\s+)?(?:has|have|had|keeps|kept|maintains|maintained)\\s+(?:(?:about|around|some|nearly|roughly|more\\s+than|at\\s+least|over|up\\s+to|fewer\\s+than|almost)\\s+)?(?:[\\d,.]+\\s+|(?:thousands|hundreds|dozens)\\s+of\\s+)?(?:[\\w-]+\\s+)?{W:forceNouns:bare}\\s+(?:stationed\\s+|deployed\\s+|based\\s+)?(?:in|inside|across)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'The Tarvan Front, which has fighters in Chad and Niger, denied the claim.',
    examples: ['The Omari Battalion, which keeps fighters inside Chad, denied the claim.'],
    confidence: 0.65,
    coord: true,
  },
  {
    reason: 'located-took-refuge',
    type: 'located_in',
    // people who flee to a place or shelter there are there (lexicon class take-refuge: "fled to X", "took refuge in X");
    // not an intention or a prevented flight ("tried to flee to X", "stopped them from fleeing to X")
    pattern: `{S:${ACTOR}}{_p}(?<![\\p{L}-])(?<!\\b(?:to|from)\\s+){ACTIVE}{V:take-refuge}\\s+(?:the\\s+)?(?:(?:[a-z][\\w-]*\\s+){1,2}of\\s+)?{T:place,camp}`,
    example: 'Hundreds of Kessar villagers fled to Faya after the shelling.',
    examples: ['The Tarvan Front took refuge in the hills of Ennedi.', 'Omar Haji sought refuge in the Zamzam camp.'],
    confidence: 0.65,
    coord: true,
    motion: true,
  },
  {
    reason: 'located-where-deployed',
    type: 'located_in',
    // a place, then a relative "where" whose clause keeps a party there ("in Conoco, where US troops are based"): the
    // party is there (verb class station, as located-deployed reads it after the party)
    pattern: `{T:place,camp}\\s*,\\s+where\\s+(?:the\\s+)?{S:${ACTOR}}\\s+(?:is\\s+|are\\s+|was\\s+|were\\s+|remain\\s+|remains\\s+|had\\s+been\\s+|have\\s+been\\s+|has\\s+been\\s+)?(?:{V:station:pp}|{V:operate:ing}|active|present)(?![\\p{L}-])`,
    example: 'Officials met elders in Faya, where Chadian troops are stationed.',
    examples: ['Aid workers left Gouro, where the Kessar Brigades are operating.'],
    confidence: 0.75,
  },
  {
    reason: 'located-deployed',
    type: 'located_in',
    // (the place after its kind and words before it: "based in the southern port of Aden")
    pattern: `{S:${ACTOR}}{_}\\b(?:is\\s+|are\\s+|was\\s+|were\\s+|remain\\s+|remains\\s+)?(?:{V:station:pp}|{V:operate:ing,s,past,base}|{V:take-position}|active|present)\\s+(?:in|at|inside|across|to|near|throughout|along|around|on(?=\\s+the\\s+(?:outskirts|edges?|fringes?)\\s+of\\s))\\s+(?:the\\s+)?(?:(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?:${PLACE_KIND}|outskirts|edges?|fringes?)\\s+of\\s+)?{T:place,camp}`,
    example: 'Russian military police were deployed to Manbij.',
    // (and troops that take up positions somewhere: "took up positions along the river in X")
    // (and armed men or people who gather or hide somewhere, verb class take-position: "regrouped in X", "massed on the
    // outskirts of X")
    examples: ['Hezbollah units operating in Qusayr dug in.', 'The Tarvan Front, based in the southern port of Aden, denied the claim.', 'The Kessar Brigades dug in around Faya on Monday.', 'Hundreds of gunmen massed on the outskirts of Faya overnight.', 'The Tarvan Front regrouped in Gouro after the rout.', 'The Tarvan Front, which operates in the Kessar region, claimed the raid.'],
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'located-patrols',
    type: 'located_in',
    // a force that patrols or guards a place, or a road or a site in or near it, is there (verb class patrol)
    // (right after the force, over an adverb or a verb of beginning: "began patrolling"; a noun "patrol" after other
    // words names another's: "the U.S. patrol had begun in X")
    pattern: `{S:${ACTOR}}\\s+(?:(?:now|also|still|regularly|jointly)\\s+)?(?:(?:began|begin|begins|started|start|starts|continued|continue|continues)\\s+(?:to\\s+)?)?{V:patrol}\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+){1,4}?(?:in|near|around|outside|of)\\s+(?:the\\s+)?)?{T:place,camp}`,
    example: 'Turkish soldiers patrolled the road outside Manbij on Sunday.',
    examples: ['The Tarvan Front still guards the old bridge in Faya.', 'Chadian troops began patrolling the town of Faya.'],
    confidence: 0.7,
    coord: true,
  },
  {
    reason: 'located-force-in',
    type: 'located_in',
    pattern: `{S:force,armed_group}(?:\\s+(?:fighters|militants|terrorists|targets|forces|troops|units|positions|cells|members|commanders|leaders|strongholds))?\\s+(?:in|inside|across|near)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'French troops in Mali are failing to stop the insurgency.',
    examples: ['Hezbollah units near Qusayr dug new trenches.'],
    confidence: 0.6,
    coord: true,
  },
  {
    reason: 'located-based',
    type: 'located_in',
    pattern: `{T:place}[-‐]{V:base:pp}\\s+{S:actor,force}`,
    example: 'The Qamishli-based Hawar News Agency reported the raid.',
    confidence: 0.8,
  },
  {
    reason: 'located-based-apposed',
    type: 'located_in',
    // ... and in a description apposed to the name ("X, a London-based monitoring group,")
    pattern: `{S:actor,force}\\s*,\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?{T:place}[-‐]{V:base:pp}(?![\\p{L}-])`,
    example: 'The Tarvan Observatory, a London-based monitoring group, reported the raid.',
    examples: ['The Kessar Brigades, a Mogadishu-based militia, shelled the port.'],
    confidence: 0.75,
  },
  {
    reason: 'located-frame',
    type: 'located_in',
    pattern: `^(?:In|Inside|At)\\s+(?:the\\s+)?{T:camp,city,site,region},\\s+{__}{S:armed_group}`,
    example: 'In Kismayo, Al-Shabaab collects taxes from traders.',
    examples: ['Inside Maiduguri, families still fear Boko Haram at night.'],
    confidence: 0.5,
  },
  {
    reason: 'located-frame-place',
    type: 'located_in',
    // a region or country that opens the sentence frames the camps and sites it names ("In the occupied West Bank, troops
    // raided the X refugee camp"); not towns, which a frame names as often when they lie elsewhere ("In Iraq, officials
    // said Damascus ...")
    pattern: `^(?:In|Inside|Across)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+)?{T:region,country}\\s*,\\s+{__}{S:camp,site}`,
    example: 'In the occupied West Bank, troops raided the Kessa refugee camp overnight.',
    examples: ['Across northern Chad, gunmen attacked the Faya Airport and a market.'],
    confidence: 0.5,
  },
  {
    reason: 'located-frame-village',
    type: 'located_in',
    // ... and the villages and towns it names as such ("In X State, the militia attacked the village of Y"): a named
    // village of the region the sentence opens with lies there
    pattern: `^(?:In|Inside|Across)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+)?{T:region}\\s*,\\s+{__}(?:village|town|hamlet)s?\\s+of\\s+{S:city}`,
    example: 'In Kessar province, gunmen burned the village of Dorra on Sunday.',
    confidence: 0.5,
  },
  {
    reason: 'located-place-in',
    type: 'located_in',
    // (through a place's possessive to the place it holds: "an air base in western Iraq's Anbar province" is in Anbar)
    pattern: `{S:camp,city,site,region}(?:\\s+(?!territory\\b){W:placeUnitWords}(?=\\s*,?\\s+(?:in|inside)\\s|\\s+near\\s))?(?:\\s*,\\s+(?:also|likewise|both|all)(?:\\s+(?:also|likewise))?(?=\\s+in\\s))?\\s*,?\\s+(?:(?:located|situated|lying)\\s+)?(?:(?:in|near|inside|of)\\s+(?:the\\s+)?|on\\s+the\\s+(?:(?:far\\s+)?[\\w-]+\\s+)?(?:edges?|outskirts|fringes?|periphery|island|peninsula)\\s+of\\s+(?:the\\s+)?)(?:(?:[\\w-]+\\s+)?(?:province|governorate|district|sub-?district|region|part|city|town|area|countryside|outskirts|suburbs|municipality|department|county|commune|prefecture|territory|zone|sector|parish|subdivision|tehsil|woreda|regency|oblast|upazila)\\s+of\\s+(?:the\\s+)?|(?<=the\\s+)(?:far\\s+|(?:[\\w-]+|⟦[^⟧]*⟧)-(?:held|controlled)\\s+)?${COMPASS_PART}\\s+of\\s+(?:the\\s+)?|(?:[\\w-]+\\s+)?(?:{X}['’]s\\s+(?:\\p{Ll}+\\s+)?)?){T:place}`,
    example: 'The Rukban camp in southern Syria is short of food.',
    // (a lower-case word after the possessive too: "in Chad's eastern Kessar province")
    // (and a unit's word in lower case after the first name: "X village in Y county"; not before "of", "the X town of Y"
    // is Y's, nor "territory", "the Ottoman territory in Y" is a state's land; no comma before "near": "X city, near the
    // X dam")
    // (a part of it by its direction after "the": "X, in the north-east of Y", "in the rebel-held east of Y"; not "X,
    // east of Y", which lies outside Y)
    // (and past "also" after a comma: "the town of X, also in Y province"; or "both", "all" after a list, whose members
    // the coordination gives: "X and Z, both in Y")
    // (an administrative unit's word before "of": "X, in the municipality of Y"; not a village's, "near the village of
    // Y" names Y)
    // (a unit's word in the plural after two names: "X and Z districts in Y")
    // (or on its edge, its outskirts: "the X camp on the western edge of Y", "X, located on the outskirts of Y")
    // (or on the island it is on: "X, on the southern island of Y")
    examples: ['Rebels held large parts of Dorra and Siba districts in Kessar province.', 'Tarsa, on the northern island of Kessar, was placed under curfew.', 'Families fled the hamlets of Dorra and Siba, in the municipality of Tarsa.', 'Shells hit the market town of Gouro, also in Kessar province, on Friday.', 'Troops moved to the Dorum camp and the Karvi camp, both in Sila province, and to Faya.', "Drones struck the Tessali airbase in eastern Chad's Kessar province.", "Rebels raided the town of Gouro in Chad's remote Kessar province.", 'Bandits raided Ngoro village in Tarsa county at dawn.', 'Rockets landed near Tessit, in the far north-east of the Kessar region.', 'Shells hit the Dorum camp on the southern edge of Faya.', 'The Karvi camp, located on the outskirts of the town of Tessit, was shelled.'],
    confidence: 0.65,
  },
  {
    reason: 'located-units-of',
    type: 'located_in',
    // the places a region is divided into, named after their kind in the plural ("the Catatumbo municipalities of X, Y
    // and Z"): each lies in the region
    pattern: `(?<![\\p{L}])the\\s+{T:region,country}\\s+(?:{W:placeUnitWords})(?<=s)\\s+of\\s+{S:city,site,region,camp}`,
    example: 'Floods cut roads in the Tarsa districts of Gouro, Ngoro and Dalan.',
    confidence: 0.65,
    coord: 'source',
  },
  {
    reason: 'located-bracketed',
    type: 'located_in',
    // a place with the country or the province it lies in in brackets after it ("Tarsa (Sila province)", "Karvi
    // (Chad)"); a region only when named by its unit (name-place-head): another bracketed name is another name of it
    // ("Rojava (West Kurdistan)", "Kobani (Ayn al-Arab)"). Known limit: a district in brackets after a city may be a
    // part of it ("the city of X (Al-Balad district)")
    pattern: `{S:city,site,camp,region}\\s*\\(\\s*(?=⟦\\d+\\|place\\|(?:country\\||region\\|name-place-head⟧)){T:country,region}\\s*\\)`,
    example: 'Gunmen raided the village of Tarsa (Sila province) on Monday.',
    examples: ['Floods cut the road to Karvi (Chad) last week.'],
    confidence: 0.65,
  },
  {
    reason: 'located-apposition',
    type: 'located_in',
    // (not a possessor of a name that opens the next phrase: "in Luhansk Oblast, Russia's Defence Ministry said"; a
    // description after it is the apposition's: "Mosul, Iraq's second city"; nor a country that says what went before, a
    // headline's source: "Rebels shell port in Red Sea, US says")
    // (a compass word before the place, either case: "Dabiq, northern Syria", "Al-Tanf, Eastern Homs Governorate")
    // (nor the first two of a bracketed list of names: "the towns (Gouro, Tarsa, Faya) lie in Sila")
    pattern: `(?<!⟧\\s*,\\s*){S:city,site,camp,region}\\s*,\\s+(?:(?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?(?:ern)?\\s+|(?:[Ee]ast|[Ww]est)(?:ern)?\\s+|[Cc]entral\\s+)?{T:country,region,city}(?!\\s*(?:,|and|or)\\s*(?:and\\s+)?⟦\\d+\\|place|['’]s\\s+⟦|\\s*,\\s*⟦[^⟧]*⟧\\s*\\))`,
    notSpeaker: true,
    example: 'The strike hit a depot near Palmyra, Syria, on Tuesday.',
    examples: ["Rebels captured the Tarvel oil field, Chad's largest oil field, in May.", 'Drones struck a convoy near Faya, northern Chad.'],
    confidence: 0.7,
  },
  {
    reason: 'located-activity-in',
    type: 'located_in',
    pattern: `{S:${FIGHTER}}{_p}{V:mount}\\s+(?:[\\w,-]+\\s+){0,3}?(?:attacks?|operations?|raids?)\\s+(?:[\\w-]+\\s+|⟦[^⟧]*⟧\\s+){0,4}?(?:in|near|around|across|inside)\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'Kenyan troops launched three raids on Al-Shabaab hideouts in Somalia.',
    examples: ['The Turkish Army carried out two raids near Afrin on Sunday.'],
    confidence: 0.65,
    coord: true,
  },
  {
    reason: 'located-visit',
    type: 'located_in',
    pattern: `{S:person}{_}{V:meet:past,s}\\b{__np}\\s(?:in|at)\\s+(?:the\\s+)?{T:city,site,country}`,
    example: 'Foreign Minister Julie Bishop met her Iraqi counterpart in Canberra.',
    confidence: 0.6,
  },
  {
    reason: 'located-place-possessive',
    type: 'located_in',
    // (a compass word between, the part of the country it lies in: "Chad's far northern Tibesti region"; or up to two
    // words shaped as adjectives that describe it: "Chad's restive Tibesti region", "Syria's Kurdish-held Afrin region";
    // not "Turkey's policy towards X", "France's Defense minister X")
    pattern: `{T:country,region}['’]s\\s+(?:(?:far\\s+|far-)?${COMPASS_ADJ}\\s+|(?:[\\w-]*(?:ive|ous|ern|ed|ing|ic|al|ful|less|held|torn|rich)\\s+){1,2}?)?{S:city,site,camp,region}`,
    example: "The strikes hit northwestern Syria's Idlib province overnight.",
    examples: ["Fighting spread across Chad's far northern Tibesti region last week.", "Gunmen raided a village in Chad's restive Sila region.", "Rebels shelled the outskirts of Chad's war-torn Tarsa region."],
    confidence: 0.7,
  },
  {
    reason: 'located-town-possessive',
    type: 'located_in',
    // a town's possessive before a site, a camp or a place named by its head word ("X district", "X neighbourhood"): a
    // part of the town; not a place the dictionary knows, which may be a town's concern ("Moscow's Donbas offensive")
    pattern: `{T:city}['’]s\\s+{S:site,camp,name-place-head}`,
    example: "A drone hit Mogadishu's Kessar neighbourhood overnight.",
    examples: ["Gunmen stormed Baidoa's main hospital and Mogadishu's Tessali camp."],
    confidence: 0.65,
  },
  {
    reason: 'located-report-frame',
    type: 'located_in',
    pattern: `^[\\s.]*(?:Near|In|At|Around)\\s+(?:the\\s+)?{T:place,camp},\\s+(?:[^⟦⟧\\n]|⟦\\d+\\|place[^⟧]*⟧){0,120}?(?<![\\p{L}-])(?<!(?:^|[^\\p{L}])(?:to|of|with|by|from|against|on|at|for)\\s+(?:the\\s+)?)(?:(?:an?|\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+)?{S:armed_group,force}`,
    example: 'Near Palmyra, ISIS fighters ambushed an army convoy.',
    confidence: 0.6,
    // a strike line's places are read by the strike-report reader, thing by thing
    yieldsTo: [STRIKE_REPORT],
  },
  {
    reason: 'located-actor-in',
    type: 'located_in',
    pattern: `{S:person,organization,government,armed_group}(?:['’]s\\s+(?:[\\w-]+\\s+)?(?:campaign|presence|operations?|attacks?|fighters|offensive|headquarters)|\\s+(?:tribe|tribes|delegation|officials|members|operatives|cells|fighters|militants|commanders|leaders|embassy|office|offices|headquarters|units|positions|targets|supporters))?\\s*,?\\s+(?:is\\s+|was\\s+|are\\s+|were\\s+)?(?:in|near|at|inside)\\s+(?:the\\s+)?(?:${COMPASS_ADJ}\\s+)?{T:place,camp}`,
    example: 'Kenyan President William Ruto in Nairobi received the delegation.',
    examples: ['Hezbollah commanders in Qusayr refused to withdraw.'],
    confidence: 0.55,
    coord: true,
  },
  {
    reason: 'located-visit-to',
    type: 'located_in',
    pattern: `{S:person}{_p}\\b(?:{V:travel-to}|{V:lead}\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?delegation\\s+to)\\s+(?:the\\s+)?{T:place}`,
    example: 'The Prime Minister will travel to Nigeria next month.',
    examples: ['President Erdogan flew to Tehran for talks on Idlib.', 'President Erdogan led a large delegation to Tehran.'],
    confidence: 0.6,
    coord: true,
  },
  {
    reason: 'located-own-visit',
    type: 'located_in',
    // a person's own visit, talks or stay in a place (the possessive says whose: "his", "her")
    pattern: `{S:person}{_}(?<![\\p{L}-])(?<!${CALLED_OFF}\\s+)(?:his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?:visit|trip|tour|stay|talks|consultations|meetings)\\s+(?:in|to|at)\\s+(?:the\\s+)?{T:place}`,
    example: 'Envoy Jane Holl has finished her talks in Geneva and is flying home.',
    examples: ['President Ruto cut short his state visit to Nigeria on Tuesday.'],
    // (a visit called off never took place: "cancelled her visit to X")
    confidence: 0.6,
  },
  {
    reason: 'located-own-visit-fronted',
    type: 'located_in',
    // the same possessive before the person it stands for: "On her first trip to X, Minister Y met ..."
    pattern: `^[\\s.“"]*(?:In|During|On)\\s+(?:his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?:visit|trip|tour|stay)\\s+(?:to|in)\\s+(?:the\\s+)?{T:place}(?:\\s+[^,⟦⟧]{1,40})?,\\s+{_}{S:person}`,
    example: 'On her first trip to Kenya as envoy, Ambassador Jane Holl met local leaders.',
    examples: ['During his stay in Baghdad, General Mark Hollis toured two bases.'],
    confidence: 0.6,
  },
  {
    reason: 'located-host',
    type: 'located_in',
    pattern: `{S:${ACTOR},person}{_}\\b(?:{V:host}|{V:hold})\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:conference|meeting|summit|talks|session|forum)\\s+(?:in|at)\\s+(?:the\\s+)?{T:city,site,country}`,
    example: 'The African Union will host a peace conference in Addis Ababa next spring.',
    examples: ['The African Union held an emergency summit in Addis Ababa on the crisis.'],
    confidence: 0.65,
  },
  {
    reason: 'located-host-in',
    type: 'located_in',
    pattern: `{S:person,government,country}{_}{V:host}(?!\\s+by\\b)\\s+(?:[^⟦⟧.;]|⟦[^⟧]*⟧){1,100}?\\s(?:in|at)\\s+(?:the\\s+)?{T:city,site,country}`,
    example: 'President Ruto will host the leaders of the East African Community in Nairobi.',
    examples: ['Kazakhstan convened envoys from Russia, Iran and Turkey in Astana.'],
    confidence: 0.7,
  },
  {
    reason: 'located-fronted-place',
    type: 'located_in',
    // (a participle opening the sentence too: "Speaking in Baghdad, X said"; its subject is the main clause's)
    pattern: `^[\\s.“"]*(?:In|Inside|At|Across|Throughout|\\p{Lu}\\p{Ll}+ing\\s+(?:(?!\\p{Ll}+ed\\s)[\\p{Ll}-]+\\s+){0,2}?(?:in|at|inside))\\s+(?:the\\s+)?{T:place,camp},\\s+(?:(?:the|a|an)\\s+)?(?:⟦[^⟧]*⟧['’]s?\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?{S:force,armed_group,person,government}`,
    example: 'In Kenya, Deputy Envoy Marsh will speak at the summit.',
    examples: ['Across Helmand, the Taliban now collect taxes at checkpoints.', 'Speaking to reporters in Mogadishu, Omar Haji denied the claim.'],
    confidence: 0.65,
  },
  {
    reason: 'located-person-of',
    type: 'located_in',
    pattern: `{S:person},\\s+(?:\\d{1,3},\\s+)?of\\s+{T:city,region}`,
    example: 'Army Sergeant Dana Reyes, 29, of Tucson, Arizona, was killed on Monday.',
    examples: ['Sergeant Maria Delgado, 29, of Basra, was wounded by a roadside bomb.'],
    confidence: 0.7,
  },
  {
    reason: 'located-people-of',
    type: 'located_in',
    pattern: `{S:name-victim-group,name-people-group}\\s+of\\s+(?:the\\s+)?(?:(?:city|town|village|province|camp)\\s+of\\s+)?{T:city,region,camp}`,
    example: "Tobias Ellwood condemns ISIL's treatment of residents of Mosul.",
    confidence: 0.6,
  },
  {
    reason: 'located-driven-from',
    type: 'located_in',
    pattern: `{V:drive-out}\\s+(?:the\\s+)?{S:armed_group}\\s+(?:fighters\\s+|militants\\s+)?(?:out\\s+)?(?:of|from)\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?{T:place,camp}`,
    example: 'The start of Iraqi operations marks another step towards clearing Daesh from Iraq.',
    examples: ['Government troops pushed the Houthis out of Aden in 2015.'],
    confidence: 0.65,
  },
  {
    reason: 'located-rid-of',
    type: 'located_in',
    pattern: `{V:rid-of}\\s+{T:place,camp}\\s+of\\s+(?:the\\s+)?{S:armed_group}`,
    example: 'It will take years to rid Somalia of Al-Shabaab after the fall of Kismayo.',
    examples: ['The offensive aims to rid Sirte of ISIS before the summer.'],
    confidence: 0.65,
  },
  {
    reason: 'located-died-in',
    type: 'located_in',
    pattern: `{S:person}{__}\\b(?:{V:die:past}|(?:was|were)\\s+{V:wound:pp})\\b(?:[^⟦⟧]){0,30}?\\s(?:in|near)\\s+(?:the\\s+)?(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\\s+)?{T:place}`,
    example: 'Staff Sergeant Dana Reyes died March 3 in eastern Syria.',
    examples: ['Sergeant Maria Delgado was wounded near Basra.'],
    confidence: 0.6,
  },
  {
    reason: 'located-role-in',
    type: 'located_in',
    pattern: `{S:person},\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+|⟦\\d+\\|(?:actor|force)\\|[^⟧]*⟧\\s+){0,4}?(?:{LEAD}|{MEMBER}|leader|official|fighter|member|resident|native)\\s+(?:in|from|of)\\s+(?:the\\s+)?{T:city,region,site,camp}`,
    example: 'Abu Jandal al-Kuwaiti, an ISIS gang leader in Raqqa, was killed.',
    confidence: 0.6,
  },
  {
    reason: 'located-speaking-from',
    type: 'located_in',
    // a speaker reached where they are: "speaking from X", "said by phone from X" (an apposition between the name and
    // the phrase is the speaker's own)
    pattern: `{S:person}(?:\\s*,\\s+(?:\\d{1,3}\\s*,\\s+)?(?:an?|the)\\s+[^,;⟦⟧]{1,60}?)?\\s*,?\\s+(?:speaking\\s+(?:(?:(?:by|on\\s+the|over\\s+the)\\s+(?:tele)?phone|via\\s+(?:video\\s+link|satellite\\s+phone))\\s+)?|(?:(?:{V:report-speech:past,s}(?:\\s+[\\w-]+){0,2}?|spoke)\\s+)?(?:(?:by|on\\s+the|over\\s+the)\\s+(?:tele)?phone|via\\s+(?:video\\s+link|satellite\\s+phone))\\s+)from\\s+(?:the\\s+)?{T:place,camp}`,
    example: '"The bridge is gone," said Omar Farah, a driver, speaking by telephone from Beledweyne.',
    examples: ['Grace Akello told reporters by phone from Gulu that the road was closed.'],
    confidence: 0.6,
  },
  {
    reason: 'located-described-in',
    type: 'located_in',
    // a person described in apposition by what they are, in or from a place: the description is a noun phrase of plain
    // words (no phrase of another party or institution: of, for, with, at, to, on, by) that ends the apposition
    pattern: `{S:person},\\s+(?:\\d{1,3},\\s+)?(?:an?|the)\\s+(?:(?!(?:of|against|with|to|for|and|at|on|by|who|which|said|says)\\s)[\\w-]+\\s+){1,4}?(?:in|from)\\s+(?:the\\s+)?(?:(?:city|town|village|province|district)\\s+of\\s+)?{T:place,camp}(?=\\s*[,.;)])`,
    example: '"We sleep in shifts," said Halima Bako, a market trader in Diffa.',
    examples: ['Juan Ortiz, 52, a retired teacher from Tumaco, lost two sons.'],
    confidence: 0.6,
  },
  {
    reason: 'located-admin-chain',
    type: 'located_in',
    // a place, then an administrative unit named with its unit's word ("in X, Y province", "X village, Y district",
    // "X territory, Y province"): the place lies in the unit, also when a third place follows ("X district, Y regency,
    // Z"), which the apposition above reads as a list; not two of a list ("X, Y district and Z district", "X, Y
    // district, Z district"), nor a place that is itself a list's ("A, B, C province")
    // (or, after a place named with its unit's word, any region: "in Fizi territory, South Kivu")
    pattern: `(?<!⟧(?:\\s+{W:placeUnitWords})?\\s*,\\s*){S:city,region,site,camp}(?:\\s+{W:placeUnitWords}\\s*,\\s+|\\s*,\\s+(?=⟦\\d+\\|place\\|region\\|name-place-head⟧)){T:region}${NOT_A_LIST}`,
    example: 'Gunmen burned a school in Koro district, Tessit province, Mali, on Friday.',
    examples: ['Bandits raided Kessar village, Tarvan district, at dawn.', 'Militiamen attacked Ngoro, Tessit zone, Kivu region, on Monday.', 'Militiamen seized mines around Tarsa in Dalan territory, North Kivu, last week.'],
    confidence: 0.65,
    unitsDiffer: true,
  },
  {
    reason: 'located-admin-chain-end',
    type: 'located_in',
    // ... and each unit of such a chain lies in the place after it ("X district, Y province, Mali"; "X, Y zone, Z
    // region")
    pattern: `(?<=⟦[^⟧]*⟧(?:\\s+{W:placeUnitWords})?\\s*,\\s*){S:region,city}(?:(?<=\\|region\\|name-place-head⟧)|\\s+{W:placeUnitWords})\\s*,\\s+{T:region,country,city}${NOT_A_LIST}`,
    example: 'Gunmen burned a school in Koro district, Tessit province, Mali, on Friday.',
    examples: ['Militiamen attacked Ngoro, Tessit zone, Kivu region, on Monday.'],
    confidence: 0.65,
    unitsDiffer: true,
  },
  {
    reason: 'located-place-chain',
    type: 'located_in',
    // a place in a chain of three or more written as an address that ends with a country, each in the next ("in Tarsa,
    // Kessar, Chad"); not a list, which ends with "and" or "or" ("in Tarsa, Kessar and Chad") or names countries only
    pattern: `{S:city,site,camp,region}\\s*,\\s+{T:region,city}(?=(?:\\s*,\\s*⟦\\d+\\|place\\|(?:region|city)\\|[^⟧]*⟧)*\\s*,\\s*⟦\\d+\\|place\\|country\\|[^⟧]*⟧${NOT_A_LIST})`,
    notSpeaker: true,
    example: 'Gunmen burned a clinic in Baro, Tessit, Mali on Sunday.',
    confidence: 0.65,
  },
  {
    reason: 'located-place-chain-end',
    type: 'located_in',
    // ... and the chain's last two places, the country last ("in Tarsa, Kessar, Chad": Kessar in Chad)
    pattern: `(?<=⟦\\d+\\|place\\|(?:region|city|site|camp)\\|[^⟧]*⟧\\s*,\\s*){S:city,site,camp,region}\\s*,\\s+{T:country}${NOT_A_LIST}`,
    notSpeaker: true,
    example: 'Gunmen burned a clinic in Baro, Tessit, Mali on Sunday.',
    confidence: 0.65,
  },
  {
    reason: 'located-place-apposed-kind',
    type: 'located_in',
    // a place described in apposition as a part of another place ("X, the capital of Y", "X, a town in Y", "X, a
    // suburb of Y"; a short phrase may describe the town first, "X, a village of 3,000 people in Y"); not a direction
    // from it ("X, a town north of Y" lies outside Y)
    pattern: `{S:city,region,site,camp}(?:\\s*,\\s+|\\s+(?:is|was|lies|remains)\\s+)(?:(?:the|an?)\\s+|(?=(?:{W:placeUnitWords:bare})\\s+of\\s))${PLACE_APPOSED_WORDS}(?:(?:capital|headquarters|seat|district|sub-?district|province|region|suburb|neighbou?rhood|governorate|state|municipality|department|county|commune|prefecture|territory|zone|sector|parish|subdivision|tehsil|woreda|regency|oblast|upazila|circle)\\s+(?:of|in)|{W:settlementNouns:bare}\\s+(?:(?:of|near|on|along|with|close\\s+to)\\s+(?:(?!in\\s)[\\w.-]+(?:,\\d{3})*\\s+){1,6}?)?in)\\s+(?:the\\s+(?:(?:far\\s+|(?:[\\w-]+|⟦[^⟧]*⟧)-(?:held|controlled)\\s+)?${COMPASS_PART}\\s+of\\s+(?:the\\s+)?|(?:{W:placeUnitWords:bare})\\s+of\\s+(?:the\\s+)?)?)?${COUNTRY_OWNER}(?:[a-z][\\w-]*\\s+)?{T:city,region,country}`,
    // (a country's region is the nearer place: "X, a town in Chad's Salamat region" lies in Salamat)
    example: 'Rebels shelled Faya, the provincial capital of Borkou, on Monday.',
    // (also after a copula, "X is a province of Y"; and in a unit named "of" its place, "X, a village in the
    // municipality of Y")
    // (a unit's word with no article, as a register names it: "the village of X, municipality of Y")
    examples: ['Gunmen took him from the village of Dorra, municipality of Tarsa.', 'Kessar is a province of Chad.', 'Gouro, a village in the municipality of Tarsa, was burned.', 'Tarvel, a farming village in the Sila region, was empty.', 'Rebels overran Koutal, the district headquarters of Baran, before dawn.', 'Rebels seized Mabenga, a trading centre in Rutshi municipality, on Monday.', 'Bandits raided Kuru, a farming community in Dalan district, at night.', 'The convoy reached Mopti, a busy town in central Mali.', "Gunmen raided Tissi, a town in Chad's Sila region, at dawn.", 'Drones hit Ounianga, a settlement in the rebel-held north of Borkou.', 'Militias shelled Karvi, a village of mud houses near the river in Sila province, at dawn.', 'Raiders burned Dorum, a herding community of about 4,000 people in Baran district.'],
    confidence: 0.7,
  },
  {
    reason: 'located-place-apposed-in',
    type: 'located_in',
    // a place described in apposition by any noun phrase "in" another place ("X, a desert oasis in Y", "X, the Yazidi
    // heartland in the west of Y", a people's name among its words): the phrase's few words hold no preposition, so "in"
    // is the phrase's own (not "X, the scene of an attack in Y"), nor a verb's ("In X, a KNC office was burned in Y");
    // not a place after a preposition, where the next phrase may open a clause ("Near X, an ISIS depot in Y was hit")
    pattern: `(?<!\\b(?:in|near|at|around|outside|inside|across|amid|amidst|from|into)\\s+(?:the\\s+)?){S:city,region,site,camp}\\s*,\\s+(?:the|an?)\\s+(?:(?!(?:of|to|from|for|with|by|against|and|or|near|north|south|east|west|between|after|before|where|which|who|was|were|is|are|has|have|had)\\s)(?:[\\w'’-]+|⟦\\d+\\|actor\\|[^⟧]*⟧)\\s+){1,4}?(?:in|inside|within)\\s+(?:the\\s+(?:far\\s+)?${COMPASS_PART}\\s+of\\s+(?:the\\s+)?)?${COUNTRY_OWNER}(?:[a-z][\\w-]*\\s+)?{T:city,region,country}`,
    example: "Rebels took Gouro, the Tubu heartland in Chad's north, in May.",
    examples: ['Shells hit Kidal, the main garrison town in the far north of Mali, on Friday.'],
    confidence: 0.65,
  },
  {
    reason: 'located-stronghold',
    type: 'located_in',
    // a place said to be a party's stronghold, base or capital is where that party is ("X is the Front's main stronghold",
    // "X, which is the group's headquarters", "X, the militia's de facto capital,"; lexicon holdNouns)
    pattern: `{T:city,region,site,camp}(?:\\s*,\\s+(?:which|that)\\s+(?:is|was|remains|became|has\\s+been)\\s+|\\s*,\\s+|\\s+(?:is|was|remains|became|has\\s+been)\\s+)(?:(?:the|a|an)\\s+)?(?:one\\s+of\\s+the\\s+)?{S:${ACTOR}}['’]s?\\s+(?:[\\w-]+\\s+){0,2}?{W:holdNouns}(?![\\p{L}-])`,
    example: "Kidal is the Tarvan Front's main stronghold.",
    examples: ["Drones struck Gao, which is the Kessar Brigades' headquarters, at dawn.", "Troops entered Mopti, the Kessar Brigades' de facto capital, on Monday."],
    confidence: 0.7,
  },
  {
    reason: 'located-place-copula-in',
    type: 'located_in',
    // a place said to be in another ("X is in Y province", "X, where the station is based, is also in Y", "X, which lies
    // in Y"), or its main
    // town ("X is the main town of Y")
    pattern: `{S:city,region,site,camp}(?:\\s*,\\s+(?:where|which)\\s+[^,⟦⟧]{1,60},|\\s*,\\s+(?:which|that)(?=\\s))?\\s+(?:is|was|lies|lay|sits|remains)\\s+(?:(?:also|still|now)\\s+)?(?:(?:located|situated)\\s+)?(?:(?:in|inside|within)\\s+(?:the\\s+)?|the\\s+(?:main|largest|biggest|chief|principal|administrative)\\s+(?:town|city|settlement)\\s+(?:of|in)\\s+(?:the\\s+)?)${COUNTRY_OWNER}(?:[a-z][\\w-]*\\s+)?{T:city,region,country}`,
    example: 'Gao, where the new clinic is based, is also in northern Mali.',
    // (or in a relative clause: "X, which lies in Y", "X, which is located in Y")
    examples: ['Officials said Mopti is in central Mali.', 'Gouro is the main town of Baran district.', 'Shells fell on Tessit, which lies in the Kessar region.', "Dorra, which is located in Chad's Sila province, flooded."],
    confidence: 0.7,
  },
  {
    reason: 'located-town-apposed-of',
    type: 'located_in',
    // ... "X, a town of Y" only when Y is a region or a country: "the town of Y" names Y ("took X, the town of Y and Z")
    pattern: `{S:city,region,site,camp}\\s*,\\s+(?:the|an?)\\s+${PLACE_APPOSED_WORDS}(?:town|city|village)\\s+of\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+)?{T:region,country}`,
    example: 'Troops retook Tarvel, the largest town of the Sila region, on Monday.',
    confidence: 0.7,
  },
  {
    reason: 'located-apposed-in',
    type: 'located_in',
    // a group described in apposition as one in a place ("X, the dominant armed group in Y,"); the description holds no
    // phrase of another party ("X, a rival of the government in Y": of, against, with, to, for)
    pattern: `{S:organization,armed_group,force}\\s*,\\s+(?:the|an?)\\s+(?:(?!(?:of|against|with|to|for|and)\\s)[\\w-]+\\s+){1,4}?(?:(?:based|active|operating)\\s+)?(?:in|across|inside|throughout)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?{T:place,camp}(?=\\s*[,.;)])`,
    example: 'The Tarvan Front, the strongest armed group in Kidal, rejected the deal.',
    examples: ['Fighters of the Kessar Brigades, the largest militia in Mopti, shelled the port.'],
    confidence: 0.6,
  },
  {
    reason: 'located-loose-in',
    type: 'located_in',
    pattern: `{S:organization,government,armed_group,force}(?:\\s+(?![Ii]n\\s|[Aa]t\\s)[\\w'’-]+){0,4}?\\s+(?:in|at(?!\\s+(?:war|odds|peace)\\b)|inside|near|across|throughout)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?{T:place,camp}`,
    example: 'The minister flew to meet French troops at Gao Air Base.',
    // ("at war with X", "at odds with X" say nothing of where)
    examples: ['The Red Cross opened two clinics in Taiz last spring.'],
    confidence: 0.5,
    coord: true,
  },
];
