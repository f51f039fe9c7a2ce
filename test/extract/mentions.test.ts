/**
 * Mentions: [sentence, name, type] tables and names that must not be found.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';

const mentions = (text: string) => extract({ id: 't', title: 't', text }).mentions;

const FOUND: [string, string, string][] = [
  ['The Islamic State (ISIS) is resurging.', 'ISIS', 'armed_group'],
  ['Daesh fighters fled.', 'Daesh', 'armed_group'],
  // a capitalised number word after "the" opens a name ("the Three Brotherhood Alliance")
  ['The Kessar Front is part of the Three Rivers Alliance.', 'Three Rivers Alliance', 'organization'],
  // a place's possessive between "in" and an unknown name leaves it a place ("in Chad's X")
  ["Gunmen attacked villages in Chad's Tarvel Sagal.", 'Tarvel Sagal', 'city'],
  // a place noun and "of" before a dictionary person's one-word name make a place of it (mentions/names.ts)
  ['Clan militias retook the village of Mubarak on Sunday.', 'Mubarak', 'city'],
  // a newspaper's name by its head word (lexicon orgHeads.media)
  ['Two residents told the Harrar Standard that the bridge was shelled.', 'Harrar Standard', 'media'],
  ['A commander spoke to the Tesra Independent on Monday.', 'Tesra Independent', 'media'],
  ['Shelling hit the town of Assad overnight.', 'Assad', 'city'],
  // "Cabo" and "Cape" open place names (lexicon placePrefixes)
  ["Insurgents stormed a town in Mozambique's Cabo Tessali.", 'Cabo Tessali', 'city'],
  // a province the lexicon knows (a region, not the town the prefix alone would make)
  ["Insurgents stormed a town in Mozambique's Cabo Delgado.", 'Cabo Delgado', 'region'],
  // "Clan" and "Cartel" end a body's name, also after a place's word ("Gulf")
  ['The Gulf Clan controls the smuggling routes.', 'Gulf Clan', 'organization'],
  ['The Kessar Cartel shot two police officers.', 'Kessar Cartel', 'armed_group'],
  // an armed group's name before a place and a place's head names its branch there, a group of its own
  ['The attack was claimed by the Islamic State Kessar Province.', 'Islamic State Kessar Province', 'armed_group'],
  // a numbered front is an armed group's unit
  ['Guerrillas of the 36th Front ambushed a patrol.', '36th Front', 'armed_group'],
  // a guessed organisation the Phoenix dictionaries list as an armed group
  ['Dissidents of the former FARC attacked a patrol.', 'FARC', 'armed_group'],
  ['The Three Rivers Alliance shelled Faya on Monday.', 'Three Rivers Alliance', 'organization'],
  // an unknown name an apposition calls a place, or after "capital of", is a place (no person)
  ['Tarvel, a farming village in the Sila region, was empty.', 'Tarvel', 'city'],
  // a guessed name the Phoenix dictionaries list as a group ("ecowas"; one word or a body's head noun) is that group's type
  ['Nato and Ecowas met the envoys in Abuja.', 'Ecowas', 'organization'],
  ['Rebels shelled Faya, the provincial capital of Borkou, on Monday.', 'Borkou', 'city'],
  // one unknown word after a verb whose object is a place is a place ("took control of X"; verb class reach-place)
  ['The Kessar Front took control of al-Tarvaniya.', 'al-Tarvaniya', 'city'],
  ['By noon the militia had entered Qarvanesh.', 'Qarvanesh', 'city'],
  // a staff of the armed forces is a force, no person named Staff (lexicon orgHeads)
  ['Kessar troops withdrew from the ridge, the General Staff said.', 'General Staff', 'force'],
  // a place prefix, a given name and a nisba: a kunya, a person ("Umm Hamid al-Tarvani"), not a place
  ['The court named Umm Hamid al-Tarvani, a Kessar Front official.', 'Umm Hamid al-Tarvani', 'person'],
  ['Brig. Gen. Ali al-Hassan warned of chaos.', 'Ali al-Hassan', 'person'],
  ['General Rohilat Afrin, co-commander of the SDF, spoke.', 'Rohilat Afrin', 'person'],
  ['Children in the al-Hol camp are at risk.', 'al-Hol camp', 'camp'],
  // a name before a lower-case noun of a group, after "the" (name-group-noun)
  ['The Sons of Kessar movement accused the army of failing to stop the violence.', 'Sons of Kessar', 'organization'],
  ['Fighters of the Omar Tessali faction withdrew from the port.', 'Omar Tessali', 'armed_group'],
  // ... also after words that describe it (fresh row)
  ['The gangs joined forces with the rival Kessouma alliance last week.', 'Kessouma', 'organization'],
  // a possessive noun of the lexicon's namePossessives stands inside a name
  ["Rebels of the People's Liberation Front entered Faya.", "People's Liberation Front", 'armed_group'],
  ["Kessar's Women's Protection Units entered Faya.", "Women's Protection Units", 'force'],
  ['Families reached the Mabrouka camp.', 'Mabrouka camp', 'camp'],
  // an unknown word opening a sentence is a place when a verb of lying somewhere follows it (fresh row)
  ['Gourma lies in the far east of the Kessar region.', 'Gourma', 'city'],
  // an unknown name its armed men are "of" is an armed group (org-context peopleOf; fresh row)
  ['Backed by fighters of the Segun Davari, rebels attacked Tame.', 'Segun Davari', 'armed_group'],
  // ... and a site or centre of the displaced named with its kind (fresh rows)
  ['Shells struck the Tessali displacement site at dawn.', 'Tessali displacement site', 'camp'],
  ['Returnees waited at the Karvi transit centre for a week.', 'Karvi transit centre', 'camp'],
  ['Shelling hit Deir ez-Zor again.', 'Deir ez-Zor', 'city'],
  ['Abu Bakr al-Baghdadi was killed.', 'Abu Bakr al-Baghdadi', 'person'],
  ['The semi-official Iranian Tasnim News reported it.', 'Tasnim News', 'media'],
  ['ISIS is strengthening its presence in the North Arabian Desert.', 'North Arabian Desert', 'region'],
  ['Cells are active in northeast Syria.', 'northeast Syria', 'region'],
  ['Iraqi security forces entered the town.', 'Iraqi security forces', 'force'],
  ["A spokesman for northeast Syria's US-allied internal security force spoke.", 'internal security force', 'force'],
  ['US coalition forces in Iraq and Syria are at risk.', 'US coalition forces', 'force'],
  ['The Ministry of Defence said so.', 'Ministry of Defence', 'government'],
  ['ISIS’s resurgence worries officials.', 'ISIS', 'armed_group'],
  ['BELGRADE 1996-08-30\nTalks resumed in the capital.', 'BELGRADE', 'city'],
  // a dateline with a dash alone at the document's opening, capitals outside ASCII, its country or not (fresh rows)
  ['TESSALÍN — Gunmen attacked a bus on the coast road.', 'TESSALÍN', 'city'],
  ['KORVAL, Varania — Rebels shelled the port on Monday.', 'KORVAL', 'city'],
  // the agency in a dateline's bracket is no acronym of the place
  ['KORVAL (AP) — Rebels shelled the port on Monday.', 'AP', 'media'],
  // given names and a particle before a dictionary person's surname make another person
  ['The premier, Kamal Idris bin Mubarak, asked for calm.', 'Kamal Idris bin Mubarak', 'person'],
  // administrative units of other countries ("the department of X", "the commune of X")
  ['Rebels attacked a base in the northern department of Tarvessa.', 'Tarvessa', 'region'],
  ['Troops reached the rural commune of Kessouma at dawn.', 'Kessouma', 'city'],
  // a place head of three words; a guessed name joined by "and" to a known town after a place's preposition is a town
  ['Bandits raided Tessa village in Maru Local Government Area overnight.', 'Maru Local Government Area', 'region'],
  ['Russian forces advanced near Aleppo and Kurakhove on November 13.', 'Kurakhove', 'city'],
  ['At the Oval, Surrey captain Chris Lewis made 80.', 'Surrey', 'organization'],
  ['Warwickshire 195, Surrey 429-7.', 'Surrey', 'organization'],
  ['The Foreign Secretary visited Baghdad on Monday.', 'Foreign Secretary', 'person'],
  ['Aid reached the Syrian people this week.', 'Syrian people', 'organization'],
  ['Army Lt. Gen. Stephen J. Townsend spoke to reporters.', 'Stephen J. Townsend', 'person'],
  ['Bombs fell on the Asad regime positions.', 'Asad regime', 'government'],
  ['Talks between Kofi Mensah and officials resumed.', 'Kofi Mensah', 'person'],
  // unknown places: an Arabic place prefix, "the towns of", a list after a place
  ['Attacks hit the town of Tel Tamer.', 'Tel Tamer', 'city'],
  ['Protesters gathered in Kafr Nabl again.', 'Kafr Nabl', 'city'],
  ['Attacks hit the towns of Jabla and Baniyas.', 'Jabla', 'city'],
  ['The attacks in Qamenas, Sarmin and Talamenes were condemned.', 'Talamenes', 'city'],
  // numbered units, victims, communities
  ['Soldiers from the 3rd Battalion arrived.', '3rd Battalion', 'force'],
  // a unit numbered with a bare number, after "the" or after its echelon
  ['Gunmen overran the base of the 212 Battalion near Gao.', '212 Battalion', 'force'],
  ['Soldiers of Brigade 47 retreated to the airport.', 'Brigade 47', 'force'],
  // ... with its arm's capitalised words between the number and the echelon (fresh row)
  ['Troops of the 317 Mountain Infantry Brigade shelled the pass.', '317 Mountain Infantry Brigade', 'force'],
  ['The 158th Fighter Wing deployed.', '158th Fighter Wing', 'force'],
  ['The attack killed 35 innocent civilians.', 'civilians', 'organization'],
  ['The SDF is made up in part of local Arabs.', 'Arabs', 'organization'],
  ['Syrian Arab forces advanced.', 'Syrian Arab forces', 'force'],
  ['The French commanded it from the aircraft carrier FS Charles de Gaulle.', 'FS Charles de Gaulle', 'force'],
  ['They met for the 2016 UK-France Summit at Amiens in France.', 'Amiens', 'city'],
  ['Attacks hit the Al-Sinek neighborhood in Baghdad.', 'Al-Sinek neighborhood', 'region'],
  ['Forbin is joining U.S. ships USS Hopper and USS Mahan.', 'USS Mahan', 'force'],
  ['The Military Council on Monday rejected the offer.', 'Military Council', 'organization'],
  ['The Relief Committee for Aleppo asked for fuel.', 'Relief Committee for Aleppo', 'organization'],
  // a name after "of" or "for" with an "of" of its own
  ['The Popular Front for the Liberation of Kessaria claimed the attack.', 'Popular Front for the Liberation of Kessaria', 'armed_group'],
  ['The Armed Forces of the Republic of Tarvania withdrew.', 'Armed Forces of the Republic of Tarvania', 'force'],
  ['Leaders urged the international community to fund the camps.', 'international community', 'organization'],
  // a capitalised title or role inside a speaker's words is not part of the name
  ['Hezbollah Leader Karim Saadi said the convoy was hit.', 'Karim Saadi', 'person'],
  // a chain of titles, and an abbreviated title after a role, stay out of the name
  ['Sen. Lt. Oksana Melnik led the patrol out of Kherson.', 'Oksana Melnik', 'person'],
  ['Navy spokesman Capt. Dana Whitfield confirmed the collision.', 'Dana Whitfield', 'person'],
  ['Police spokesman Brig. Gen. Omari Lenku denied the report.', 'Omari Lenku', 'person'],
  // a plural noun opening the sentence before "of the" is no part of the name after it
  ['Fighters of the Kessar Liberation Army stormed a post.', 'Kessar Liberation Army', 'armed_group'],
  ['Members of the Tarvan Defence Brigades surrendered.', 'Tarvan Defence Brigades', 'force'],
  // a word that opens a place's name, then a name the lexicon knows as something else (lexicon placePrefixes, regionPrefixes)
  ['The government moved to Port Sudan in 2023.', 'Port Sudan', 'city'],
  ['Boko Haram raided islands on Lake Chad.', 'Lake Chad', 'region'],
  ['The boat sank in Lake Assad.', 'Lake Assad', 'region'],
  // a lower-case "oblast", "county" or "prefecture" that ends the phrase makes the name before it a region
  ['Shelling hit Kessar oblast and the border overnight.', 'Kessar oblast', 'region'],
  // ... and so do "zone", "regency", "woreda", "tehsil", the units of Ethiopia, Indonesia, Pakistan (fresh rows)
  ['Gunmen raided a village in Dalan zone, Oromia, on Monday.', 'Dalan zone', 'region'],
  ['A school burned in Kessar regency on Sunday.', 'Kessar regency', 'region'],
  // a name before "gang" or "cartel" after "the" is an armed group's (fresh rows)
  ['Police said the Kessaro gang had burned the market.', 'Kessaro', 'armed_group'],
  ['Soldiers raided a warehouse of the Dalmira cartel near the port.', 'Dalmira', 'armed_group'],
  // a force named before "in" and a place it is in: the force alone ("the 444th Brigade in X"; fresh row)
  ['Militiamen clashed with the 415th Brigade in Dalan on Sunday.', '415th Brigade', 'force'],
  // ... and an armed group's before a one-word town (fresh row)
  ['Police raided a cell of the Tarvan Front in Abeche.', 'Tarvan Front', 'armed_group'],
  // police ranks and honorifics before a name are titles (lexicon titles.json; fresh rows)
  ['The police spokesman, DSP Tunde Bako, said two men were held.', 'Tunde Bako', 'person'],
  ['Residents said Alhaji Musa Dogo had paid the ransom.', 'Musa Dogo', 'person'],
  // the article's assimilated forms join a name by a hyphen ("ez-Zor"), so a place head after it ends that name (fresh rows)
  ['Airstrikes hit villages in the Deir ez-Zor countryside overnight.', 'Deir ez-Zor countryside', 'region'],
  // a Nigerian local government area and a Bangladeshi upazila are regions; so is an area a hyphened compound says what
  // it is for (fresh rows)
  ['Gunmen raided villages in Dalan local government area of Kessar State.', 'Dalan local government area', 'region'],
  ['The police sealed off Tarsa upazila after the robbery.', 'Tarsa upazila', 'region'],
  ['Gunmen stormed a village in Kessar subdivision overnight.', 'Kessar subdivision', 'region'],
  ['Troops retook the Kessar gold-mining area after two days.', 'Kessar gold-mining area', 'region'],
  // a name in quotation marks before a group's noun is the group's name (fresh row)
  ['Fighters of the "Sons of Tarsa" movement stormed the checkpoint.', 'Sons of Tarsa', 'organization'],
  // a Philippine barangay or sitio is a place (lexicon placePrefixes; fresh row)
  ['Gunmen raided Barangay San Isidro in Las Navas on Monday.', 'Barangay San Isidro', 'city'],
  // a name an apposition calls a township or locality is a place's (fresh row)
  ['Rebels captured Falam, a township in Chin State, on Friday.', 'Falam', 'city'],
  // clergy titles (fresh row)
  ['Kidnappers freed Father Tarsa Okolo after nine days.', 'Tarsa Okolo', 'person'],
  // a name the capitals alone made a person that defines an acronym of its initials is a body's (fresh row)
  ['Police said he is a member of a Tarsa Kessar Dalan (TKD) cell.', 'Tarsa Kessar Dalan', 'organization'],
  // (not "Malam", which opens towns' names too: "Malam Fatori")
  ['Fighters overran a base in Malam Kessar, Borno State, before dawn.', 'Malam Kessar', 'city'],
  // an unknown name with a capitalised compass point after it is a region's (fresh row)
  ['Police arrested two men in Ngoro, Kessar West, on Monday.', 'Kessar West', 'region'],
  // forests and parks are regions (lexicon placeHeads; lower-case "forest" too; fresh rows)
  ['Bandits hid in the Kessar forest near Tarsa.', 'Kessar forest', 'region'],
  ['Rangers patrolled the Tarvan National Park at night.', 'Tarvan National Park', 'region'],
  ['Floods cut roads in Tarvan county on Monday.', 'Tarvan county', 'region'],
  // an unknown acronym with a hyphenated part of its own
  ['Clashes between the army and the KLF-IO displaced thousands.', 'KLF-IO', 'organization'],
  ['The ADR-FOCA attacked Goma on Monday.', 'ADR-FOCA', 'organization'],
  // a site by its head noun
  ['Inmates escaped from the Kessar Penitentiary overnight.', 'Kessar Penitentiary', 'site'],
  // a site head and its number is one name ("Tower 22"), never the head word alone
  ['A drone struck Outpost 9 near the border, wounding two soldiers.', 'Outpost 9', 'site'],
  ['Militants attacked Checkpoint 14 on the road to Faya.', 'Checkpoint 14', 'site'],
  // a name a broadcaster's word opens is the broadcaster's (lexicon orgOpeners.media; fresh rows)
  ['Radio Kessa reported that the bridge had been cut.', 'Radio Kessa', 'media'],
  ['Gunmen stormed the studios of Radio Tarvan Libre overnight.', 'Radio Tarvan Libre', 'media'],
  // an unknown name after "out of" is a place (lexicon placeContext; fresh row)
  ['Aid convoys moved out of Gouro at dawn.', 'Gouro', 'city'],
  // ... and after a verb whose object is a place in scare quotes (fresh row)
  ['The rebels said they had "liberated" Ngoro Kessa overnight.', 'Ngoro Kessa', 'city'],
  // a unit's name that ends in its echelon takes the echelon's number, a force (fresh rows)
  ['Light Infantry Battalion 312 pulled back from Tarsa overnight.', 'Light Infantry Battalion 312', 'force'],
  ['A convoy of Border Police Battalion 4 was ambushed near Tarsa.', 'Border Police Battalion 4', 'force'],
  // a site's lower-case head after its name ("gas field", "air base", "dam")
  ['Drones struck the Khor Dalan gas field overnight.', 'Khor Dalan gas field', 'site'],
  ['Rockets hit the Kessar air base and the Tarvan dam.', 'Tarvan dam', 'site'],
  // ... a bare "field", "crossing" or "bridge" closing the phrase, a refinery, a power station
  ['Two drones set fire to the Tarsa Dalan field overnight.', 'Tarsa Dalan field', 'site'],
  ['Trucks queued at the Kessar crossing on the border.', 'Kessar crossing', 'site'],
  ['Rebels blew up the Tarvan bridge and shelled the Kessar refinery.', 'Kessar refinery', 'site'],
  // "<Demonym>-led" opens no name the tagger proposes
  ['The Kenyan-led Kessar Security Support mission arrived in June.', 'Kessar Security Support', 'organization'],
  // "against" between two armed parties joins no name
  ['Tuareg fighters joined the Kessar Brigades against Islamic State.', 'Kessar Brigades', 'force'],
];

const NOT_FOUND: [string, string][] = [
  // a demonym alone after "of the" and before a lower-case noun closes no name: it describes the noun (fresh row)
  ['Units of the Nigerien army pulled back from Tillabéri.', 'Units of the Nigerien'],
  // an anaphor's words capitalised with the word after them open a name ("the General Staff"), no person told before
  ['General Omar Haji met the envoy. The Chief of the General Staff of the Russian Armed Forces later resigned.', 'the General'],
  // ... not a modifier of the phrase after it, nor a label before a number, nor a particle alone
  ['Rebels shelled Pro-Tarvan positions overnight.', 'Pro-Tarvan'],
  ['To join, enter Passcode 4471902 when prompted.', 'Passcode'],
  ["The rebels took control of Al-'Tarvaniya village.", 'Al'],
  ['A drone struck Outpost 9 near the border, wounding two soldiers.', 'Outpost'],
  // the head alone after a sentence opener is no name
  ['The airbase was shelled at dawn.', 'airbase'],
  // ... nor one a lower-case noun follows ("a field officer"), nor a common noun at a line's start
  ['A senior Tarvan Front field commander was killed.', 'Tarvan Front field'],
  ['Border crossing between the two towns is closed.', 'Border crossing'],
  // an operation's name before "said" is no speaker
  ['Rockets were fired at the base overnight, a spokesman for Operation Inherent Resolve said.', 'Operation Inherent Resolve'],
  ['The crisis deepened in the spring.', 'ISIS'],
  ['The semi-official Iranian Tasnim News reported it.', 'Iranian'],
  ['Children in Syrian and Iraqi camps are at risk.', 'Iraqi camps'],
  // a demonym and a place noun describe a region, they name none ("the Syrian province of X")
  ['Fighting spread to the southern Chadian province of Ennedi.', 'Chadian province'],
  // ... and a demonym, creed or hyphened description before a group's noun names no group
  ['The Islamist faction withdrew from the port.', 'Islamist'],
  ['The Kurdish-led alliance took the town.', 'Kurdish-led'],
  // a bare title capitalised to name its holder names nobody ("Statement by the Spokesperson")
  ['Statement by the Spokesperson on the shelling of Faya', 'Spokesperson'],
  ['The Commander said the convoy had left Faya.', 'Commander'],
  ['Children in Syrian and Iraqi camps are at risk.', 'Syrian'],
  ['This is a matter for us all.', 'us'],
  // an initial opens a word: the last capital of an acronym before a period is none
  ['Fighters left the KLF. Omar Dani said on Monday they had gone.', 'F. Omar Dani'],
  // a name's own possessive ends the name
  ["The Tarvan Front's fighters entered Faya.", "Tarvan Front's fighters"],
  ['It is what it is.', 'is'],
  ['The Qamishli-based outlet reported it.', 'Qamishli-based'],
  ['Shelling continued in northern Iraq.', 'northern Iraq'],
  ['SOCCER - JAPAN GET LUCKY WIN.', 'SOCCER'],
  ['The VBIED destroyed a checkpoint.', 'VBIED'],
  ['Middle East Minister Tobias Ellwood said so.', 'Middle East Minister Tobias Ellwood'],
  ['Ministers of the Global Coalition in Washington agreed.', 'Global Coalition in Washington'],
  ['Militiamen clashed with the 415th Brigade in Dalan on Sunday.', 'Brigade in Dalan'],
  ['Police raided a cell of the Tarvan Front in Abeche.', 'Front in Abeche'],
  // a party's own forces of a kind after its possessive pronoun are the party's, no node of their own (fresh row)
  ['The Tarvan Front said its special forces raided Faya.', 'special forces'],
  // words of peoples and communities alone name no one (fresh row)
  ['The raid was led by the Malian Tuareg commander Idris Kamal.', 'Malian Tuareg'],
  ['The 3rd of May was quiet.', '3rd of May'],
  ['The Military Council on Monday rejected the offer.', 'Military Council on Monday'],
  ['The Supreme Council in March approved the budget.', 'Supreme Council in March'],
  ['Hezbollah Leader Karim Saadi said the convoy was hit.', 'Leader Karim Saadi'],
  // an abbreviated title is no name of its own
  ['Sen. Lt. Oksana Melnik led the patrol out of Kherson.', 'Lt'],
  ['Navy spokesman Capt. Dana Whitfield confirmed the collision.', 'Capt'],
  // the abbreviated word that opens a longer title ("Brig. Gen.") is no name either
  ['Police spokesman Brig. Gen. Omari Lenku denied the report.', 'Brig'],
  ['Army spokesman Col. Idris Baraka denied it.', 'Col'],
  // one word that names a people or a kind of group is no one's name (the tagger proposed persons)
  ['The survivors were Yazidi, a spokeswoman said.', 'Yazidi'],
  ['Smugglers moved Yazidi women across the border.', 'Yazidi'],
  // ... nor a creed's or an ideology's adjective (lexicon ideologyAdjectives)
  ['The group was founded by Islamist prisoners in 2011.', 'Islamist'],
  ['Salafist preachers urged the fighters to leave.', 'Salafist'],
  // ... nor a people's word before a noun of siding: another party's allies, described (lexicon allyNouns)
  ['Turkish troops and their Syrian allies, the Kessar Brigades, launched three offensives.', 'Syrian allies'],
  // a collective actor only after "the"
  ['An international community of scholars met in Oslo.', 'international community'],
  // a name never starts inside a word ("majority-Kurdish")
  ['Campaigns by the majority-Kurdish Syrian Democratic Forces continued.', 'y-Kurdish Syrian Democratic Forces'],
  // "at" joins a name only by a hyphen ("at-Tanf")
  ['They met for the Summit at Amiens in France.', 'Summit at Amiens'],
  ['Tuareg fighters joined the Kessar Brigades against Islamic State.', 'Kessar Brigades against Islamic State'],
  ['The government moved to Port Sudan in 2023.', 'Sudan'],
  // ... not when a noun follows it: the county's sheriff is no region
  ['The Tarvan county sheriff resigned on Monday.', 'Tarvan county'],
  // a publication's "The" and one word open longer names: no publication there
  ['Fighters of the National Liberation Army stormed a post.', 'National'],
  ['Gang members clashed with police near the National Penitentiary.', 'National'],
  ['The Kenyan-led Kessar Security Support mission arrived in June.', 'Kenyan-led Kessar Security Support'],
  ['The boat sank in Lake Assad.', 'Assad'],
  // a prefix opens no place inside another name, nor before a word of a compound
  ['Fighters of Liwa Jabal Harun withdrew.', 'Jabal Harun'],
  ['A Cape Town-based firm hired guards.', 'Cape Town-based'],
  // a plural noun and "of the" before a name; a name of its own that opens with a noun and "of" ("Youth of ...")
  ['Fighters of the Kessar Liberation Army stormed a post.', 'Fighters of the Kessar Liberation Army'],
  // a sentence's capitalised opener before a known group is no part of a place its last word would make ("State")
  ['Suspected Islamic State fighters burned a clinic near Kidal.', 'Suspected Islamic State'],
  ['Reported Islamic State cells regrouped in the desert.', 'Reported Islamic State'],
  // a state's body capitalised in a report's style is no place nor name ("from Government-controlled areas")
  ['Shells fired from Government-controlled areas hit the market in Gao.', 'Government'],
  // a count before a unit's echelon is no unit's number
  ['Some 300 Brigade fighters crossed the river.', '300 Brigade'],
  // no name ends right before a model's number ("F-16s", "Su-25")
  ['The convoy burned after Chadian Su-25 jets bombed the road.', 'Chadian Su'],
  ['Officials said Nigerien F-7 fighters flew over Agadez.', 'Nigerien F'],
  // a headline's section word before a hyphen is no dateline (fresh row)
  ['FOOTBALL - KORVAL WIN THE CUP', 'FOOTBALL'],
  // a dateline's agency: no name of the place
  ['KORVAL (AP) — Rebels shelled the port on Monday.', 'KORVAL (AP)'],
];

describe('mentions: found', () => {
  it.each(FOUND)('%s -> %s (%s)', (text, name, type) => {
    const m = mentions(text).find((x) => x.text === name);
    expect(m, name).toBeDefined();
    expect(m!.type).toBe(type);
  });
});

describe('mentions: not found', () => {
  it.each(NOT_FOUND)('%s (no "%s")', (text, name) => {
    expect(mentions(text).map((m) => m.text)).not.toContain(name);
  });
  it('the member of a list that "and" joined ends it: a name in apposition after it is no place', () => {
    const m = mentions('The raid killed the police chief in Gao and Tessit, Omar Kella Haidara, on Monday.').find((x) => x.text === 'Omar Kella Haidara');
    expect(m?.type).toBe('person');
  });
  it('a capitalised word before a dash far into the text is no dateline', () => {
    const text = `${'Talks resumed in the capital. '.repeat(25)}\nKORVAL — the port was shelled.`;
    expect(mentions(text).filter((m) => m.rule === 'name-dateline')).toEqual([]);
    expect(mentions(`KORVAL — the port was shelled.`).filter((m) => m.rule === 'name-dateline').map((m) => m.text)).toEqual(['KORVAL']);
  });
  it("a state's force by its acronym is not the rebels of the same letters", () => {
    const adf = mentions('ADF rebels raided a village near Beni, killing 11 civilians.').find((m) => m.text === 'ADF');
    expect(adf?.canonical).not.toBe('australian-defence-force');
    expect(adf?.type).toBe('armed_group');
  });
});

describe('mentions: spans and titles', () => {
  it('keeps titles out of the name and in titles', () => {
    const m = mentions('Brig. Gen. Ali al-Hassan warned.').find((x) => x.type === 'person')!;
    expect(m.titles).toEqual(['Brig. Gen.']);
  });
  it('a chain of titles is kept whole', () => {
    const m = mentions('Sen. Lt. Oksana Melnik led the patrol.').find((x) => x.type === 'person')!;
    expect([m.text, m.titles]).toEqual(['Oksana Melnik', ['Sen. Lt.']]);
  });
  it('every mention text is its slice', () => {
    const text = 'General Rohilat Afrin, co-commander of the Syrian Democratic Forces (SDF), told the Wall Street Journal about ISIS’s attacks in Deir ez-Zor.';
    for (const m of mentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('bad input', () => {
  it('names the article and the reason', () => {
    const bad = { id: 'a1', title: 't', text: 42 } as unknown as Parameters<typeof extract>[0];
    expect(() => extract(bad)).toThrowError(expect.objectContaining({ name: 'InputError', message: expect.stringContaining('a1') }));
  });
  it('accepts an empty article', () => {
    expect(extract({ id: 'e', title: '', text: '' }).mentions).toEqual([]);
  });
});
