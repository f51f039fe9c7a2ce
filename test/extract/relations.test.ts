/**
 * Relation rule families: [sentence, expected] tables and sentences that
 * must not fire.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { analyzeArticle } from '../../src/resolve/index.ts';

function edges(text: string): string[] {
  const raw = extract({ id: 't', title: 't', text });
  return raw.relations.map((r) => `${raw.mentions[r.source]!.text} ${r.type} ${raw.mentions[r.target]!.text}`);
}
function evidence(text: string) {
  const raw = extract({ id: 't', title: 't', text });
  return raw.relations.map((r) => ({ edge: `${raw.mentions[r.source]!.text} ${r.type} ${raw.mentions[r.target]!.text}`, ...r.evidence }));
}

const CASES: [string, string][] = [
  // attacks
  ['ISIS claimed responsibility for 153 attacks in Syria and Iraq.', 'ISIS attacks Iraq'],
  // a place, then "where" and a party kept there
  ['The envoy flew to Mongo, where Chadian troops are based.', 'Chadian troops located_in Mongo'],
  // through a place's possessive to the place it holds
  ["Drones struck the Tessali airbase in eastern Chad's Kessar province.", 'Tessali airbase located_in Kessar province'],
  // ... with a word between the possessive and the place (fresh row)
  ["Gunmen looted the village of Dorra in Chad's northern Kessar province.", 'Dorra located_in Kessar province'],
  // people abducted in a place are captured, not the place
  ['The Tarvan Front abducted 20 girls in Kessar.', 'Tarvan Front captures girls'],
  // who heads a state's government named by him is its leader: the country's government, a generic actor (fresh rows)
  ['Rebels in Chad turned against President Ali Zeine\'s regime in 2021.', 'Ali Zeine leads regime'],
  ['Chad said the government of Captain Idris Naro would hold talks.', 'Idris Naro leads government'],
  // a body's mission named before its own name in apposition is part of the body (lexicon partNouns; fresh row)
  ['The Arab League mission, ALMOK, left Faya on Sunday.', 'ALMOK member_of Arab League'],
  // a group's media named after its possessive are part of it
  ["The Kessar Brigades' Al-Fajr News Agency claimed the raid.", 'Al-Fajr News Agency member_of Kessar Brigades'],
  // a party after another, "and" and a participle of siding sides with it, whatever they then do
  ['Somali soldiers and allied Tarvan Front fighters entered the town.', 'Tarvan Front allied_with Somali soldiers'],
  // a group's financier or recruiter is its member (roles.json), an owner leads (after "Its", coreference)
  ['Omar Tessali, a Tarvan Front financier, moved funds to Faya.', 'Omar Tessali member_of Tarvan Front'],
  ['Kessar Exchange moved funds for the Tarvan Front. Its owner, Idris Naro, was sanctioned.', 'Idris Naro leads Its'],
  // a group's part after its possessive also after a preposition ("attacked positions of X's Y", "arms for the group's Y")
  ["Rebels attacked positions of the Tarvan Front's Kessar Brigades near Gao.", 'Kessar Brigades member_of Tarvan Front'],
  ["Tarvan Front fighters moved arms for the group's Kessar Brigades.", 'Kessar Brigades member_of the group'],
  ['Hezbollah attacked the Free Syrian Army near Qusayr.', 'Hezbollah attacks Free Syrian Army'],
  ['The Iraqi Army was attacked by ISIS near Tikrit.', 'ISIS attacks Iraqi Army'],
  ['Turkish Armed Forces shelled the YPG in Afrin.', 'Turkish Armed Forces attacks YPG'],
  ['The Syrian Democratic Forces fought ISIS for months.', 'Syrian Democratic Forces attacks ISIS'],
  // a title of several words before the leader's name is the leader's ("First Vice-President")
  ['The Tarvan Front, led by First Vice-President Omar Tessali, denied it.', 'Omar Tessali leads Tarvan Front'],
  // a force's positions and posts stand for it as a target
  ['Kessar Front fighters shelled positions of the Chadian army near Faya.', 'Kessar Front attacks Chadian army'],
  ['Kessar Front fighters ambushed an army convoy near Faya.', 'Kessar Front attacks army'],
  // the claim of an attack on a place named after its kind and words before it
  ['The Tarvan Front claimed a drone attack on the northern port city of Kessar on Monday.', 'Tarvan Front attacks Kessar'],
  // a light verb with an armed campaign against a party ("waged an insurgency against")
  ['The Kessar Front has waged an insurgency against Chad since 2009.', 'Kessar Front attacks Chad'],
  // "a commander of": one of its commanders, a member (leads-appositive takes "the commander of")
  ['Colonel Idris Mahamat, a commander of the Kessar Brigades, was wounded near Faya.', 'Idris Mahamat member_of Kessar Brigades'],
  ['The Kessar Front launched a rebellion against Chad in 2009.', 'Kessar Front attacks Chad'],
  // a force's noun after an armed party's name is that party ("Chadian army units and Kessar Brigades fighters")
  ['Malian army troops and Kessar Brigades fighters began joint patrols near Gao.', 'Malian army allied_with Kessar Brigades'],
  // a figure of a group is one of its people (roles.json member)
  ['The army arrested Idris Kamal, a senior Tarvan Front figure, near Gao.', 'Idris Kamal member_of Tarvan Front'],
  // the second of two roles joined in one apposition ("the governor of X and leader of Y")
  ['Salif Dara, the governor of Mopti and leader of the Kessar Front, toured the camps.', 'Salif Dara leads Kessar Front'],
  // a party said to be a close ally of another (allied-ally-appositive after a singular copula)
  ['The Omari Battalion is a close ally of the Tarvan Front.', 'Omari Battalion allied_with Tarvan Front'],
  // ... and the party possessed after "of", not its possessor
  ['The Omari Battalion, an ally of Chad\'s Tarvan Front, withdrew.', 'Omari Battalion allied_with Tarvan Front'],
  // pulling back from positions near a place is leaving it
  ['The Kessar Brigades pulled back from positions near Faya after heavy shelling.', 'Kessar Brigades withdraws_from Faya'],
  // regaining control of a place is taking it (verb class capture)
  ['The Chadian army regained control of Faya from the Tarvan Front.', 'Chadian army captures Faya'],
  // a group noun after a name is the name's ("the Kessar Front group": lexicon anaphorGroupNouns, covered by its placeholder)
  ['The Chadian army drove the Tarvan Front group out of Faya in May.', 'Chadian army attacks Tarvan Front'],
  ['The Tarvan Front movement ambushed Chadian soldiers near Faya.', 'Tarvan Front attacks Chadian soldiers'],
  // a description of the coalition may hold a described force ("an alliance of Kurdish and Arab fighters dominated by X")
  ['The Kessar Alliance, a coalition of Tuareg and Arab fighters dominated by the Tarvan Front, took the port.', 'Tarvan Front member_of Kessar Alliance'],
  // "execute", a verb of killing CAMEO lacks
  ['Kessar Front fighters executed four soldiers near Faya.', 'Kessar Front attacks soldiers'],
  // a claimed attack, or any claimed deed, is the claimer's; its "of" names what it hit (verb class claim)
  ['The Ansar Front claimed the bombing of a police station in Kidal.', 'Ansar Front attacks police'],
  ['The Kessar Brigades claimed the killing of two soldiers near Gao.', 'Kessar Brigades attacks soldiers'],
  // a thing hit that carries people: the people ("fired on a minibus carrying soldiers")
  ['Gunmen opened fire on a minibus carrying soldiers near Gao.', 'Gunmen attacks soldiers'],
  // one of a group's leaders named after the role is a member ("A commander of X, Y"; "in" too); a place before a
  // hyphen and a participle is a party, not where ("a commander in the Turkey-backed X")
  ['A commander in the Chad-backed Nasr Front, Captain Omar Haji, was wounded.', 'Omar Haji member_of Nasr Front'],
  ['A commander in the Chad-backed Nasr Front, Captain Omar Haji, was wounded.', 'Chad allied_with Nasr Front'],
  // ... and so is a group named beside a part noun its whole is the compound of ("X, a PMF faction")
  ['The Kessar Brigades, one of the main Tarvan Front factions, withdrew.', 'Kessar Brigades member_of Tarvan Front'],
  // ... or its possessive ("X, Y's branch in the Sahel")
  ["Katibat al-Nasr, the Tarvan Front's branch in Kanem, claimed the ambush.", 'Katibat al-Nasr member_of Tarvan Front'],
  // a group said to be affiliated or aligned with another, after a copula of its own
  ['The Omari Battalion is affiliated with the Nasr Front, its commanders said.', 'Omari Battalion allied_with Nasr Front'],
  // a force named by its units in a fight between two sides
  ['Clashes between Kessar Brigades units and the Chadian army erupted near Faya.', 'Kessar Brigades attacks Chadian army'],
  // ... also after a copula ("X is a member of Y", "X is Y's offshoot")
  ['The Kessar Brigades is a member of the Tarvan Alliance.', 'Kessar Brigades member_of Tarvan Alliance'],
  ["The Omari Battalion is the Nasr Front's northern offshoot.", 'Omari Battalion member_of Nasr Front'],
  // a rapporteur or coordinator of an organisation is its member (lexicon roles)
  ['Mira Halvorsen, the UN special rapporteur on Varania, urged restraint.', 'Mira Halvorsen member_of UN'],
  // a post left is the place it stands in ("withdrew from their base in X")
  ['Chadian troops withdrew from their base in Faya on Sunday.', 'Chadian troops withdraws_from Faya'],
  // a fronted partner of the main clause's subject ("In coordination with X, Y struck ...")
  ['In coordination with the Government of Niger, the French Air Force struck a convoy near Gao.', 'French Air Force allied_with Government of Niger'],
  // aid given "to" someone makes an ally of who gets it (CAMEO 07), not people sent there
  ['The Nasr Front supplied weapons to the Kessar Brigades last year.', 'Nasr Front allied_with Kessar Brigades'],
  // a group driven out of a place leaves it; who drives it out attacks it (verb class drive-out)
  ['The Ansar Front was pushed out of Gao after two days of clashes.', 'Ansar Front withdraws_from Gao'],
  ['Malian soldiers expelled the Kessar Brigades from Kidal on Sunday.', 'Kessar Brigades withdraws_from Kidal'],
  ['Malian soldiers expelled the Kessar Brigades from Kidal on Sunday.', 'Malian soldiers attacks Kessar Brigades'],
  ['The Nasr Front was driven from Gao by Malian soldiers last year.', 'Malian soldiers attacks Nasr Front'],
  // a group's members, by a role noun and "of", are the group ("three members of X", "a commander of X")
  ['Unknown gunmen shot dead four members of the Kessar Brigades near Faya.', 'Unknown gunmen attacks Kessar Brigades'],
  ['Police arrested a senior commander of the Tarvan Front near Faya.', 'Police captures Tarvan Front'],
  ['Fighters of the Nasr Front stormed the village of Kessar.', 'Nasr Front attacks Kessar'],
  // ... also when the men are a generic actor of their own ("militiamen of X")
  ['Militiamen of the Kessar Front attacked soldiers in Faya.', 'Kessar Front attacks soldiers'],
  // a count of a group's people is the group ("two of its fighters", "three of the Kessar Front's fighters")
  ["Chadian drones killed three of the Kessar Front's fighters near Faya.", 'Chadian drones attacks Kessar Front'],
  // (raw mentions: the end is "its", coreference's mention of the Kessar Front)
  ['The Kessar Front said Chadian drones hit a checkpoint, killing two of its fighters.', 'Chadian drones attacks its'],
  // captures
  ['The SDF captured 233 ISIS fighters in 28 operations.', 'SDF captures ISIS'],
  ['Peshmerga forces arrested two Hezbollah members in Erbil.', 'Peshmerga forces captures Hezbollah'],
  // allied_with
  ['The US-SDF coalition has captured 233 ISIS fighters.', 'US allied_with SDF'],
  ['SDF forces, with US aerial support, detained dozens of ISIS suspects.', 'SDF forces allied_with US'],
  ['Iran backs Hezbollah in Syria.', 'Iran allied_with Hezbollah'],
  ['In support of the Iraqi Security Forces, Coalition aircraft conducted a precision strike.', 'Coalition allied_with Iraqi Security Forces'],
  ['Syrian opposition forces took Dabiq, aided by strong support from our ally Turkey and our international coalition.', 'Syrian opposition forces allied_with international coalition'],
  ['The UK remains steadfast in its support of the Government of Iraq and the Iraqi people.', 'UK allied_with Iraqi people'],
  ['The UK and the Government of Iraq have already supported the re-taking by Iraqi security forces of Tikrit.', 'Government of Iraq allied_with Iraqi security forces'],
  ['Of course, the global coalition continues to support Iraqi forces with air strikes.', 'global coalition allied_with Iraqi forces'],
  // member_of / leads
  ['General Rohilat Afrin, co-commander of the Syrian Democratic Forces (SDF), spoke.', 'Rohilat Afrin leads Syrian Democratic Forces'],
  ['SDF spokesman Farhad Shami denied the report.', 'Farhad Shami member_of SDF'],
  // a person's titles do not stand between the person and the rule
  ['CTF 50 is currently led by Commodore Andrew Burns.', 'Andrew Burns leads CTF 50'],
  ['The Combined Joint Task Force – Inherent Resolve Commander, Lt. Gen. Stephen J. Townsend, spoke.', 'Stephen J. Townsend leads Combined Joint Task Force – Inherent Resolve'],
  // located_in
  ['The US maintains 900 personnel in Syria and 2,500 in Iraq.', 'US located_in Iraq'],
  ['ISIS is strengthening its presence in the North Arabian Desert.', 'ISIS located_in North Arabian Desert'],
  ['The Rukban camp in southeast Syria is short of food.', 'Rukban camp located_in southeast Syria'],
  // recruits, reports, withdraws_from
  ['ISIS recruited teenagers in the al-Hol camp.', 'ISIS recruits al-Hol camp'],
  ['The report said, according to a Wall Street Journal report quoted by the Jerusalem Post.', 'Jerusalem Post reports Wall Street Journal'],
  ['Russian forces withdrew from Manbij in 2019.', 'Russian forces withdraws_from Manbij'],
  ['The African Union mission left Somalia in December.', 'African Union withdraws_from Somalia'],
  ['Under the deal, Hezbollah evacuated Qusayr within a week.', 'Hezbollah withdraws_from Qusayr'],
  ['Coalition ground forces conducted 15 raids against ISIL targets in Syria.', 'Coalition ground forces located_in Syria'],
  ['A drone hit a depot near Palmyra, Syria, on Tuesday.', 'Palmyra located_in Syria'],
  ['The SDF, which includes the Syrian Arab Coalition, took Manbij.', 'Syrian Arab Coalition member_of SDF'],
  ['Coalition nations which have conducted strikes in Iraq include Australia, Belgium and Canada.', 'Canada member_of Coalition'],
  // a coordinated subject: every conjunct acts, and co-belligerents are allies
  ['Royal Air Force and other Coalition forces provided vital air support for the Peshmerga.', 'Royal Air Force allied_with Peshmerga'],
  ['Russia and Iran backed the Syrian Arab Army.', 'Russia allied_with Syrian Arab Army'],
  ['The UK, the Global Coalition and the Government of Iraq are committed to defeating ISIL.', 'Global Coalition attacks ISIL'],
  ['The UK, the Global Coalition and the Government of Iraq are committed to defeating ISIL.', 'Global Coalition allied_with Government of Iraq'],
  ['Carter flew to visit U.S. service members at Qayyarah Airfield West.', 'U.S. service members located_in Qayyarah'],
  ['In Turkey, Special Advisor Thames will deliver remarks at the conference.', 'Thames located_in Turkey'],
  ['Secretary of Defense Ash Carter will host foreign and defense ministers of the Global Coalition in Washington.', 'Ash Carter located_in Washington'],
  ['Brett McGurk will lead an interagency delegation to Berlin for a meeting.', 'Brett McGurk located_in Berlin'],
  ['Navy Senior Chief Petty Officer Scott C. Dayton, 42, of Woodbridge, Virginia, died Nov. 24.', 'Scott C. Dayton located_in Woodbridge'],
  ["Tobias Ellwood condemns ISIL's treatment of residents of Mosul.", 'residents located_in Mosul'],
  ['Iraqi operations mark another step towards clearing Daesh from Iraq.', 'Daesh located_in Iraq'],
  ['There will still be work to rid Iraq of ISIL.', 'ISIL located_in Iraq'],
  ['The Minister, Tobias Ellwood, visited Turkey on 4 April and Uzbekistan from 5-6 April 2016.', 'Tobias Ellwood located_in Uzbekistan'],
  ['Attacks hit the town of Jabla in the northwest province of Latakia.', 'Jabla located_in Latakia'],
  // known containment: the lexicon knows where Mosul and al-Hol lie
  ['The city of Mosul is the largest city controlled by Daesh in Iraq.', 'Mosul located_in Iraq'],
  ['Families from Syria and Iraq wait in the al-Hol camp.', 'al-Hol camp located_in Syria'],
  // leads: control of a place
  ['The city of Mosul is the largest city controlled by Daesh in Iraq.', 'Daesh leads Mosul'],
  ['ISIL has had control of Mosul for two years.', 'ISIL leads Mosul'],
  ['Iraqi forces entered ISIS-held Mosul.', 'ISIS leads Mosul'],
  ['The SDF isolated the city of Raqqa, a self-proclaimed ISIL capital in Syria.', 'ISIL leads Raqqa'],
  ['Syrian opposition forces liberated the Syrian town of Dabiq from ISIL control.', 'ISIL leads Dabiq'],
  ['Nearly 12 months after the fall of Mosul to ISIL terrorists, the city suffers.', 'ISIL leads Mosul'],
  // member_of
  ['Abu Jandal al-Kuwaiti, an ISIS gang leader in Raqqa, was killed.', 'Abu Jandal al-Kuwaiti member_of ISIS'],
  ['Local Arab fighters continue to join the SDF.', 'Arab fighters member_of SDF'],
  ['NATO ally Turkey shot down the jet.', 'Turkey member_of NATO'],
  ['The Kurdistan Regional Government, represented by Prime Minister Nechirvan Barzani, signed.', 'Nechirvan Barzani member_of Kurdistan Regional Government'],
  ['Senior Chief Scott C. Dayton, who was supporting Operation Inherent Resolve, was assigned to Explosive Ordnance Disposal Mobile Unit Two.', 'Scott C. Dayton member_of Explosive Ordnance Disposal Mobile Unit Two'],
  ['Booker was assigned to 2nd Battalion, 5th Special Forces Group, Fort Campbell, Kentucky.', '2nd Battalion member_of 5th Special Forces Group'],
  ['Soldiers from 3rd Battalion, 321st Field Artillery Regiment visited Jordan.', '3rd Battalion member_of 321st Field Artillery Regiment'],
  ['Ninety-Four Citizen Airmen from the 507th Air Refueling Wing departed for Turkey.', 'Ninety-Four Citizen Airmen member_of 507th Air Refueling Wing'],
  ['The SDF, made up in part by local Arabs, began the operation.', 'Arabs member_of SDF'],
  // victims are a party of their own
  ['Daesh targeted families out shopping for Eid.', 'Daesh attacks families'],
  ['ISIL killed scores of Syrian civilians in Tel Tamer.', 'ISIL attacks Syrian civilians'],
  ['The UN have confirmed reports that ISIL has killed 70 members of the Al bu Nimr tribe in Anbar.', 'ISIL attacks Al bu Nimr tribe'], // the tribe noun is part of the name (name-tribe)
  ['ISIL has perpetrated atrocities against tens of thousands of innocent people.', 'ISIL attacks innocent people'],
  ['The Asad regime has used chemical weapons against the Syrian people.', 'Asad regime attacks Syrian people'],
  ['Syrian opposition forces liberated the Syrian town of Dabiq from ISIL control.', 'Syrian opposition forces attacks ISIL'],
  ["The United States condemns ISIL's multiple suicide attacks in the town of Kobani.", 'ISIL attacks Kobani'],
  ['Again I want to congratulate the Syrians who fought to free Dabiq.', 'Syrians attacks Dabiq'],
  ['The methods the Assad regime is using to kill and injure innocent civilians are shocking.', 'Assad regime attacks civilians'],
  ["Today, multiple attacks, also claimed by Da'esh, have killed at least 35 more innocent civilians.", "Da'esh attacks civilians"],
  ['The resolve to defeat ISIL, whose acts of terror in Europe and the Middle East aim to challenge our values, is strong.', 'ISIL attacks Middle East'],
  ['The United States condemns the attacks in Iraq today, including one in Baghdad claimed by Daesh.', 'Daesh attacks Baghdad'],
  ["The United States condemns the attacks today in the towns of Jabla and Tartus, for which Da'esh has claimed responsibility.", "Da'esh attacks Jabla"],
  ['The United States stands with the Iraqi people as they confront ISIL.', 'Iraqi people attacks ISIL'],
  ['Iraqi forces continued to receive heavy machine gun fire from ISIL fighters.', 'ISIL attacks Iraqi forces'],
  ['The Iraqis have cleared 15 to 20 percent of the city of enemy forces.', 'Iraqis attacks enemy forces'],
  ['Al-Qaida remains committed to carrying out terrorist attacks against the United States.', 'Al-Qaida attacks United States'],
  // a country acting is a subject like any group; "U.S.-Iraq partnership" is both
  ['The secretary and Abadi agreed that a strong U.S.-Iraq partnership is critical to finish ISIL.', 'U.S. attacks ISIL'],
  ['Iraqi Security Forces attempted to seize the Al Salem hospital complex from ISIL fighters.', 'Iraqi Security Forces attacks ISIL'],
  ['He was sent to improve ISIL\'s defenses against the Syrian Democratic Forces.', 'ISIL attacks Syrian Democratic Forces'],
  // a name's acronym in brackets is read past
  ['Heavy fighting between the Kessar Liberation Front (KLF) and the Chadian army continued near Faya.', 'Kessar Liberation Front attacks Chadian army'],
  ['The Kessar Liberation Front (KLF) and the Tarvan Front signed a pact in Faya.', 'Kessar Liberation Front allied_with Tarvan Front'],
  // generic actors tied to a group (the pipeline reads the alliance rules again once they are found)
  ['Insurgents linked to the Tarvan Front burned the market in Faya.', 'Insurgents allied_with Tarvan Front'],
  ['Gunmen loyal to the Nasr Front opened fire on the convoy.', 'Gunmen allied_with Nasr Front'],
  // a role's group may follow a place and a word or two
  ['Abu Omar, the leader of the Idlib-based Tarvan Front, spoke.', 'Abu Omar leads Tarvan Front'],
  // the opening subject acts across an aside after it ("X, led by Y, ...", "X, which ..., ...")
  ['The Ansar Front, led by General Omar Haddad, has been at war with the Chadian army since 2019.', 'Ansar Front attacks Chadian army'],
  ['The Kessar Brigades, which seized Faya in 2014, clashed with the Chadian army.', 'Kessar Brigades attacks Chadian army'],
  // a state is a party to a war
  ['The Houthis have been at war for years with Saudi Arabia.', 'Houthis attacks Saudi Arabia'],
  // a group named beside a noun of a part of another group belongs to it
  ["The Tarvan Front's armed wing, the Kessar Brigades, shelled the port.", 'Kessar Brigades member_of Tarvan Front'],
  ['The Kessar Brigades, the military wing of the Tarvan Front, shelled the port.', 'Kessar Brigades member_of Tarvan Front'],
  ['Jund al-Khilafa, a regional affiliate of the Islamic State, claimed the raid.', 'Jund al-Khilafa member_of Islamic State'],
  // a party named beside a noun of siding sides with the party it is the ally of (lexicon words.allyNouns)
  ['Chad and its ally the Tarvan Front denied the charge.', 'Tarvan Front allied_with Chad'],
  ["Niger's closest ally, Chad, sent troops to Faya.", 'Chad allied_with Niger'],
  ['The Kessar Brigades, a key ally of the Government of Chad, shelled the port.', 'Kessar Brigades allied_with Government of Chad'],
  ['Qatar, one of the main backers of the Nasr Front, hosted the talks.', 'Qatar allied_with Nasr Front'],
  // a part named by a participle of naming, or right after a possessive's part noun, or after the part's place
  ['The al-Qaeda affiliate known as the Nasr Front claimed the raid.', 'Nasr Front member_of al-Qaeda'],
  ["The Tarvan Front's youth wing Saraya Dumar shelled the port.", 'Saraya Dumar member_of Tarvan Front'],
  ["Al-Qaeda's branch in Diyala, the Nasr Front, seized the town of Agadez.", 'Nasr Front member_of Al-Qaeda'],
  // bodies founded together: each founder a member, the founders of an alliance allies; a year before the names is a time
  ['Mali, Chad and Niger formed the Sahel Defence Alliance in 2023.', 'Chad member_of Sahel Defence Alliance'],
  ['Mali, Chad and Niger formed the Sahel Defence Alliance in 2023.', 'Mali allied_with Niger'],
  ['The juntas of Mali, Chad and Niger have formed the Sahel Defence Alliance.', 'Niger member_of Sahel Defence Alliance'],
  ['In 2019 the Tarvan Front and the Nasr Front formed the Kessar Alliance.', 'Tarvan Front member_of Kessar Alliance'],
  // withdrawing from "the town of X"
  ['Russian forces pulled out of the town of Agadez on Sunday.', 'Russian forces withdraws_from Agadez'],
  ['The rebels left the northern town of Agadez after weeks of fighting.', 'rebels withdraws_from Agadez'],
  // a member's office with words before it; working for a body, recruiting for it, commanding one of its units
  ['Idris Naro has served as a senior financial official for the Kessar Brigades since 2021.', 'Idris Naro member_of Kessar Brigades'],
  ['Before 2020 Idris Naro worked for the Kessar Brigades.', 'Idris Naro member_of Kessar Brigades'],
  ['Idris Naro recruited young men for the Tarvan Front in Kidal.', 'Idris Naro member_of Tarvan Front'],
  ['Idris Naro later commanded a Tarvan Front unit near Kidal.', 'Idris Naro member_of Tarvan Front'],
  // ... a part named in apposition after "for"; a body run, described by words and a place before its name
  ["Omar Haji once worked for the Kessar Brigades, the Tarvan Front's affiliate in the east.", 'Kessar Brigades member_of Tarvan Front'],
  ['Idris Naro runs the Niamey-based exchange house Sahel Transfers Company.', 'Idris Naro leads Sahel Transfers Company'],
  // allies named after "X and its allies, including"
  ['The militants threaten Chad and its partners, including the Kessar Brigades.', 'Kessar Brigades allied_with Chad'],
  ['The regime of President Omar Haji and its allies, including Niger, retook Kidal.', 'Niger allied_with Omar Haji'],
  // a passive accusation's subject did the deed
  ['The Tarvan Front has been accused of shelling Kidal.', 'Tarvan Front attacks Kidal'],
  // a country that is a member of a body; a party's support for another, as a noun
  ['Niger is a leading member of the Kessar Alliance.', 'Niger member_of Kessar Alliance'],
  ["Niger's military support to the Tarvan Front has grown.", 'Niger allied_with Tarvan Front'],
  ['Russia denied the reports. Its funding for the Kessar Brigades continued.', 'Its allied_with Kessar Brigades'],
  // a place held since a date is controlled, the place after its kind and a comma too
  ['The Tarvan Front, who have held the capital, Niamey, since 2014, did not comment.', 'Tarvan Front leads Niamey'],
  ['The Kessar Brigades control the capital, Niamey.', 'Kessar Brigades leads Niamey'],
  // a place described in apposition as part of another ("X, a town in Y", "X, the capital of Y", "X, a suburb of Y")
  ['Gunmen attacked Kadugli, a town in South Kordofan, on Monday.', 'Kadugli located_in South Kordofan'],
  ['Shells hit Nyala, the capital of South Darfur state, on Wednesday.', 'Nyala located_in South Darfur'],
  // a party that joins another's side, or the side of another, sides with it (never a member of it)
  ["The Kessar Brigades joined the Chadian army's side in 2021.", 'Kessar Brigades allied_with Chadian army'],
  // a community's word opens the phrase of unnamed armed men ("Sunni militants"), which a rule then reads whole
  ['Clashes broke out between Sunni militants and Shia militiamen near Faya.', 'Sunni militants attacks Shia militiamen'],
  // a part named by a place before its part noun ("X, the Sahel branch of Y"); a body dominated by another in a bare
  // participle aside; a definite body "of" a person is led by that person
  ['Jund al-Nasr, the Sahel affiliate of the Tarvan Front, claimed the raid.', 'Jund al-Nasr member_of Tarvan Front'],
  ['The Kessar Council, dominated by the Tarvan Front, rejected the deal.', 'Tarvan Front member_of Kessar Council'],
  ['Troops of the Kessar Brigades of Omar Tessali entered Faya.', 'Omar Tessali leads Kessar Brigades'],
  // an affiliation after a description in apposition; ties of a kind ("close military ties"), a country's too
  ['The Omari Battalion, a small armed group affiliated with the Nasr Front, withdrew.', 'Omari Battalion allied_with Nasr Front'],
  ['Chad has close military ties with Niger.', 'Chad allied_with Niger'],
  // members coordinated before a verb of being or joining, and parties named "along with" a part, are parts too
  ['The Omari Battalion and the Dalan Brigade are part of the Kessar Front.', 'Omari Battalion member_of Kessar Front'],
  ['The Dalan Brigade is part of the Kessar Front along with the Omari Battalion and the Nasr Legion.', 'Nasr Legion member_of Kessar Front'],
  // an aside that opens with a possessor's name ("X, Chad's main proxy in Y, is ...") is read past to the subject
  ["The Kessar Brigades, Chad's main proxy in Darfur, are part of the Nasr Alliance.", 'Kessar Brigades member_of Nasr Alliance'],
  // a part noun that is also a group noun stays a word after the whole's name ("a Nasr Front faction"; fresh rows)
  ['The Tarvan Front, a Nasr Front faction, attacked Faya on Sunday.', 'Tarvan Front member_of Nasr Front'],
  ['The Tarvan Front (TF), a Nasr Alliance faction, attacked Faya.', 'Tarvan Front member_of Nasr Alliance'],
  // a group's column or cell named after "of" is the group (lexicon partNouns; fresh rows)
  ['A patrol of the Kessar Brigades clashed with a column of the Tarvan Front near Faya.', 'Kessar Brigades attacks Tarvan Front'],
  ['Police raided a cell of the Tarvan Front near Abeche.', 'Police attacks Tarvan Front'],
  // an acronym the text defines in mixed case is the name's, in brackets between it and its apposition (fresh row)
  ['The Kessar Rapid Battalion (KeRaB), an elite unit of the Tarvan Police Force, left Faya.', 'Kessar Rapid Battalion member_of Tarvan Police Force'],
  // ... and what they do, the party does (fresh row)
  ['The Tarvan Front said its special forces raided Faya.', 'its attacks Faya'],
  // a titled head of state with "of" and the country after the name (fresh row)
  ['The envoy met President Idriss Kamal of Niger in Niamey.', 'Idriss Kamal leads Niger'],
  // a party in apposition with the ally noun after another's possessive sides with it (fresh row)
  ["Rebels say Niger, the Tarvan Front's largest foreign sponsor, sent arms.", 'Niger allied_with Tarvan Front'],
  // a part of a place by its direction after "the" is in that place (fresh rows)
  ['Shells fell near Tessit, in the south-west of the Kessar region, overnight.', 'Tessit located_in Kessar region'],
  ['Drones hit Ounianga, a village in the rebel-held north of Borkou, on Monday.', 'Ounianga located_in Borkou'],
  // people named by what they are who belong to a group or are said to be its members (fresh rows)
  ['Two of the detained men belong to the Tarvan Front, police said.', 'men member_of Tarvan Front'],
  ['Police said two of the gunmen were members of the Kessar Brigades.', 'gunmen member_of Kessar Brigades'],
  // a place said to lie in another in a relative clause, or on an island (fresh rows)
  ['Rebels shelled Gouro, which lies in the Sila region, overnight.', 'Gouro located_in Sila region'],
  ['Curfew was imposed in Tarsa, on the southern island of Kessar.', 'Tarsa located_in Kessar'],
  // armed men or people who gather or hide somewhere are there (verb class take-position; fresh rows)
  ['Fighters of the Tarvan Front regrouped in Gouro after the rout.', 'Tarvan Front located_in Gouro'],
  ['Hundreds of protesters gathered in Faya on Friday.', 'protesters located_in Faya'],
  // who takes command of a group leads it (verb class lead; fresh row)
  ['Omar Haji assumed command of the Tarvan Front in May.', 'Omar Haji leads Tarvan Front'],
  // a taking, a recruiting or an alliance named as a noun (fresh rows)
  ['The capture of the village of Dorra by the Kessar Brigades was confirmed.', 'Kessar Brigades captures Dorra'],
  ['The abduction of Omar Haji by the Tarvan Front was filmed.', 'Tarvan Front captures Omar Haji'],
  ["The Kessar Brigades' recruitment of herders in the Dorum camp worries officials.", 'Kessar Brigades recruits Dorum camp'],
  // a deed's noun with whom it was done to and its doer after "by", however deep the reader hangs "by", or before it as
  // its possessor (fresh rows)
  ['The abduction of 40 pupils from a school in Gouro by gunmen drew condemnation.', 'gunmen captures pupils'],
  ["The Tarvan Front's abduction of two aid workers near Faya drew protests.", 'Tarvan Front captures aid workers'],
  ['The abduction of 40 pupils from a school in Gouro, Sila province, by gunmen drew condemnation.', 'gunmen captures pupils'],
  // an aside's passive participle with its agent after a place ("commanded from X by Y"), and a unit named by its
  // number led by the agent of a passive coordinated in a relative (fresh rows)
  ['The Kessar Brigade, commanded from Faya by Colonel Idris Naro, held the line.', 'Idris Naro leads Kessar Brigade'],
  ['The 5th Corps, which is based in Tarsa and commanded by General Omar Haji, took the town.', 'Omar Haji leads 5th Corps'],
  // a verb of several words with a word between its own ("pledged their allegiance to"; fresh row)
  ['The Kessar Brigades pledged their allegiance to the Tarvan Front.', 'Kessar Brigades member_of Tarvan Front'],
  // a group merged into an alliance is its member (fresh row)
  ['The Tarvan Front merged into the Kessar Alliance in 2006.', 'Tarvan Front member_of Kessar Alliance'],
  // what a party holds is the party as a target, a part of a place too (fresh row)
  ['The air force bombed areas held by the Kessar Front overnight.', 'air force attacks Kessar Front'],
  ['An alliance between the Kessar Brigades and the Tarvan Front was announced.', 'Kessar Brigades allied_with Tarvan Front'],
];

const MUST_NOT: [string, string][] = [
  // (members of a group whom generic people did something to are not theirs; nor evidence gathered somewhere; fresh rows)
  ['Gunmen abducted three members of the Tarvan Front near Faya.', 'member_of'],
  ['A regiment of 250 fighters was formed and joined the Tarvan Front.', 'member_of'],
  ['Investigators gathered evidence in Faya for a month.', 'located_in'],
  // (a party that took or hit a place leaves no place by "leaving" it so, nor by keeping others from retreating; fresh rows)
  ['On Monday the Tarvan Army captured the Kessar district, leaving Tarsa encircled.', 'withdraws_from'],
  ['The Tarvan Army shelled Dorum to keep Kessar Front fighters from retreating into Chad.', 'withdraws_from'],
  // (holding a party responsible, or holding talks, takes no one; fresh rows)
  ['The Chadian army is holding the Tarvan Front responsible for the attack on Faya.', 'captures'],
  ['The Kessar Brigades are still holding talks with the Chadian army.', 'captures'],
  // (an adjective "armed" before its noun backs no one; fresh row)
  ['The Tarvan Front, an armed group led by Ali Musa, took Gao.', 'allied_with'],
  // (a person's description with a phrase of an institution is not where the person is; nor a place said to be in a
  // country's hands only as the object of a preposition; fresh rows)
  ['Idris Naro, the head of the council in Faya, resigned.', 'located_in'],
  ['Idris Naro, a spokesman for the Red Cross in Faya, spoke.', 'located_in'],
  // (the first two names of a bracketed list are no address, whatever the third is typed; fresh row)
  ['Aid reached the three towns (Beni, Oicha, Mutwanga) on Monday.', 'located_in'],
  // (a truce or peace pact between two sides is no alliance; fresh rows)
  ['A ceasefire pact between the Tarvan Front and the Kessar Brigades was signed in Faya.', 'allied_with'],
  ["The Tarvan Front's peace pact with the Kessar Brigades collapsed.", 'allied_with'],
  // (a party after a subordinator is no object taken; fresh row)
  ['Kessar Front fighters seized the ridge after Chadian troops withdrew from it.', 'captures'],
  // (an attack blamed on a party is that party's, not the accuser's; fresh row)
  ['The Kessar Brigades blamed the air strike on the Tarvan Front.', 'attacks'],
  // (the help a passive's subject got is not the doer's before it; fresh row)
  ['The Kessar Front attacked Faya, but the attacks were repelled with the help of Chadian troops.', 'allied_with'],
  // (who repels an attack on a place named as a noun does not attack it; verb class repel; fresh row)
  ['The Tarvan Front fought alongside soldiers to repel an attack on Kidal, Mali.', 'attacks'],
  // (a title that leads nothing: a member's; fresh row)
  ['The envoy met Foreign Minister Idriss Kamal of Niger in Niamey.', 'leads'],
  // (a possessive's noun that is no ally's; fresh row)
  ["Niger, the Tarvan Front's main target, closed the border.", 'allied_with'],
  // (a direction from a place without "the" lies outside it; fresh row)
  ['Shells fell near Tessit, south-west of Faya, overnight.', 'located_in'],
  // (a person the Phoenix dictionary serves another country with; a state's noun with words of its own before it)
  ['Talks in Iran stalled as the government of Vladimir Putin sent envoys.', 'leads'],
  ["Chad's rebels fought the new transitional government of Ali Zeine.", 'leads'],
  // ties after a comma that closes an aside are the opening subject's, never the name inside the aside (the Council's
  // own ties are not read across a 'dominated by' aside yet: no allied_with at all here)
  ['The Kessar Council, dominated by the party of Omar Tessali, has close economic ties with Niger.', 'allied_with'],
  // a body "of" a name that goes on with "of" is one name, no person's body
  ['Pilgrims of the Shrine of Saint Omar Tessali of Faya gathered.', 'leads'],
  ["The Tarvan Front joined the Chadian army's side in 2021.", 'member_of'],
  // "the town of Y" after a place names Y, one more item of a list: no part of the place before it
  ['Rebels seized Dabiq, the nearby town of Sawran and two villages.', 'located_in'],
  // a country's possessive of a name after a comma opens the next phrase, no apposition "Town, Country"
  ["Troops shelled the town of Kessar, Chad's Defence Ministry said.", 'located_in'],
  // a place fired at is not where the one firing is (a rule's attack as an event's)
  ['The Kessar Brigades fire rockets at northern Chad after a strike kills their commander', 'located_in'],
  // a verb of directing hands the infinitive to its object: the subject only asked (verb class direct-to)
  ['Salif Dara called on his followers to expel the Kessar Front from Mopti.', 'attacks'],
  ['The envoy asked Chad to attack the Kessar Front.', 'attacks'],
  // a first role's object that is no name nor one word ends the apposition's reach
  ['Salif Dara, a friend of many in Mopti and leader of nothing, praised the Kessar Front.', 'leads'],
  // a place withdrawn to, or one not left, is no place withdrawn from; nor a place a verb of leaving leaves out of something
  ['Israeli strikes on Tarvan Front positions forced them to withdraw to the town of Agadez.', 'withdraws_from'],
  ['The Tarvan Front prevented civilians from leaving the city of Agadez.', 'withdraws_from'],
  ['The offensive pushed the Tarvan Front south, leaving the province of Agadez out of rocket range.', 'withdraws_from'],
  // no part of a group named after "anti-", nor a body's unit after a generic force noun
  ['Anti-Tarvan Front rebel factions Kessar Brigades and Omari Battalion merged.', 'member_of'],
  ['Polish soldiers from the special forces unit GROM landed near Basra.', 'member_of'],
  // people who found a body together lead it (the leadership rules), they are not members of it here; one founder is no
  // founding together
  ['Omar Tessali and Idris Naro founded the Tarvan Front.', 'member_of'],
  ['Chad formed a joint force with Niger.', 'member_of'],
  // one who commands a unit of a body does not lead the body; an offensive led against a body is no leading of it
  ['Idris Naro later commanded a Tarvan Front unit near Kidal.', 'leads'],
  ['Omar Haji led the offensive against the Kessar Brigades.', 'leads'],
  // a place after a preposition of place is no member of what follows it in apposition
  ['Fighting spread from Niger, a member of the Kessar Alliance, to Chad.', 'member_of'],
  // support for people helped is no alliance
  ['The UN called for more support for refugees in Chad.', 'allied_with'],
  // holding talks somewhere is no control of it
  ['The Tarvan Front held talks in Niamey since Monday.', 'leads'],
  // a body's allies are no members of it
  ['Chad and its allies, including Niger, denied the charge.', 'member_of'],

  ['Chad contributed 2,000 soldiers to the Nasr Front offensive.', 'allied_with'],
  // (not the words of a coalition of units: "a coalition of Islamist units")
  ['The Kessar Brigades, a coalition of Tarvan Front units, withdrew.', 'member_of'],
  ['A commander of the Kessar Brigades, Colonel Idris Mahamat, was wounded.', 'leads'],
  // a denied deed is nobody's
  ['The Ansar Front denied the bombing of a police station in Kidal.', 'attacks'],
  // driving a group out as a goal is no withdrawal yet ("aims at clearing X from Y", "vowed to drive X out of Y")
  ['The new offensive aims at clearing the Ansar Front from Gao.', 'withdraws_from'],
  ['Mali vowed to drive the Ansar Front out of Gao.', 'withdraws_from'],
  // nor others named by a noun before the role ("the family members of X"), nor the doer's own self ("blew himself up")
  ['Gunmen abducted the family members of Tarvan Front fighters in Faya.', 'captures'],
  ['A member of the Tarvan Front, Omar Haji, blew himself up in Faya.', 'attacks'],
  // a possessive pronoun before an ally noun and no name after it names no ally ("its allies in X", "their allies, including")
  ['The Tarvan Front and its allies in Faya captured the port.', 'allied_with'],
  ['Chadian troops and their allies, including the Kessar Brigades, retook Faya.', 'member_of'],
  // a count of one person's kin, or of things, is no group ("three of her relatives", "two of the Tigris bridges")
  ['Chadian soldiers killed three of her relatives in Faya.', 'attacks'],
  ['Coalition jets struck two of the Tigris bridges.', 'attacks'],
  // ... nor a part of a country's place ("most of Chad's largest town")
  ["Kessar Front fighters stormed Faya, seizing most of Chad's largest oasis town.", 'captures'],
  // one of a group's leaders is no leader of it ("a commander of")
  ['Colonel Idris Mahamat, a commander of the Kessar Brigades, was wounded near Faya.', 'leads'],
  // what an attack was on is no place it was in ("an attack on ship in the Gulf", a headline's words)
  ['Tarvan Front claims attack on ship in Gulf of Aden', 'attacks'],
  // whom a fight is fought beside is no enemy ("on X's side")
  ["The Tarvan Front fought on the Kessar Brigades' side for years.", 'attacks'],
  // an attack named as the topic of a statement or talks is no one's attack there
  ['Security Council Press Statement on the Attack against the Chadian Army in Faya', 'attacks'],
  ['The Tarvan Front held talks about the war against the Kessar Brigades.', 'attacks'],
  // an intention to enter a place is no presence in it
  ['The Chadian army was preparing to enter Kessar on Monday.', 'located_in'],
  // a verb is no half of a compound word: "air-supported" supports no one
  ['Kessar was retaken by air-supported operations of the Chadian army.', 'allied_with'],
  // a verb of linking is no bond between its subject and the group it links something to
  ['Police linked the attack to the Tarvan Front.', 'allied_with'],
  // who fights alongside, for or under someone fights on their side
  ['The Kessar Brigades fought alongside government troops for two years.', 'attacks'],
  ['Volunteers from Tarvan fought for the Kessar Brigades in 2019.', 'attacks'],
  // what is captured comes before a preposition of place ("seized 20 trucks in Kessar" captures no Kessar; the girls
  // abducted in Kessar are captured, a case above)
  ['The Tarvan Front seized 20 trucks in Kessar.', 'captures'],
  // a verb slot starts a word: "called" holds no "led", "raided" no "aided", "expelled" no "led"
  ['Omar Haji called Amani Otieno on Monday.', 'leads'],
  ['The Tarvan Front raided the Kessar Brigades headquarters.', 'allied_with'],
  ['Omar Haji expelled the Kessar Brigades from the town.', 'leads'],
  // a person leaving a country travels; a place of the place is no withdrawal from it
  ['President Macron left France for Mali on Monday.', 'withdraws_from'],
  ["The African Union mission left Somalia's capital for Baidoa.", 'withdraws_from'],
  ['ISIS did not attack the Peshmerga in Erbil.', 'attacks'],
  // a contraction's negation stands right after its verb: "hadn't", "didn’t"
  ["The Tarvan Front hadn't left Faya by Friday.", 'withdraws_from'],
  ['The Kessar Brigades didn’t capture Gouro.', 'captures'],
  ['The SDF never captured any ISIS fighters.', 'captures'],
  ['Analysts describe a crisis in the region.', 'attacks'],
  ['The semi-official Iranian Tasnim News reported the event.', 'located_in'],
  ['Hezbollah denied it attacked the Free Syrian Army.', 'attacks'],
  ['General Rohilat Afrin told the Wall Street Journal, "We defeated the Islamic State."', 'attacks'],
  ['Peter Cook said the campaign against ISIS was going well.', 'attacks'],
  ['Coalition nations conducted strikes in Iraq and Syria.', 'attacks'],
  ['ISIL targets in Syria were hit.', 'attacks'],
  // an apposition is not a coordination: the minister is not his own ally
  ['The Minister for the Middle East, Tobias Ellwood, is committed to defeating ISIL.', 'allied_with'],
  ['ISIS lost control of Mosul in 2017.', 'leads'],
  // a list of forces is no hierarchy; a larger unit does not belong to a smaller one
  ['The SDF, the YPG and the Asayish advanced on Raqqa.', 'member_of'],
  ['The 101st Airborne Division, 2nd Battalion and others deployed.', 'member_of'],
  ['Abu Jandal al-Kuwaiti, an ISIS gang leader in Raqqa, was killed.', 'leads'],
  ['The Iraqi Army freed hostages from ISIS in Mosul.', 'leads'],
  ['Aid workers of the Red Cross cleared rubble from the road to Aleppo.', 'attacks'],
  ['The Asad regime used its veto against the resolution.', 'attacks'],
  ['The Red Cross received aid from the United States.', 'attacks'],
  ['The award in Paris was claimed by the Iraqi team.', 'attacks'],
  // a verb is a whole word: "recapture" is no "capture" by the one who comments on it
  ['Minister Tobias Ellwood comments on the start of the Iraqi mission to recapture the city of Mosul.', 'captures'],
  // a person who discusses a liberation does not carry it out
  ['Carter met Prime Minister Haider al-Abadi, and the two leaders discussed the campaign to liberate Mosul from ISIL.', 'attacks'],
  ['In Syria, the SDF took Raqqa.', 'allied_with'],
  // the object of "against" is not the one being aided
  ['This shared fight against Da’esh will be aided by Syrians reaching a political transition.', 'allied_with'],
  // containment is not guessed across countries, nor for a name shared by two places
  ['Refugees from Mosul crossed into Syria.', 'located_in'],
  // a broken organisation name is no group of residents
  ['The Islamic Union of the Soldiers of the Levant was formed.', 'located_in'],
  ['Fighting in Tripoli spread as Libya and Lebanon watched.', 'located_in'],
  // the coalition is not named "Global Coalition in Washington"
  ['Ministers of the Global Coalition in Washington agreed.', 'member_of'],
  ['The ministry cleared the budget of the Iraqi Army.', 'attacks'],
  // targeting for recruitment is not violence
  ['ISIS is also targeting displaced people in Syrian and Iraqi camps for recruitment.', 'attacks'],
  // "X-backed" belongs to its own noun phrase, not to a name further on
  ['The Iran-backed Shia volunteers began to retake ground seized by the Ansar Front in the spring.', 'allied_with'],
  // a role's group stands within a few words of its preposition, not across a clause
  ['Omar Haddad, governor of the Faya region, said that the town had been retaken from the Tarvan Front.', 'leads'],
  ['Lena Moreau, chief of staff to the minister Omar Haddad, said the Tarvan Front had withdrawn.', 'leads'],
  // "at war with" says nothing of where
  ['The Ansar Front has been at war with Chad for years.', 'located_in'],
  // an armed wing is a part of its group, not its ally ("armed" is no verb of support there)
  ['The Kessar Brigades, the armed wing of the Tarvan Front, shelled the port.', 'allied_with'],
  // a part noun with no group in apposition: no membership
  ['The Tarvan Front, a branch of government in Faya, met the envoy.', 'member_of'],  // districts of one level in a list are no chain of units one inside the next (fresh row)
  ['Troops took Koro district, Tessit district, Ansongo district and Gao.', 'located_in'],
  // a list of places, one with its unit's word, is no chain (fresh rows)
  ['Fighting spread to Tarsa, Kessar province, Ngoro province and Faya.', 'located_in'],
  ['Jets bombed Tarsa, Kessar Plains, Ngoro, Dalan and Faya overnight.', 'located_in'],
];

describe('relation rules: table', () => {
  it.each(CASES)('%s -> %s', (sentence, expected) => {
    expect(edges(sentence)).toContain(expected);
  });
});

describe("a group's men or parts named after \"of\" are the group, with what describes them", () => {
  it.each([
    ['Chadian-backed factions of the Tarvan Front shelled positions held by the Kessar Brigades near Gao.', ['Tarvan Front attacks Kessar Brigades', 'Tarvan Front allied_with Chad']],
    ['Armed units of the Kessar Brigades stormed a post of the Malian army near Gao.', ['Kessar Brigades attacks Malian Armed Forces']],
  ] as [string, string[]][])('%s', (text, expected) => {
    const ex = analyzeArticle({ id: 't', title: 't', text });
    const label = new Map(ex.entities.map((e) => [e.id, e.label]));
    // (an alliance either way round: it is symmetric)
    const got = ex.relations.flatMap((r) => [`${label.get(r.source)} ${r.type} ${label.get(r.target)}`, ...(r.type === 'allied_with' ? [`${label.get(r.target)} ${r.type} ${label.get(r.source)}`] : [])]);
    for (const e of expected) expect(got).toContain(e);
    // no node of their own for the men or parts
    expect(ex.entities.map((e) => e.label)).not.toContain('rebels (Chad)');
  });
});

describe('the second reading without the aside after the opening subject', () => {
  it("gives the subject's relations only, never those of a mention inside the aside", () => {
    const got = edges('The Ansar Front, led by General Omar Haddad, has been at war with the Chadian army since 2019.');
    expect(got).toContain('Ansar Front attacks Chadian army');
    expect(got.filter((e) => e.startsWith('Omar Haddad attacks'))).toEqual([]);
  });
  it('leaves the first reading no relation from inside the aside to a party after it', () => {
    const got = edges("Chadian troops, backed by Libya's Tarvan Brigades, have fought the Ansar Front in the north.");
    expect(got).toContain('Chadian troops attacks Ansar Front');
    expect(got.filter((e) => e.startsWith('Tarvan Brigades attacks'))).toEqual([]);
  });
});

describe('relation rules: who a participle of leading is about', () => {
  it('is the name right before it, not a subject with a verb of its own', () => {
    const got = edges('Governor Omar Tessali condemned the raid and blamed a gang led by Musa Danjuma, a bandit leader.');
    expect(got.filter((e) => e.endsWith('leads Omar Tessali'))).toEqual([]);
    expect(got).toContain('Musa Danjuma leads gang');
  });
});

describe('relation rules: a party before a hyphen and a participle modifies the noun after it', () => {
  it.each([
    // the backer is allied with the backed, and does not do what they do (a mention of its own: no new mention added)
    ['Chad-aligned militias shelled Kidal.', 'Chad allied_with militias', 'Chad attacks Kidal'],
    ['Troops met Chad-backed fighters who attacked the convoy.', 'Chad allied_with fighters', 'Chad attacks convoy'],
  ])('%s', (sentence, want, not) => {
    const got = edges(sentence);
    expect(got).toContain(want);
    expect(got).not.toContain(not);
  });
  it('... but a leader does what the led do ("US-led strikes")', () => {
    expect(edges('The Chad-led coalition struck Kidal.').some((e) => / attacks Kidal$/.test(e))).toBe(true);
  });
});

describe("relation rules: a group's men stand for the group", () => {
  it("the evidence of the group's end spans its name ('Militiamen of the Kessar Front')", () => {
    const text = 'Militiamen of the Kessar Front attacked soldiers in Faya.';
    const raw = extract({ id: 't', title: 't', text });
    const r = raw.relations.find((x) => x.type === 'attacks' && raw.mentions[x.source]!.text === 'Kessar Front' && x.evidence.rule.startsWith('event-'));
    expect(r).toBeDefined();
    const span = r!.sourceSpan ?? raw.mentions[r!.source]!;
    expect(text.slice(span.start, span.end)).toBe('Militiamen of the Kessar Front');
  });
});

describe('relation rules: a place that opens an operation\'s name is no target', () => {
  it.each([
    ['The Kessar Brigades launched the Euphrates Dawn operation against the Nasr Front near Raqqa.', 'Kessar Brigades attacks Nasr Front', 'Kessar Brigades attacks Euphrates'],
    ['The Tigris Shield offensive was launched by the Kessar Brigades against the Nasr Front in Mosul.', 'Kessar Brigades attacks Nasr Front', 'Tigris attacks Kessar Brigades'],
  ])('%s', (sentence, want, not) => {
    const got = edges(sentence);
    expect(got).toContain(want);
    expect(got.some((e) => e.startsWith(not))).toBe(false);
  });
});

describe('relation rules: the one accused is the doer', () => {
  it.each([
    ['The Tarvan Front accused Chad of deliberately targeting civilians in Faya.', 'Tarvan Front attacks'],
    ['The Ansar Front blamed the Kessar Brigades for shelling Faya.', 'Ansar Front attacks'],
    // the accused described in words the generic actors read after the rules, and a second deed after "and"
    ['The Kessar Front accused Chadian-backed militias of kidnapping and torturing civilians near Faya.', 'Kessar Front'],
    ['Rights groups accused the Dalan Brigade of abducting and beating villagers near Faya.', 'Rights groups'],
  ])('%s', (text, accuser) => {
    // (the accuser's words about the accused are its own: quotes, rule event-accused; no deed)
    expect(edges(text).filter((e) => e.startsWith(accuser) && !e.startsWith(`${accuser} quotes `))).toEqual([]);
  });
  // the deed is the accused's, reported (hedged)
  it.each([
    ['The Kessar Front accused the Dalan Brigade of kidnapping civilians near Faya.', 'Dalan Brigade captures civilians'],
    ['The Kessar Front accused the Dalan Brigade of looting and torturing civilians near Faya.', 'Dalan Brigade attacks civilians'],
  ])('%s -> %s', (text, edge) => {
    expect(evidence(text).some((e) => e.edge === edge && e.hedged === true)).toBe(true);
  });
});

describe('relation rules: must not fire', () => {
  it.each(MUST_NOT)('%s (no %s)', (sentence, type) => {
    expect(edges(sentence).filter((e) => e.split(' ').includes(type))).toEqual([]);
  });
  it('whom a speaker told is not the subject of the clause a pronoun opens after "that" (fresh row)', () => {
    expect(edges('Dogo hides in the forest. Sources told Reuters that he recently joined forces with the Tarvan Front.')).not.toContain('Reuters allied_with Tarvan Front');
  });
  it('recruiting done in a place recruits its people, not the place; a camp is recruited from (fresh rows)', () => {
    const found = edges('The Kessar Brigades recruited herders in Sila province last year.');
    expect(found).toContain('Kessar Brigades recruits herders');
    expect(found).not.toContain('Kessar Brigades recruits Sila province');
  });
  it('the group a part belongs to is not led by who leads the part (fresh row)', () => {
    const found = edges('The Nasr Brigades, the armed wing of the Kessar Front and led by Omar Haji, took Faya.');
    expect(found).toContain('Omar Haji leads Nasr Brigades');
    expect(found).not.toContain('Omar Haji leads Kessar Front');
  });
  it('a name that only modifies the noun of an apposition led by someone is not what is led (fresh row)', () => {
    const found = edges('The Kessar Regiment, a National Guard unit commanded by Colonel Idris Naro, held the port.');
    expect(found).toContain('Idris Naro leads Kessar Regiment');
    expect(found).not.toContain('Idris Naro leads National Guard');
  });
  it('a town named "of" a region after the region\'s name is in it, not the region in the town (fresh row)', () => {
    const found = edges('Gunmen killed nine farmers in the eastern Kessar town of Tarsa.');
    expect(found).not.toContain('Kessar located_in Tarsa');
  });
});

describe('relation rules: a participle after a hyphen is a compound, no verb', () => {
  // "Chad's Libya-backed X": Libya backs X (the compound), Chad backs nothing
  it('reads no backing by the possessor before the compound', () => {
    const e = edges("Chad's Libya-backed Tarvan Front rebels said they had shelled the base.");
    expect(e.filter((x) => x.startsWith('Chad allied_with'))).toEqual([]);
  });
});

describe('relation rules: an aside between dashes after the subject', () => {
  // "X—a coalition of Y—claimed ...": the subject claims, not the aside's party (mask.ts withoutSubjectAside); a claim of
  // a deed is no speaker's report
  it('reads the subject across the aside', () => {
    const e = edges('The Tarvan Front—a coalition of Iran-backed Iraqi militias—claimed two drone attacks targeting Kidal on Monday.');
    expect(e).toContain('Tarvan Front attacks Kidal');
    expect(e).not.toContain('Iraqi militias attacks Kidal');
  });
});

describe('relation rules: the agent of a reduced relative is no subject of the verb after it', () => {
  // "X backed by Y entered Z", "X driven out by Y fled to Z": the verb is X's; a participle its "by" follows is passive
  it.each([
    ['Chadian troops backed by Nigerien air strikes entered Faya on Monday.', 'Nigerien air strikes located_in Faya'],
    ['Herders driven out by the Tarvan Front fled to Faya.', 'Tarvan Front located_in Faya'],
    ['Herders driven out by the Tarvan Front fled to Faya.', 'Herders attacks Tarvan Front'],
  ])('%s (no %s)', (sentence, edge) => {
    expect(edges(sentence)).not.toContain(edge);
  });
  it('... and the subject keeps its own', () => {
    expect(edges('Chadian troops backed by Nigerien air strikes entered Faya on Monday.')).toContain('Chadian troops located_in Faya');
  });
});

describe('relation rules: the accuser is no doer', () => {
  // "Z, which X accuses of arming Y" (the accused the antecedent of a relative clause), "Z was accused by X of arming Y"
  it.each([
    ['Niger, which Chad accuses of arming the Tarvan Front, denies the charge.', 'Tarvan Front allied_with Chad'],
    ['Niger was accused by Chad of shelling Kidal.', 'Chad attacks Kidal'],
  ])('%s (no %s)', (sentence, edge) => {
    expect(edges(sentence)).not.toContain(edge);
  });
});

describe('evidence details', () => {
  it('keeps counts as quantity', () => {
    const ev = evidence('ISIS claimed responsibility for 153 attacks in Syria and Iraq.');
    expect(ev.find((e) => e.edge === 'ISIS attacks Syria')?.quantity).toBe(153);
    const ev2 = evidence('The US maintains 900 personnel in Syria and 2,500 in Iraq.');
    expect(ev2.find((e) => e.edge === 'US located_in Iraq')?.quantity).toBe(2500);
  });
  it('marks hedged relations and lowers their confidence', () => {
    const hedged = evidence('US forces might withdraw from Iraq by September 2025.').find((e) => e.edge === 'US forces withdraws_from Iraq');
    const plain = evidence('US forces withdrew from Iraq in September 2025.').find((e) => e.edge === 'US forces withdraws_from Iraq');
    expect(hedged?.hedged).toBe(true);
    expect(plain?.hedged).toBeUndefined();
    expect(hedged!.confidence).toBeLessThan(plain!.confidence);
  });
  it('locates the sentence', () => {
    const text = 'Nothing happened here. ISIS attacked the Peshmerga in Erbil.';
    const ev = evidence(text).find((e) => e.edge === 'ISIS attacks Peshmerga')!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
    expect(ev.sentence).toBe('ISIS attacked the Peshmerga in Erbil.');
  });
});

describe('subjects and coordination', () => {
  it('never takes an object of a preposition as the subject', () => {
    const out = edges('The US maintains 900 personnel in Syria and 2,500 in Iraq, and has conducted airstrikes to support SDF forces.');
    expect(out).toContain('US allied_with SDF forces');
    expect(out.filter((e) => e.startsWith('Iraq allied_with') || e.startsWith('Syria allied_with'))).toEqual([]);
  });
  it('takes no modifier for a conjunct ("its Coalition trained component")', () => {
    const out = edges('The SDF, made up of local Arabs and its Coalition trained Arab component, advanced.');
    expect(out).toContain('Arabs member_of SDF');
    expect(out.filter((e) => e.startsWith('Coalition'))).toEqual([]);
  });
  it('coordinates only targets of the same kind', () => {
    const out = edges("The SDF's fight against ISIS, Davis said, is far from over.");
    expect(out.filter((e) => e.endsWith('Davis'))).toEqual([]);
  });
});

// a place after a preposition is where something happens, not who acts (sentences written for this table)
describe('relation rules: a place in a prepositional phrase is no source', () => {
  it.each([
    ['In Chad, rebels attacked government troops near the lake.', 'Chad attacks'],
    ['Near Kismayo, gunmen attacked a convoy of the African Union.', 'Kismayo attacks'],
    ['From Idlib, the rebels launched an offensive on Hama.', 'Idlib attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([
    ['Syria attacked rebel positions near Idlib.', 'Syria attacks'], // a country acting as a state still acts
    ['In Syria, Hezbollah fighters attacked ISIS near Qusayr.', 'Hezbollah attacks ISIS'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence).some((e) => e.startsWith(edge))).toBe(true);
  });
});

// the members listed after a description of a group with its own group noun are the described group's
describe('relation rules: a group that is part of another', () => {
  it.each([
    ['The Dalan Brigade, part of the Kessar Front, shelled the port.', 'Dalan Brigade member_of Kessar Front'],
    ['The Dalan Brigade, a founding member of the Kessar Front, shelled the port.', 'Dalan Brigade member_of Kessar Front'],
    ['The Dalan Brigade, the backbone of the Kessar Front, shelled the port.', 'Dalan Brigade member_of Kessar Front'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it("a person's appositions in a chain make no group a member of another", () => {
    expect(edges('Omar Haddad, a member of the Kessar Council, a former member of the Tarvan Front, spoke.')).not.toContain('Kessar Council member_of Tarvan Front');
  });
  it('a site named after its town lies in it', () => {
    expect(edges('Rockets hit Kirkuk air base overnight.')).toContain('Kirkuk air base located_in Kirkuk');
  });
});

describe('relation rules: a coalition of groups that includes X', () => {
  it.each([
    ['The Northern Alliance, a coalition of armed militias that includes the Dalan Brigade, took the pass.', 'Dalan Brigade member_of Northern Alliance', 'Dalan Brigade member_of armed militias'],
    ['The Northern Alliance, an umbrella of Islamist factions which includes the Dalan Brigade, took the pass.', 'Dalan Brigade member_of Northern Alliance', 'Dalan Brigade member_of Islamist factions'],
  ])('%s -> %s', (sentence, edge, wrong) => {
    const got = edges(sentence);
    expect(got).toContain(edge);
    expect(got).not.toContain(wrong);
  });
});

// a group's role and then the name in apposition (sentences written for this table)
describe('relation rules: member-prenominal with the name in apposition', () => {
  it.each([
    ["The Ansar Front's spokesman, Kamal Idris, denied the report.", 'Kamal Idris member_of Ansar Front'],
    ["Al-Shabaab's spokesman, Ali Dhere, said the fighters had withdrawn.", 'Ali Dhere member_of Al-Shabaab'],
    // the role says where it serves before the name
    ['The African Union envoy to Chad, Moussa Faki, met the rebels.', 'Moussa Faki member_of African Union'],
    ['The European Union representative in Kenya, Anna Berg, opened the office.', 'Anna Berg member_of European Union'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it.each([
    ['ISIS fighters, Kurdish officials said, attacked the town.'], // the comma closes an aside, no name follows
    ["The Ansar Front's spokesman, in Faya, denied the report."],
    // a place after the role with no comma before the next name: no apposition
    ['The European Union envoy in Kenya said Bashir Ali would attend.'],
    ['The African Union envoy to Chad, Kenya and Sudan met the rebels.'],
  ])('%s (no member_of)', (sentence) => {
    expect(edges(sentence).filter((e) => e.includes('member_of'))).toEqual([]);
  });
  it('a group after a preposition is not the part its whole is named after (member-part-possessive-apposed)', () => {
    const sentence = "Before the rise of the Nasr Front, the Tarvan Front's northern branch, the Kessar Brigades, held Faya.";
    expect(edges(sentence).filter((e) => e.includes('member_of'))).toEqual(['Kessar Brigades member_of Tarvan Front']);
  });
});

// a name, then the group's role with the group as a possessor (sentences written for this table)
describe("relation rules: appositive roles with a possessor ('X, the group's spokesman')", () => {
  it.each([
    ["Kamal Idris, the Ansar Front's military spokesman, denied the report.", 'Kamal Idris member_of Ansar Front'],
    ["Kamal Idris, the Houthis' spokesman, denied the report.", 'Kamal Idris member_of Houthis'],
    ["Omar Hassan, Al-Shabaab's commander in the region, was killed.", 'Omar Hassan leads Al-Shabaab'],
    // the anaphor is the end here; coreference takes it to the Ansar Front later (test/events/pass.test.ts)
    ['The Ansar Front attacked the town. Kamal Idris, the group\'s spokesman, denied it.', 'Kamal Idris member_of the group'],
    // a possessive pronoun before a role noun names whom the role holder serves
    ['The Ansar Front denied the report. Its military spokesman, Kamal Idris, spoke in Faya.', 'Kamal Idris member_of Its'],
    ['The Ansar Front denied the report. Their leader, Omar Dalmar, spoke in Faya.', 'Omar Dalmar leads Their'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it.each([
    ["Kamal Idris, the Ansar Front's target, was killed."], // not a role noun
    ["Kamal Idris met the Ansar Front's spokesman in Faya."], // the role is not in apposition to the name
    ['The Ansar Front said its support for Kamal Idris was firm.'], // no role noun after the possessive
  ])('%s (no member_of or leads)', (sentence) => {
    expect(edges(sentence).filter((e) => e.includes('member_of') || e.includes('leads'))).toEqual([]);
  });
});

// a party inside an aside ("X, led by Y, ...") is not the subject of the verb after it (sentences written for this table)
describe('relation rules: no source from inside an aside', () => {
  it.each([
    ['The Ansar Front, led by Kamal Idris, withdrew from Faya in June.', 'Kamal Idris withdraws_from'],
    ['The Ansar Front, which has fought the Chadian army since 2019, has attacked Faya.', 'Chadian army attacks'],
    ['The Ansar Front, backed by Hezbollah, attacked the Free Syrian Army.', 'Hezbollah attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([
    ['The Ansar Front, meanwhile, attacked the Free Syrian Army.', 'Ansar Front attacks Free Syrian Army'],
    ['On Monday, Hezbollah, backed by Iran, attacked the Free Syrian Army.', 'Hezbollah attacks Free Syrian Army'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// fighting named as a noun between two sides (sentences written for this table)
describe('relation rules: attacks-fighting-between', () => {
  it.each([
    ['Fresh clashes between the Ansar Front and the Chadian army were reported near Faya.', 'Ansar Front attacks'],
    ['Heavy fighting between Hezbollah and the Free Syrian Army broke out near Qusayr.', 'Hezbollah attacks Free Syrian Army'],
    ['The war between Eritrea and Ethiopia ended in 2000.', 'Eritrea attacks Ethiopia'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence).some((e) => e.startsWith(edge))).toBe(true);
  });
  it.each([
    ['Talks between Eritrea and Ethiopia resumed in Asmara.'], // no fighting noun
    ['The border between Eritrea and Ethiopia was closed.'],
    ['Analysts describe a proxy war between Eritrea and Ethiopia.'], // a proxy war is fought by others
    ['The cold war between Eritrea and Ethiopia lasted two decades.'],
  ])('%s (no attacks)', (sentence) => {
    expect(edges(sentence).filter((e) => e.includes(' attacks '))).toEqual([]);
  });
});

// a verb that opens a relative clause on another antecedent is not the subject's (sentences written for this table)
describe('relation rules: a relative clause on another antecedent', () => {
  it.each([
    ['The raids on Kenyan troops, including a rocket attack on a camp in Somalia that killed two Ugandan soldiers, went on.', 'Kenyan troops attacks'],
    ['The United Nations condemned an ambush that killed four Free Syrian Army fighters.', 'United Nations attacks'], // condemning is no claim
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([
    ['Hezbollah fighters who attacked the Free Syrian Army were killed.', 'Hezbollah attacks Free Syrian Army'], // the subject's own phrase
    ["We condemn Hezbollah's attacks in Qusayr, which killed scores of Free Syrian Army fighters.", 'Hezbollah attacks Free Syrian Army'], // the subject's doing
    ['Hezbollah claimed an ambush that killed four Free Syrian Army fighters.', 'Hezbollah attacks Free Syrian Army'], // an attack the subject claimed
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a country's office holder named after the office (sentences written for this table)
describe('relation rules: a country\'s office holder', () => {
  it.each([
    ["Chad's president, Mahamat Deby, flew to Paris.", 'Mahamat Deby leads Chad'],
    ["Chad's foreign minister, Abakar Hassan, met the envoy.", 'Abakar Hassan member_of Chad'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it.each([
    ["Chad's rebel leader, Abakar Hassan, met the envoy."], // a rebel leader leads no country
    ["Chad's president met Abakar Hassan in Paris."], // no name after the office
  ])('%s (no leads or member_of with Chad)', (sentence) => {
    expect(edges(sentence).filter((e) => /(?:leads|member_of) Chad$/.test(e))).toEqual([]);
  });
});

// an attack named as a noun after a verb of reacting is not the reacting party's (sentences written for this table)
describe('relation rules: reacting to an attack is no attack', () => {
  it.each([
    ['The United Nations condemned the strikes against Hezbollah.', 'United Nations attacks'],
    ['Kenya denounced the attacks on Hezbollah by the Free Syrian Army.', 'Kenya attacks'],
    ['Jordan welcomed the campaign against ISIS.', 'Jordan attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([
    ['The Syrian Democratic Forces continued their campaign against ISIS.', 'Syrian Democratic Forces attacks ISIS'],
    ['Jordan remains committed to defeating ISIS.', 'Jordan attacks ISIS'],
    ['Hezbollah, which Kenya condemned, attacked the Free Syrian Army.', 'Hezbollah attacks Free Syrian Army'], // a verb of attacking, not a noun
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a passive "killed by X" never makes the patient the attacker (sentences written for this table)
describe('relation rules: attacks-verb reads no target after "by"', () => {
  it.each([
    ['Two Free Syrian Army fighters were killed by Hezbollah shelling near Qusayr.', 'Free Syrian Army attacks'],
    ['Hezbollah fighters killed by Free Syrian Army snipers were buried in Qusayr.', 'Hezbollah attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([['Hezbollah fighters ambushed the Free Syrian Army near the border.', 'Hezbollah attacks Free Syrian Army']])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a place after "of" or "over" is a part or a where, never an actor (sentences written for this table)
describe('relation rules: no acting place after "of" or "over"', () => {
  it.each([
    ['They backed a no-fly zone over parts of Chad, including bombing the Ansar Front.', 'Chad attacks'],
    ['Jets flew over Chad, attacking the Ansar Front.', 'Chad attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([['Chad attacked the Ansar Front near Faya.', 'Chad attacks Ansar Front']])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// voice: before a passive participle ("were captured by", "had been defeated") the mention is what the verb is done
// to, never its doer ({ACTIVE} in the rules, rules/compile.ts); the progressive stays active (sentences written for
// this table)
describe('relation rules: a passive subject is no doer', () => {
  it.each([
    ['Two Hezbollah commanders were captured by the Free Syrian Army near Qusayr.', 'Hezbollah captures'],
    ['Boko Haram fighters have been arrested by Nigerian police in Maiduguri.', 'Boko Haram captures'],
    ['ISIS fighters were reportedly defeated by the Iraqi army near Mosul.', 'ISIS attacks'],
    ['Al-Shabaab militants were expelled by Kenyan troops from the town.', 'Al-Shabaab attacks'],
    ['Five Kenyan soldiers were killed and two Al-Shabaab fighters were wounded near Mandera.', 'Kenyan soldiers attacks'],
    ['The town of Faya was seized by the Chadian army on Monday.', 'Faya captures'],
    ['A suspected Hezbollah courier was arrested in Cyprus last week.', 'Hezbollah captures'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([
    ['Two Hezbollah commanders were captured by the Free Syrian Army near Qusayr.', 'Free Syrian Army captures Hezbollah'],
    ['The Free Syrian Army was capturing Hezbollah fighters near Qusayr.', 'Free Syrian Army captures Hezbollah'],
    ['Hezbollah was attacking the Free Syrian Army near Qusayr.', 'Hezbollah attacks Free Syrian Army'],
    ['The Taliban were fighting Afghan forces in Kunduz.', 'Taliban attacks Afghan forces'],
    ['The Afghan army had retaken Kunduz from the Taliban.', 'Afghan army attacks Taliban'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// helping victims is aid, not an alliance: a group named as victims, a town, a site or a camp is no ally (pipeline.ts withoutNonPartyAllies;
// sentences written for this table)
describe('relation rules: victims are no allies', () => {
  it.each([
    ['Norway is helping refugees in Lebanon with food and shelter.', 'allied_with refugees'],
    ['Canada will continue to assist civilians in Aleppo.', 'allied_with civilians'],
    // a town or a site that troops or aid are sent to is no ally
    ['Ethiopia dispatched 400 troops to Baidoa on Monday.', 'allied_with'],
    ['By Tuesday, Ethiopian soldiers had arrived at Baidoa to support the government offensive.', 'allied_with'],
    ['Egypt deployed artillery and two battalions at Kismayo, and more units were promised.', 'allied_with'],
    ['Norway had also dispatched eight helicopters to the Dadaab camp in the east.', 'allied_with'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
  it.each([
    ['Iran has sent advisers and drones to help the Houthis.', 'Houthis'],
    ['Turkey backed the fighters of the Free Syrian Army.', 'Free Syrian Army'],
  ])('%s -> allied_with %s', (sentence, ally) => {
    expect(edges(sentence).some((e) => e.includes('allied_with') && e.includes(ally))).toBe(true);
  });
});

// known containment (containment.ts) fires where the sentence names the place and its country: a pronoun or a
// description standing for the country ("we", "the country") names neither (sentences written for this table)
describe('known containment: by name only', () => {
  it.each([
    ['Britain condemns the attack. We will host the talks in London next week.', 'London located_in We'],
    ['Iraq is a proud nation. The country will rebuild Mosul.', 'Mosul located_in The country'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence)).not.toContain(edge);
  });
  it.each([
    ['The Foreign Office said the United Kingdom will host the talks in London next week.', 'London located_in United Kingdom'],
    ['Iraqi forces advanced on Mosul, the largest city held by ISIS in Iraq.', 'Mosul located_in Iraq'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// what a person joins as a member is a body; joining a person is meeting them (member-verb; sentences written for
// this table)
describe('member-verb: no membership in a person', () => {
  it.each([
    ['The Home Secretary joined President Macron for talks in Paris.', 'member_of Macron'],
    ['Senator Jane Wilson joined Chancellor Scholz at the summit.', 'member_of Scholz'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
  it.each([['Omar al-Shishani joined the Islamic State in 2013.', 'Omar al-Shishani member_of Islamic State']])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// "our fight against X", "our efforts to defeat X": a first-person possessive makes the fight the speaker's, not that of
// a name before it (engine.ts for subject-inferring rules, {NOT_OURS} in attacks-fight; sentences written for this table)
describe('relation rules: "our" fight is the speaker\'s', () => {
  it.each([
    ['Special Envoy John Allen will meet Kurdish officials in Erbil to discuss our efforts to defeat ISIS.', 'John Allen attacks'],
    ['President Ruto spoke about our campaign against Al-Shabaab at the summit.', 'Ruto attacks'],
    ['Minister Jane Doe praised our continued fight against Boko Haram.', 'Jane Doe attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([
    ['The Government of Iraq continues its fight against ISIL.', 'Government of Iraq attacks ISIL'],
    ['Kenya is focused on fighting Al-Shabaab.', 'Kenya attacks Al-Shabaab'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a country right after a preposition of place (lexicon/words.json `placePrepositions`) is where the sentence is, not
// the country of the title that follows (leads-country-title, member-country-title; sentences written for this table)
describe('country titles: not after a preposition of place', () => {
  it.each([
    ['Talks opened in Chad President Mahamat Deby said on Monday.', 'leads Chad'],
    ['After the flight to Kenya Defence Minister Aden Duale spoke to reporters.', 'member_of Kenya'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
  it.each([
    ["Chad's President Mahamat Deby opened the talks on Monday.", 'Mahamat Deby leads Chad'],
    ["Kenya's Defence Minister Aden Duale spoke to reporters.", 'Aden Duale member_of Kenya'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a list after "including" or "such as" belongs to the noun phrase right before it, and "include" to its subject
// (member-include-list); a list that ends in a place noun names places (sentences written for this table)
describe('member-include-list: the list belongs to the phrase before it', () => {
  it.each([
    ['The Pentagon wants to limit travel from countries such as Iran, Libya and Somalia.', 'member_of Pentagon'],
    ['Al-Shabaab militants captured several towns including Bulo Burde and Jowhar.', 'member_of Al-Shabaab'],
    ['The Syrian Army took several villages including Kafr Nabl and Hish in Idlib province.', 'member_of'],
    ['ISIS fighters stormed the embassy and abducted twelve diplomats, including the Turkish ambassador.', 'member_of'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
  it.each([
    ['The Syrian Democratic Forces, including the YPG and the Syriac Military Council, attacked Raqqa.', 'Syriac Military Council member_of Syrian Democratic Forces'],
    ['The African Union – including Kenya and Ethiopia – must now act.', 'Ethiopia member_of African Union'],
    ['The coalition, whose members include Jordan and Bahrain, struck Raqqa.', 'Bahrain member_of coalition'],
    ['Coalition nations which have conducted strikes in Iraq include Australia, Belgium and Canada.', 'Belgium member_of Coalition'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a country that opens a clause between a rule's first mention and its verb is the verb's subject, nearer than the
// mention (engine.ts `nearerCountrySubject`); an object, a relative clause's subject, a possessor or a conjunct of the
// mention is not (sentences written for this table)
describe('relation rules: a nearer country is the subject', () => {
  it.each([
    ['After the 2006 Lebanon War, Israel attacked Hezbollah positions.', 'Lebanon attacks'],
    ['Weeks after the Lebanon War ended, Israel bombed Hezbollah positions near Tyre.', 'Lebanon attacks'],
    ['4 May 2019; Jamraya, Rif Dimashq: Israel struck a Hezbollah convoy.', 'Jamraya attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([
    ['After the 2006 Lebanon War, Israel attacked Hezbollah positions.', 'Israel attacks Hezbollah'],
    ['Russia and Iran attacked the Free Syrian Army near Aleppo.', 'Russia attacks Free Syrian Army'],
    ['Hezbollah, which Syria has long armed, attacked the Free Syrian Army.', 'Hezbollah attacks Free Syrian Army'],
    ['Saudi Arabia and the UAE hired fighters from Sudan and Chad to fight against the Houthis.', 'Saudi Arabia attacks Houthis'],
    ['The Kenyan army, backed by Uganda and Ethiopia, attacked Al-Shabaab in Kismayo.', 'Kenyan army attacks Al-Shabaab'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// the agent of a passive ("by X") is no subject of a predicate coordinated after it: coordinated predicates share the
// subject before them (engine.ts `AND_PREDICATE`; sentences written for this table)
describe('relation rules: "by X and based in Y" is no location of X', () => {
  it.each([
    ['The Free Syrian Army was founded by Riad al-Asaad and headquartered in Turkey.', 'Riad al-Asaad located_in'],
    ['The militia, trained by Hezbollah and based in Qusayr, attacked the rebels.', 'Hezbollah located_in'],
    ['Rebel groups backed by Turkey and stationed in Afrin attacked the YPG.', 'Turkey attacks'],
    ['The group was created by Abu Mohammad al-Julani and is active in Idlib.', 'Abu Mohammad al-Julani located_in'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([
    ['The convoy was ambushed by Al-Shabaab near Afmadow.', 'Al-Shabaab located_in Afmadow'],
    ['A predawn raid by the YPG captured Tell Brak.', 'YPG captures Tell Brak'],
    ['The town was shelled by the Syrian Arab Army, which also attacked Idlib.', 'Syrian Arab Army attacks Idlib'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a weapon fired or launched is the verb's instrument: its name or maker is no target; the target is the object of
// at/on/against (events/pass.ts `fires`; sentences written for this table)
describe('event targets: a weapon fired is no target', () => {
  it.each([
    ['Rebels fired BGM-71 TOW missiles at government tanks.', 'attacks TOW'],
    ['Overnight, ISIL fired Grad missiles at GNA positions south of Sirte.', 'attacks Grad'],
    ['The militants fired Grad missiles at Peshmerga lines near Kirkuk.', 'attacks Grad'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
  it.each([
    ['Overnight, ISIL fired Grad missiles at GNA positions south of Sirte.', 'ISIL attacks GNA'],
    ['The militants fired Grad missiles at Peshmerga lines near Kirkuk.', 'militants attacks Peshmerga'],
    ['Coalition aircraft destroyed an ISIL tank near Mosul.', 'Coalition attacks ISIL'],
    ['Hezbollah fired Katyusha rockets at Kiryat Shmona.', 'Hezbollah attacks Kiryat Shmona'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// "Berlin, Germany": a country after a comma, where the lexicon puts the place before it, names that place again: no
// conjunct of a list, and no actor when the place is after a preposition (engine.ts `liesIn`; sentences written for this
// table)
describe('relation rules: "City, Country" is one place', () => {
  // (the rules' own edges: the event pass reads its clauses apart)
  it.each([
    ['The envoy Brett McGurk will lead a delegation to Berlin, Germany for talks on Syria.', 'McGurk located_in Germany'],
    ['A drone strike near Sarmada in Idlib, Syria, killed Abu Omar al-Shishani.', 'Syria attacks'],
    ['ISIS fighters in Raqqa, Syria attacked the SDF.', 'Syria attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(evidence(sentence).filter((e) => !e.rule.startsWith('event-') && e.edge.includes(edge))).toEqual([]);
  });
  it.each([
    ['The envoy Brett McGurk will lead a delegation to Berlin, Germany and Rome for talks on Syria.', 'Brett McGurk located_in Rome'],
    ['The envoy Brett McGurk will lead a delegation to Berlin, Germany for talks on Syria.', 'Brett McGurk located_in Berlin'],
    ['ISIS has a presence in Mosul, Syria and Raqqa.', 'ISIS located_in Syria'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a participle followed by "within" is a reduced passive, not an attack on what follows (attacks-verb; sentences written
// for this table)
describe('attacks-verb: "besieged within X" is no attack on X', () => {
  it.each([
    ['Some 40,000 civilians besieged within Madaya need food.', 'civilians attacks'],
    ['Hundreds of families besieged within Eastern Ghouta lack medicine.', 'families attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
  it.each([
    ['Al-Shabaab fighters stormed into Mandera at dawn.', 'Al-Shabaab attacks Mandera'],
    ['The Peshmerga attacked ISIS inside Mosul.', 'Peshmerga attacks ISIS'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a person's own visit, talks or stay in a place (located-own-visit, located-own-visit-fronted; sentences written for
// this table)
describe('located-own-visit: "his visit to X"', () => {
  it.each([
    ['Envoy Jane Holl has finished her talks in Geneva and is flying home.', 'Jane Holl located_in Geneva'],
    ['During his stay in Baghdad, General Mark Hollis toured two bases.', 'Mark Hollis located_in Baghdad'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it.each([
    ['Foreign Minister Anna Berg on Monday cancelled her visit to Turkey.', 'located_in Turkey'],
    ['President Ruto praised his hosts for their visit to Kenya.', 'located_in Kenya'],
    ["President Ruto condemned his rival's trip to Somalia.", 'located_in Somalia'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
});

// what follows a purpose clause is its topic, not where the subject is, unless the purpose is a meeting or a visit
// (located-visit, `{__np}`; sentences written for this table)
describe('located-visit: across no purpose clause', () => {
  it.each([
    ['In May, Ambassador Jane Doe met with Prime Minister Najib Mikati to express concern about the fighting in Tripoli.', 'located_in Tripoli'],
    ['General Mark Hollis visited Amman to plan joint action against ISIS in Syria.', 'Hollis located_in Syria'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
  it.each([
    ['Later, Carter flew to visit U.S. service members at Qayyarah Airfield West.', 'Carter located_in Qayyarah'],
    ['Foreign Minister Lavrov met the Saudi envoy in Moscow to discuss the war in Yemen.', 'Lavrov located_in Moscow'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// the role and its group first, the person named after it in apposition (leads-title-first, member-title-first;
// sentences written for this table)
describe('roles named before the person: "the leader of X, Y"', () => {
  it.each([
    ['The leader of Boko Haram, Abubakar Shekau, appeared in a new video.', 'Abubakar Shekau leads Boko Haram'],
    ['The spokesman for Al-Shabaab, Ali Dhere, denied the claim on Monday.', 'Ali Dhere member_of Al-Shabaab'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it.each([
    // a list of persons with their roles: the role before a name is the name before it's
    ['General Joseph Votel, the commander of CENTCOM, General Stephen Townsend, the commander of the coalition, and others met.', 'Townsend leads CENTCOM'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
});

// a name inside or of a conflict's name ("the 2006 Lebanon War", "the Syrian Civil War") is no party acting in the
// sentence, as a source or an inferred subject (engine.ts EVENT_NAME_AFTER, EVENT_NAME_OWN; sentences written for this
// table)
describe('relation rules: no actor inside a war\'s name', () => {
  it.each([
    ['Since the 2006 Lebanon War, the campaign against Hezbollah has stalled.', 'Lebanon attacks'],
    ['After the Iran-Iraq War ended, the fight against the Kurds resumed.', 'attacks Kurds'],
    ['The Syrian Civil War has drawn in fighters committed to defeating ISIS.', 'Syrian Civil War attacks'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(evidence(sentence).filter((e) => !e.rule.startsWith('event-') && e.edge.includes(edge))).toEqual([]);
  });
  it.each([
    ['After the 2006 Lebanon War, Israel attacked Hezbollah positions.', 'Israel attacks Hezbollah'],
    ['Troops of the 2nd Brigade Combat Team fought ISIS near Mosul.', 'ISIS'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence).some((e) => e.includes(edge))).toBe(true);
  });
});

// a place after a preposition is where, not the doer of a located_in rule's verb (engine.ts; sentences written for this
// table)
describe('located_in: a place after a preposition does not act', () => {
  it.each([
    ['Four Tornados from an air base in Cyprus carried out strikes against ISIS in Syria.', 'Cyprus located_in'],
    ['On Friday the coalition in Syria conducted one airstrike near Palmyra.', 'Syria located_in Palmyra'],
    // strikes from the air or from afar put no one where they land (located-activity-in reads raids, attacks and
    // operations only: on the publishers, CENTCOM's false positives 290 -> 280, the UK government's 39 -> 37)
    ['Coalition military forces conducted 15 strikes against ISIL targets in Syria.', 'Coalition military forces located_in'],
    // a place fronted before the subject locates the subject, not a name deeper in the clause
    ['In Mali, jihadists linked to al-Qaeda ambushed a convoy.', 'al-Qaeda located_in Mali'],
  ])('%s (no "%s")', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
  it.each([
    ['After ISIS killed 21 hostages in Libya, Egypt conducted raids on ISIS camps in Libya.', 'Egypt located_in Libya'],
    ['Kenya carried out three raids in Somalia.', 'Kenya located_in Somalia'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// a participle after a comma has the main clause's subject, not a preposition's object before the comma
describe('relation rules: the subject of a participle adjunct', () => {
  it.each([
    ['The Tarvan Front shelled a shelter for refugees near Faya, killing nine civilians.', 'refugees attacks civilians'],
    ['The army bombed the homes of Kessar villagers on Sunday, wounding dozens of civilians.', 'Kessar villagers attacks civilians'],
    // (a word of the object's phrase between the preposition and the name; fresh row)
    ['Rebels shelled a camp for internally displaced people, killing 12 civilians.', 'displaced people attacks civilians'],
  ])('%s (no %s)', (sentence, edge) => {
    expect(edges(sentence)).not.toContain(edge);
  });
  it.each([
    // no comma: the object of "from" is the doer
    ['Fighters from the Tarvan Front attacked the Chadian army near Faya.', 'Tarvan Front attacks Chadian army'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
});

// the agent of a reduced relative ("X backed by Y") is not the subject of the verb after it
describe('relation rules: the agent of a reduced relative', () => {
  it.each([
    ['K27 rebels backed by Chad seized Faya\'s airport on Monday.', 'Chad captures'],
    ['The Tarvan Front, led by Omar Dalmar, attacked the Chadian army near Faya.', 'Omar Dalmar attacks'],
  ])('%s (no %s)', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.startsWith(edge))).toEqual([]);
  });
});

// an office said of a person after a copula or a verb of taking office, and a country's office holder in apposition,
// a bond named with "ties" or "links", and people who fled somewhere (sentences written for this table, session 22)
describe('relation rules: offices held and bonds named', () => {
  it.each([
    ['Omar Tessali, who served as prime minister of Chad until 2019, died on Monday.', 'Omar Tessali leads Chad'],
    ['Idris Naro became the new commander of the Kessar Brigades in March.', 'Idris Naro leads Kessar Brigades'],
    ['Kamal Idris was appointed as a spokesman for the Ansar Front.', 'Kamal Idris member_of Ansar Front'],
    ["Mahamat Deby, Chad's president, flew to Paris.", 'Mahamat Deby leads Chad'],
    ["Abakar Hassan, Chad's foreign minister, met the envoy.", 'Abakar Hassan member_of Chad'],
    ['The Dalan Brigade, a militia with strong ties to the Nasr Front, shelled the port.', 'Dalan Brigade allied_with Nasr Front'],
    ['The Omari Battalion, which has links to Qatar, withdrew from Faya.', 'Omari Battalion allied_with Qatar'],
    ['Thousands of Kessar villagers fled to the Zamzam camp after the shelling.', 'villagers located_in Zamzam camp'],
    ["Speaking to reporters in Mogadishu, Chad's foreign minister Abakar Hassan denied the claim.", 'Abakar Hassan located_in Mogadishu'],
    // fighting that breaks out between two parties, one of them named by what it is (read again after the generic actors)
    ['Clashes broke out between local militias and Tarvan Front fighters near Faya.', 'militias attacks Tarvan Front'],
    // ... past the named party's acronym in brackets
    ['Clashes between the Kessar Liberation Front (KLF) and tribal gunmen continued near Gao.', 'Kessar Liberation Front attacks gunmen'],
    ["Omar Haji, who oversaw the Tarvan Front's operations in Chad, died on Monday.", 'Omar Haji leads Tarvan Front'],
    // a body named by what it is, based somewhere (read again after the generic actors)
    ["Chad's recognised government, based in the capital of N'Djamena, denied the claim.", "Chad's recognised government located_in N'Djamena"],
    // a group named after another's possessive is part of it; a group absorbed into another too
    ["The Nasr Front's Southern Front withdrew from Faya.", 'Southern Front member_of Nasr Front'],
    ['The Omari Battalion was later absorbed by the Tarvan Front.', 'Omari Battalion member_of Tarvan Front'],
    // armed men named by what they are take, enter or leave places (the rules read again after the generic actors)
    ['Local rebels drove the Tarvan Front out of the town of Faya.', 'rebels captures Faya'],
    ['The next day, government troops entered the town of Faya.', 'government troops located_in Faya'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it.each([
    // the office's object is no person across "and"
    ['Omar Haji was appointed head of military intelligence and Idris Naro became his deputy.', 'leads Idris Naro'],
    // a leading office is no member's ("prime minister" holds "minister")
    ["Mahamat Deby, Chad's prime minister, flew to Paris.", 'member_of'],
    // ties cut or denied are no bond
    ['The Tarvan Front cut its ties to the Nasr Front last year.', 'allied_with'],
    ['The Tarvan Front denied any links to the Nasr Front.', 'allied_with'],
    // a meeting with an office holder holds no office
    ['Omar Haji met the leader of the Tarvan Front in Faya.', 'Omar Haji leads'],
    ['Omar Haji is the target of the Tarvan Front.', 'Omar Haji'],
    // a participle that opens the sentence places its subject only with "in", "at" or "inside" (located-fronted-place)
    ['Returning from Mogadishu, Omar Haji denied the claim.', 'located_in'],
    // a label before a colon is no subject ("Chad: ..." in a headline or a list)
    ['Chad: Gunmen attacked the Tarvan Front near Faya.', 'Chad attacks'],
    // a person overseeing a group's operations does not attack the group
    ["Omar Haji, who oversaw the Tarvan Front's operations in Chad, died on Monday.", 'attacks'],
    // a gap from a subject to its verb crosses no word that opens another clause ("until X ends its war")
    ['The Kessar Brigades vowed to keep up their attacks until Chad ends its war against the Tarvan Front.', 'Kessar Brigades attacks Tarvan Front'],
    // a country in a place phrase with a word of direction is where, not who ("in northern Chad")
    ['Kessar Brigades fighters in northern Chad attacked the Tarvan Front.', 'Chad attacks'],
    // an ally named after a possessive is no part ("Hezbollah's ally, the Amal Movement")
    ["The Tarvan Front's ally, the Kessar Brigades, protested.", 'member_of'],
    // a flight prevented or only tried is no presence (located-took-refuge)
    ['Police stopped the Kessar villagers from fleeing to Faya.', 'located_in'],
    ['Omar Haji tried to flee to Chad in May.', 'located_in'],
  ])('%s (no %s)', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
});

// written fresh for this table (session 23: parts and lists after a possessive pronoun, aid received, asked deeds)
describe('relation rules: parts named with a pronoun, aid received, deeds asked for', () => {
  it.each([
    // a part noun after a possessive pronoun resolved to a group: the names it introduces are parts of that group (the
    // pronoun is the end here; coreference takes it to the group)
    ['The Tarvan Front took Faya in May. Its armed wing, the Kessar Brigades, shelled the port.', 'Kessar Brigades member_of Its'],
    ['The Nasr Front grew fast. Its factions, including the Omari Battalion and the Dalan Brigade, hold the north.', 'Omari Battalion member_of Its'],
    ['The Nasr Front grew fast. Its factions, including the Omari Battalion and the Dalan Brigade, hold the north.', 'Dalan Brigade member_of Its'],
    // an affiliate in apposition after "of": no other name follows the part noun
    ["Villagers hid fighters of the Kessar Brigades, the Tarvan Front's affiliate in the east, for weeks.", 'Kessar Brigades member_of Tarvan Front'],
    // a group given money, arms or training by another (lexicon aidNouns)
    ['The Kessar Brigades receive money and training from Chad.', 'Kessar Brigades allied_with Chad'],
    ['The Omari Battalion, which has received weapons from the Nasr Front, held the ridge.', 'Omari Battalion allied_with Nasr Front'],
    // crimes named as nouns are their subject's, also when a judge of them stands between
    ['The Kessar Brigades were sanctioned by Chad for abuses against Zaghawa villagers.', 'Kessar Brigades attacks Zaghawa'],
    // a group that becomes part of another
    ['In 2019 the Tarvan Brigade formally became part of the Chadian army.', 'Tarvan Brigade member_of Chadian army'],
    // a presence in a described place inside a named one
    ['Chadian troops widened their presence in the border zone in Salamat province.', 'Chadian troops located_in Salamat province'],
    // driven out, the place unsaid
    ['Two years after Malian troops pushed the Tarvan Front out, the town is calm.', 'Malian troops attacks Tarvan Front'],
    // a stop asked for says the deed is done ("urged X to end its attacks on Y")
    ['Chad urged the Kessar Brigades to end their attacks on the Zaghawa.', 'Kessar Brigades attacks Zaghawa'],
    // a description in apposition: the group inside another, and its backer (the apposed description's "X-aligned")
    ['The Omari Battalion, a Chad-aligned militia within the Nasr Front, withdrew.', 'Omari Battalion member_of Nasr Front'],
    // an agreement signed, reached or struck with a party (CAMEO 057)
    ['The Tarvan Front reached a deal with Chad in May.', 'Tarvan Front allied_with Chad'],
    // fighters "from" a group are that group's (not from a place: "fighters from Chad" are Chad's fighters, generic)
    ['Fighters from the Tarvan Front clashed with the Kessar Brigades near Faya.', 'Tarvan Front attacks Kessar Brigades'],
    // a state named by its demonym and "state" is its government
    ['The Kessar Front has waged an insurgency against the Chadian state since 2009.', 'Kessar Front attacks Chadian state'],
    // a group named after a possessive pronoun is the owner's part, also after "by" or "from" (coref/possessed.ts; fresh
    // rows)
    ['The Tarvan Front said the raid was carried out by its Kessar Brigade.', 'Kessar Brigade member_of Tarvan Front'],
    ['The Tarvan Front said fighters from its Kessar Brigade had taken Faya.', 'Kessar Brigade member_of Tarvan Front'],
    // a name in quotation marks is read bare: no quotation (rules/mask.ts; fresh rows)
    ['The "Kessar Shield" movement, led by Omar Haji, shelled Faya.', 'Omar Haji leads Kessar Shield'],
    ['The Tarvan Front seized Dalan from "pro-government militias" in May.', 'Tarvan Front attacks pro-government militias'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it.each([
    // a deed asked of a party is not done (verb class demand)
    ['Chad has demanded that the Kessar Brigades disband and that their fighters leave Faya.', 'withdraws_from'],
    ['The envoy urged the Kessar Brigades to withdraw from Faya.', 'withdraws_from'],
    // ... also ordered or warned (fresh rows)
    ['On Monday, planes dropped leaflets into Faya, warning civilians to leave the city within 72 hours.', 'withdraws_from'],
    ['The general ordered the Kessar Brigades to attack Faya at dawn.', 'Kessar Brigades attacks'],
    ['Sudan called on the Tarvan Front to attack the Kessar Brigades.', 'attacks'],
    // the judge of the crimes did not commit them
    ['The Kessar Brigades were sanctioned by Chad for abuses against Zaghawa villagers.', 'Chad attacks'],
    // aid received by another subject is no bond of the party named first
    ['Unlike the Omari Battalion, the other groups have received weapons from Chad.', 'Omari Battalion allied_with'],
    // "X-backed" modifies its own phrase, not a name after a preposition of place ("a militia within Y")
    ['Idris Kamal joined the Omari Battalion, a Chad-aligned militia within the Nasr Front.', 'Chad allied_with Nasr Front'],
    // the object of a verb done to it is not the subject of a later trigger ("fought Chad in support of X": the
    // subject's support)
    ['The Kessar Brigades fought Chad in support of the Tarvan Front.', 'Chad allied_with'],
    // a possessive pronoun before a name of a group (coref/possessed.ts): not where the name heads a phrase after "of",
    // nor a one-word name
    ['Hezbollah named Wissam Taleb, a leader of its elite Radwan Force, as the dead man.', 'Radwan Force member_of Hezbollah'],
    ['With their objectives completed, the 3rd Battalion and their Peshmerga returned to Erbil.', 'Peshmerga member_of'],
    // a non-violent act against a party is no attack (lexicon grievanceNouns)
    ['Niger and Chad abstained from a separate vote on extending sanctions against Boko Haram leaders in Nigeria.', 'attacks'],
    ['Chad voted against the Tarvan Front in the council.', 'attacks'],
    // a truce is no alliance: enemies stop fighting (CAMEO 0871, a de-escalation)
    ['The Tarvan Front, which held Faya until 2020, signed a truce with the Kessar Brigades.', 'allied_with'],
    // a fight for control of a place is no control of it, nor does a party govern what a relative's own subject holds
    ['The Kessar Brigades were battling for control of the town of Gouro.', 'leads'],
    ['A deal was reached between Chad and the rebels that controlled Gouro.', 'Chad leads'],
    // a place after a compass word only says where what was taken lies
    ['The Kessar Brigades took control of several villages east of Faya.', 'captures'],
    // a phrase on a speaker after a comma is the speaker's, not the clause before ("withdrew ..., a spokesman for X said")
    ['Chadian troops withdrew from the area, a spokesman for the Tarvan Front said.', 'withdraws_from Tarvan Front'],
    // "led by" belongs to the noun phrase right before it, not to a name before a comma further back
    ['After the French-led Tavoren force left in 2021, the junta led by General Omar Haji turned to Moscow.', 'leads Tavoren'],
  ])('%s (no %s)', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
  // a description after a singular copula is the name again ("X is a Chadian militia founded in 2009 by Y": Y leads X)
  it.each([
    ['The Tarvan Front is a Chadian militia founded in 2009 by Omar Tessali.', 'Omar Tessali leads Tarvan Front'],
    // (a lexicon name in lower case, after a name it is known as)
    ['Harakat Hezbollah al-Nujaba, commonly known as al-Nujaba, is an Iraqi Shia militia founded in 2013 by Omar Tessali.', 'Omar Tessali leads Harakat Hezbollah al-Nujaba'],
  ])('a description after "is a" is the name: %s', (text, edge) => {
    const ex = analyzeArticle({ id: 't', title: 't', text });
    const label = new Map(ex.entities.map((e) => [e.id, e.label]));
    expect(ex.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`)).toContain(edge);
  });
  // an acronym inside a compound acronym is not the lexicon's ("CSP-DPA" holds no news agency "DPA")
  it('a compound acronym holds no other', () => {
    const raw = extract({ id: 't', title: 't', text: 'Rebels of the coalition (CSP-DPA) control the north. DPA reported it.' });
    expect(raw.mentions.filter((m) => m.text === 'DPA').map((m) => m.start)).toEqual([53]);
  });
});

describe('relation rules: session 32 readings (fresh sentences)', () => {
  it.each([
    // a participle's reduced relative with "since" and a year inside: the subject is the next verb's ("since" no subordinator)
    ['The Chadian troops deployed in Salamat since 2021 later retook the town of Gouro.', 'Chadian troops captures Gouro'],
    // a state's government before "against", which the tagger's dictionary calls an adjective
    ['Fighting spread in Chad. The Tarvan Mission supports the government against the insurgency.', 'Tarvan Mission allied_with government'],
    // a country's contingents, coordinated by their demonyms
    ['Chadian and Nigerien contingents have already left Gouro.', 'Nigerien contingents withdraws_from Gouro'],
    ['Chadian and Nigerien contingents have already left Gouro.', 'Chadian withdraws_from Gouro'],
    // an acronym defined after a name the patterns typed: its later uses are of that type, and "its" X is its part
    ['Chad suspended talks with the Kessar Liberation Army (KLA). The KLA said its Eastern Tarvan Front had carried out the raid.', 'Eastern Tarvan Front member_of KLA'],
    // armed men loyal to a person are led by the person; loyal to a body, its allies
    ['Rebels loyal to Omar Tessali attacked a garrison near Faya.', 'Omar Tessali leads Rebels'],
    ['The Dalan Brigade, still loyal to the former president Idris Naro, held the airport.', 'Idris Naro leads Dalan Brigade'],
    ['The Kessar Brigades, loyal to the Tarvan Front, withdrew.', 'Kessar Brigades allied_with Tarvan Front'],
    // a word of a no-event pattern ("* &AIRCRAFT [---]") that only modifies the patient's head discards nothing
    ['Chadian warplanes struck Tarvan Front radar sites and drone storage facilities near Faya.', 'Chadian warplanes attacks Tarvan Front'],
    // a relative clause with a subject of its own before the main verb ("which X captured ..., was retaken")
    ['The town of Gouro, which Tarvan Front rebels captured last month, was retaken by Chadian troops.', 'Tarvan Front captures Gouro'],
    // the place a group serves in between the role and the name ("the commander of X in Chad, Y,")
    ['The commander of the Tarvan Front in Chad, Idris Naro, was killed in an ambush.', 'Idris Naro leads Tarvan Front'],
    // ... and with no comma before the name
    ['The leader of Hezbollah Karim Saadi said the ceasefire had failed.', 'Karim Saadi leads Hezbollah'],
    // a deed in a time clause after a harm told in the passive, or a death: the harmed are its target
    ['Two Chadian soldiers were wounded when Kessar Brigades fighters detonated a bomb near Faya.', 'Kessar Brigades attacks Chadian soldiers'],
    ['Four Nigerien soldiers died as Tarvan Front fighters shelled the post.', 'Tarvan Front attacks Nigerien soldiers'],
    // armed men loyal to a person, unnamed, stand for the person as "his forces" do
    ['Forces loyal to Omar Tessali clashed with armed groups near Faya.', 'Omar Tessali attacks armed groups'],
    // fighting after a ceasefire (CAMEO 196 with a verb of fighting) is an attack
    ['The Kessar Brigades killed two Chadian soldiers after the ceasefire.', 'Kessar Brigades attacks Chadian soldiers'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it.each([
    // a headline's source after a comma is no place the place before is in
    ['Rebels shell tanker in Gulf of Tarvel, Chad says', 'located_in Chad'],
    ['Drones hit Gouro, Niger said on Monday.', 'Gouro located_in'],
    // a ceasefire suspended or called off is an announcement, no attack (CAMEO 196 with a verb of ending: cameo-map edgeOfVerb)
    ['Chad suspends ceasefire with the Kessar Brigades after attack on army base.', 'Chad attacks'],
    ['The Kessar Brigades called off their ceasefire with Chad on Monday.', 'attacks'],
    // not a verb that takes a clause: "did not say when" opens its content
    ['Chadian officials did not say when Kessar Brigades fighters would leave Faya.', 'Chadian officials attacks'],
    // loyal to a person: no bond between equals
    ['Rebels loyal to Omar Tessali attacked a garrison near Faya.', 'allied_with'],
  ])('%s (no %s)', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
});

describe('"the fighters" after a group named with that noun is the group', () => {
  const entityOf = (text: string, mention: string) => analyzeArticle({ id: 't', title: 't', text }).entities.find((e) => e.mentions.some((m) => m.text === mention))?.label;
  it.each([
    ['Tarvan Front fighters blocked the road near Faya on Monday. A driver said the fighters had detained two of his colleagues.', 'fighters', 'Tarvan Front'],
    ['Tarvan Liberation Army rebels seized the town of Gouro. Residents said the rebels had looted the market.', 'rebels', 'Tarvan Liberation Army'],
    // another noun of the same agents' sector ("militias", "militiamen")
    ['Tarvan Front militias blocked the road near Faya on Monday. The militiamen had fought beside the army in 2021.', 'militiamen', 'Tarvan Front'],
    // (fresh rows) a present participle between ("the retreating fighters"); the noun before the name, "from" or "of" between
    ['Tarvan Front fighters stormed a base near Faya. Chadian jets later bombed the retreating fighters.', 'fighters', 'Tarvan Front'],
    ['Fighters from the Kessar Brigades stormed a base near Faya. Residents said the fighters looted the market.', 'fighters', 'Kessar Brigades'],
  ])('%s', (text, mention, label) => {
    expect(entityOf(text, mention)).toBe(label);
  });
  it.each([
    // two groups named with the noun: neither
    ['Tarvan Front fighters and Kessar Brigades fighters clashed near Faya. A driver said the fighters had detained two men.', 'fighters'],
    // (a word before the noun that is no participle of what they do: "the foreign fighters" are others)
    ['Tarvan Front fighters stormed a base near Faya. Officials said the foreign fighters had left.', 'fighters'],
  ])('%s (no group)', (text, mention) => {
    expect(['Tarvan Front', 'Kessar Brigades']).not.toContain(entityOf(text, mention));
  });
});

describe('"government troops" are those of the government named last', () => {
  const labelOf = (text: string, mention: string) => analyzeArticle({ id: 't', title: 't', text }).entities.find((e) => e.mentions.some((m) => m.text === mention))?.label;
  it('a government named before, in a report about another country', () => {
    const text =
      'US officials said US jets struck a depot. The US military said the United States would strike again. US officials met US envoys. ' +
      "Chad's internationally recognised government has fought the rebels since 2019. Its prime minister urged the United States to support government troops.";
    expect(labelOf(text, 'government troops')).toBe('security forces (Chad)');
  });
  it('not a government named only as a modifier', () => {
    const text = "Chad's government news agency said on Monday that Sudanese government troops had retaken the town. Sudan said so too.";
    expect(labelOf(text, 'government troops')).not.toBe('security forces (Chad)');
  });
});

describe('relation rules: session 34 readings (fresh sentences)', () => {
  it.each([
    // the subject of coordinated perfect participles, with a party's posts as the first one's object
    ['Since March the Tarvan Front has overrun police stations, freed prisoners and taken control of Faya.', 'Tarvan Front captures Faya'],
    // the harmed of a passive before a time clause whose deed's object is a post, no party ("martyred": the casualty's side's word)
    ['Four soldiers were martyred when Tarvan Front fighters stormed a checkpoint in Faya.', 'Tarvan Front attacks soldiers'],
    ['Three soldiers were killed when gunmen attacked a remote post in Gouro.', 'gunmen attacks soldiers'],
    // a gerund placed in time beside a deed done is a deed done ("before withdrawing", "after capturing")
    ['The following day, the Tarvan Front occupied the local administrative post before withdrawing from Gouro northward.', 'Tarvan Front withdraws_from Gouro'],
    ['After capturing Faya on Monday, the Tarvan Front moved north toward the border.', 'Tarvan Front captures Faya'],
    // a region's office holders and a region's police, by their region
    ["Darfur's regional security minister, Musa Kande, denied the report.", 'Musa Kande member_of Darfur'],
    ['Borno police chief Umar Ali said the attackers had fled.', 'Umar Ali leads Borno police chief'],
    // a part of a force a country's possessive names ("part of Ukraine's Ground Forces"), and a unit so named
    ["Crews of the 12th Artillery Regiment, which is part of Niger's Ground Forces, fired on the convoy.", '12th Artillery Regiment member_of Ground Forces'],
    ["Scouts of the 5th Brigade, part of Chad's Ground Forces, reached Faya.", '5th Brigade member_of Ground Forces'],
    ["Russia's 41st Combined Arms Army attacked the village of Lyptsi.", '41st Combined Arms Army member_of Russia'],
    // soldiers named by what they are, seized, are captured (a country's national force or not)
    ['Tarvan Front fighters captured 20 government soldiers near Faya.', 'Tarvan Front captures government soldiers'],
    ['The minister said the Tarvan Front had captured 20 Kenyan soldiers.', 'Tarvan Front captures Kenyan soldiers'],
    // ... but a country's troops sent abroad place the country there, as before
    ['Chad has deployed 1,000 troops to the Kidal region after the attacks.', 'Chad located_in Kidal region'],
    // a province's chief minister heads it (lexicon roles.leads)
    ['Sindh Chief Minister Murad Ali Shah visited the flooded districts.', 'Murad Ali Shah leads Sindh'],
    ["Punjab's chief minister, Maryam Nawaz, opened the hospital.", 'Maryam Nawaz leads Punjab'],
  ])('%s -> %s', (sentence, edge) => {
    expect(edges(sentence)).toContain(edge);
  });
  it.each([
    // the object of a verb of doing (past or perfect participle) is no subject of the verbs coordinated after it
    ['Since March the Tarvan Front has overrun police stations, freed prisoners and taken control of Faya.', 'police captures'],
    ['The Kessar Brigades attacked Chadian troops near Gouro, capturing the town of Faya.', 'Chadian troops captures'],
    ['By June the army had seized Kessar Hill and captured Gouro, cutting the road to Faya.', 'Kessar Hill captures'],
    // a role of leading before the name is no membership ("prime minister" is no "minister" here)
    ["Israel's prime minister Yair Ben-David declared support.", 'member_of'],
    // a country's possessive before a region: the town lies in the region (located-place-possessive gives the region's country)
    ["Gunmen raided Tissi, a town in Chad's Sila region, at dawn.", 'Tissi located_in Chad'],
    // a country is never where a place inside it is: its troops sent there are (a generic actor)
    ['Mali has sent 2,000 soldiers to the Gao region after the attacks.', 'Mali located_in'],
    // the speakers of a plural "say" inside a relative clause are no subject of its passive
    ['The Tarvan Front, which UN experts say is backed by Libya, denies receiving weapons.', 'UN allied_with'],
    // ... but not beside a deed only planned, or denied
    ['The Tarvan Front plans to move north after capturing Faya.', 'captures Faya'],
    ['The Tarvan Front did not move north after capturing Faya.', 'captures Faya'],
  ])('%s (no %s)', (sentence, edge) => {
    expect(edges(sentence).filter((e) => e.includes(edge))).toEqual([]);
  });
});

describe("a region the lexicon puts in a country has forces and a government of its own", () => {
  it.each([
    ['Puntland forces retook the port of Eyl on Monday.', 'security forces (Puntland)'],
    ['The Jubaland government condemned the attack on Monday.', 'government of Jubaland'],
  ])('%s', (text, label) => {
    expect(analyzeArticle({ id: 't', title: 't', text }).entities.map((e) => e.label)).toContain(label);
  });
});

describe("relation rules: a country's titled person is whom an act is done to (fresh rows)", () => {
  // "the killing of Iran's General X": the country owns the title, the act is done to the person (rules/engine.ts
  // ownedPerson); the title rules read the country
  it.each([
    ["The Tarvan Front claimed the killing of Niger's Interior Minister Idris Kamal.", 'Tarvan Front attacks Idris Kamal', 'Tarvan Front attacks Niger'],
    ["The Kessar Brigades abducted Chad's General Omar Haji near Faya.", 'Kessar Brigades captures Omar Haji', 'Kessar Brigades captures Chad'],
  ])('%s', (text, expected, wrong) => {
    const e = edges(text);
    expect(e).toContain(expected);
    expect(e).not.toContain(wrong);
  });
});

describe("relation rules: a role of an armed body named after a group's possessive leads that body (fresh rows)", () => {
  it('the commander of a group\'s brigade leads the brigade and is a member of the group', () => {
    const e = edges("Colonel Idris Kamal, the commander of the Tarvan Front's 4th Brigade, said the road was open.");
    expect(e).toContain('Idris Kamal leads 4th Brigade');
    expect(e).toContain('Idris Kamal member_of Tarvan Front');
    expect(e).not.toContain('Idris Kamal leads Tarvan Front');
  });
  it("an office's body after a possessive is not what the office's director leads", () => {
    const e = edges("Omar Haji, director of the Office for Regional Cooperation of Chad's Defence Council, met the envoy.");
    expect(e).not.toContain('Omar Haji leads Defence Council');
  });
});

describe('relation rules: "led by" after a person leads no person (fresh row)', () => {
  it('a faction loyal to a late leader and now led by another is led by the other, not the late leader', () => {
    const e = edges('The Kessar faction loyal to the late Omar Tessali and now led by Idris Kamal attacked Faya.');
    expect(e).not.toContain('Idris Kamal leads Omar Tessali');
  });
});
