/**
 * Readings that carry to texts of new publishers: who a pronoun or a
 * description is, names a text writes in its own way (emphasis marks, a
 * unit's numbered acronym, a numbered front, "X alias "Y""), and relations
 * said through an apposition, a possessive or a copula. Each row is an
 * article through extraction and resolution, its edges by entity label:
 * [text, edge that must be there] and [text, edge that must not].
 * Every sentence is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { extract } from '../../src/extract/index.ts';

function edges(text: string): string[] {
  const ex = analyzeArticle({ id: 't', title: 't', text });
  const label = new Map(ex.entities.map((e) => [e.id, e.label]));
  return ex.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`);
}
function labels(text: string): string[] {
  return analyzeArticle({ id: 't', title: 't', text }).entities.map((e) => e.label);
}
function entityOf(text: string, mention: string): { label: string; kind: string; type: string } | undefined {
  const e = analyzeArticle({ id: 't', title: 't', text }).entities.find((x) => x.mentions.some((m) => m.text === mention));
  return e && { label: e.label, kind: e.kind, type: e.type };
}

describe('coreference: who a pronoun or a description is', () => {
  it.each([
    // a copula with no clause after it: "It" is the party named before
    ['The Tarvan Front remains active. It was responsible for the attack on the Kessar Brigade in March.', 'Tarvan Front attacks Kessar Brigade'],
    // "the group" in a sentence that names one group before it is that group, whatever other group the last sentence named
    ['Omar Haji joined the Kessar Front in 2004. Years later the Tarvan Front began shelling Faya, in what the group\'s leader, Idris Naro, called a warning.', 'Idris Naro leads Tarvan Front'],
    // a description of a town after a second town named in a locative aside is the first town
    ['Elders of Dorum, also in Baran, said the soldiers withdrew from the village in May.', 'withdraws_from Dorum'],
  ])('%s -> %s', (text, edge) => {
    expect(edges(text).some((e) => e.includes(edge))).toBe(true);
  });
  it('an object "it" after a preposition is not its own clause\'s subject, nor any mention of that subject', () => {
    const front = analyzeArticle({ id: 't', title: 't', text: 'The Kessar Front held Tarsa for a year. In May the Kessar Front withdrew from it.' }).entities.find((e) => e.label === 'Kessar Front');
    expect(front?.mentions.map((m) => m.text)).toEqual(['Kessar Front', 'Kessar Front']);
  });
  it.each([
    // (guards: a clause after a judging word, "it" stands for nothing, as before the copula was read more closely)
    ['The Tarvan Front shelled Faya. It is unclear whether anyone was hurt.', 'Tarvan Front'],
    ['The Tarvan Front shelled Faya. It was reported that two shops burned.', 'Tarvan Front'],
  ])('%s (no "It" for %s)', (text, label) => {
    expect(analyzeArticle({ id: 't', title: 't', text }).entities.find((e) => e.label === label)?.mentions.map((m) => m.text)).not.toContain('It');
  });
  it('an anaphor in apposition to a force and its acronym is that force, and its backer sides with it', () => {
    const text = 'The Tarvan Front denied it. In 1998 he was held by the Kessar Guard (KG), the Libyan-backed militia that ran the border posts.';
    expect(entityOf(text, 'militia')?.label).toBe('Kessar Guard');
    expect(edges(text).filter((e) => e === 'Libya allied_with Kessar Guard' || e === 'Kessar Guard allied_with Libya')).toHaveLength(1);
  });
});

describe('names a text writes its own way', () => {
  it('a name whose words look like a person\'s is a place where the words around it put a place ("travel to X")', () => {
    const text = 'Rebels captured Omar Dera, a district town in Sila, in May. Officials said the rebels would not hold Omar Dera for long. Aid workers should not travel to Omar Dera until further notice.';
    expect(entityOf(text, 'Omar Dera')?.kind).toBe('place');
  });
  it('emphasis marks around a name are read as blanks; the evidence keeps the text as written', () => {
    const text = 'Rebel units captured **Korvanka** in early January after a battle that lasted weeks.';
    const ex = analyzeArticle({ id: 't', title: 't', text });
    const town = ex.entities.find((e) => e.label === 'Korvanka');
    expect(town?.kind).toBe('place');
    const rel = ex.relations.find((r) => r.type === 'captures' && r.target === town?.id);
    expect(rel?.evidence[0]?.sentence).toBe(text);
    // (marks of list items flattened into one line close nothing and are left as they are)
    expect(extract({ id: 't', title: 't', text: '***Kessar Front ***Tarvan Brigade' }).text).toBe('***Kessar Front ***Tarvan Brigade');
  });
  it('a unit acronym that opens with its number is the unit, where defined and after', () => {
    const text = 'Troops of the 41st Infantry Battalion (41IB) clashed with rebels. Captain Omar Tessali, commander of the 41IB, said the rebels fled.';
    expect(entityOf(text, '41IB')?.label).toBe('41st Infantry Battalion');
    expect(edges(text)).toContain('Omar Tessali leads 41st Infantry Battalion');
    // (no name starts inside a word: no "IB", no "LD" of "MiG-23MLD")
    expect(labels(text)).not.toContain('IB');
    expect(labels('A MiG-23MLD crashed near Tarsa on Monday.')).not.toContain('LD');
  });
  it.each([
    ['Soldiers arrested Idris Naro, the commanding officer of Guerrilla Front 7, in Tarsa.', 'Guerrilla Front 7'],
    ['A bomb struck a truck of Ranger Task Force 12 near Tarsa.', 'Ranger Task Force 12'],
  ])('a numbered front or task force keeps its number: %s', (text, label) => {
    expect(labels(text)).toContain(label);
  });
  it('"X alias "Y"" without a comma is one person, the object of the verb before it', () => {
    const text = 'Soldiers arrested Idris Naro alias "Abu Karim" near Tarsa on Monday.';
    expect(entityOf(text, 'Abu Karim')?.label).toBe('Idris Naro');
    expect(edges(text).some((e) => e.endsWith('captures Idris Naro'))).toBe(true);
  });
  it('two names before a place unit in the plural are two places of that unit', () => {
    // (the name tagger reads "Yala and Narathiwat" as one name here)
    const text = 'Curfews were imposed in Pattani, Yala and Narathiwat provinces after the bombings.';
    const found = labels(text);
    expect(found).toContain('Yala');
    expect(found).toContain('Narathiwat');
    expect(found).not.toContain('Yala and Narathiwat');
  });
  it('an unknown name with a group noun after a possessive is a group: "its X group"', () => {
    expect(entityOf('The defence ministry said its Dalan group had retaken the settlement.', 'Dalan')?.kind).toBe('actor');
  });
  it('a described community in apposition makes a place of an unknown name', () => {
    expect(entityOf('Korba Dawa, a herding community of about 3,000 people in Baran district, was raided.', 'Korba Dawa')?.kind).toBe('place');
  });
  it('a part of a dotted abbreviation is no name ("FF.AA." holds no "AA", the news agency)', () => {
    const found = labels('Police units, backed by the Armed Forces (FF.AA.), arrested two men in Tarsa.');
    expect(found.filter((l) => /^(?:FF|AA|Anadolu Agency)$/.test(l))).toEqual([]);
  });
  it('a group\'s appositions after its bracketed gloss are still its own, an adverb opening their phrase', () => {
    const text = "The Kessar Front (Front de libération du Kessar, FLK), a coalition of mainly Tuareg movements, claimed to have ambushed a convoy of the Malian army.";
    expect(edges(text).some((e) => e.startsWith('Kessar Front attacks Malian'))).toBe(true);
  });
  it('"directed by" a person leads the group', () => {
    expect(edges('The Tarvan Front, directed by the veteran jihadist Omar Tessali, imposed a blockade.')).toContain('Omar Tessali leads Tarvan Front');
  });
  it('a named column is an armed group, "Column" a head of its names', () => {
    expect(entityOf('Gunmen of the Dorum Ramos column kidnapped a teacher in Tarsa.', 'Dorum Ramos')?.type).toBe('armed_group');
    expect(entityOf('The Dorum Ramos Mobile Column shelled Tarsa.', 'Dorum Ramos Mobile Column')?.type).toBe('armed_group');
  });
  it('vigilance committees are armed men of a body no state names as its own', () => {
    expect(entityOf('Local vigilance committees repelled a raid on Dorum, in northern Cameroon.', 'vigilance committees')?.type).toBe('armed_group');
  });
  it.each([
    ['Unidentified gunmen shot dead two park rangers near Tarsa on Monday.', 'rangers'],
    ['Rebels killed six jawans in an ambush near Tarsa.', 'jawans'],
  ])('a state\'s rangers and jawans are its security forces: %s', (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe('force');
  });
  it('"armed youth" are unnamed armed men, an armed group, not civilians', () => {
    expect(entityOf('On Monday armed youth stormed the market in Tarsa, Chad.', 'armed youth')?.type).toBe('armed_group');
  });
  it('Africa Corps is a Russian force of its own, not the Wagner Group', () => {
    const text = 'In Mali, Wagner was replaced by Africa Corps last year.';
    expect(entityOf(text, 'Africa Corps')?.label).toBe('Africa Corps');
    expect(entityOf(text, 'Wagner')?.label).toBe('Wagner Group');
  });
  it.each([
    ['Police arrested four members of Los Zorros in Machala on Monday.', 'Los Zorros', 'armed_group'],
    ['Soldiers entered Los Palmitos on Monday.', 'Los Palmitos', 'city'],
  ])('a Spanish article opens a band\'s name unless the words before make it a place: %s', (text, mention, type) => {
    expect(entityOf(text, mention)?.type).toBe(type);
  });
  it('a military district is a force, not a place', () => {
    expect(edges('The 3rd Combined Arms Army, part of the Western Military District, shelled Tarsa.')).toContain('3rd Combined Arms Army member_of Western Military District');
  });
  it('a name in apposition to a possessed role is the person who holds it ("the X\'s spokesperson, Y,")', () => {
    const text = "Officials met the Tarvan Front's spokesperson, Kway Nay Oo, in Faya. The group's leader, Saw Ba Tin, denied it.";
    expect(entityOf(text, 'Kway Nay Oo')?.type).toBe('person');
    expect(edges(text)).toContain('Kway Nay Oo member_of Tarvan Front');
    expect(labels(text)).toContain('Saw Ba Tin');
  });
  it('a capitalised compass adjective before a known place is no name of its own: the known place is the mention', () => {
    expect(labels('Shelling continued across Northern Shan State and Eastern Homs Governorate.')).toEqual(expect.arrayContaining(['Shan State', 'Homs Governorate']));
    expect(labels('Shelling continued across Northern Shan State and Eastern Homs Governorate.').filter((l) => /^(?:Northern|Eastern)/.test(l))).toEqual([]);
  });
  it("a person's name found elsewhere ends a longer capitalised guess: the words before it are no part of it", () => {
    const text = "In June, the bloc's Director-General of Justice and Home Affairs Anton de Vlaeminck estimated that 500 fighters had left. The bloc's coordinator, Anton de Vlaeminck, said that 600 fighters had left.";
    expect(analyzeArticle({ id: 't', title: 't', text }).entities.find((e) => e.label === 'Anton de Vlaeminck')?.mentions.length).toBe(2);
    expect(labels(text).filter((l) => /Affairs/.test(l))).toEqual([]);
  });
  it('a nickname in quotation marks inside a name is the person\'s alone later too (mentions/nicknames.ts)', () => {
    const text = 'Police arrested Marco "El Flaco" Duarte in Culiacán on Monday. El Flaco was flown to the capital.';
    const e = analyzeArticle({ id: 't', title: 't', text }).entities.find((x) => x.label === 'Marco Duarte');
    expect(e?.type).toBe('person');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Marco "El Flaco" Duarte', 'El Flaco']);
  });
  it('an unknown name an apposition calls a community is a place, whatever type its shape gave it', () => {
    expect(entityOf('Gunmen raided Mbaa-Tiev, a farming community in Guma, on Monday.', 'Mbaa-Tiev')?.kind).toBe('place');
  });
  it('one unknown word an apposition calls a village is a place, in the unit its phrase names', () => {
    const text = 'Troops burned Dorra, a village in the municipality of Tarsa, on Sunday.';
    expect(entityOf(text, 'Dorra')?.kind).toBe('place');
    expect(edges(text)).toContain('Dorra located_in Tarsa');
  });
  it('a chief of the general staff leads the force his title names', () => {
    expect(edges('General Musa Kodi, Chief of General Staff of the Kessar Front, signed the order.')).toContain('Musa Kodi leads Kessar Front');
  });
  it('a speaker after "said" is not cut at an abbreviation in a title', () => {
    const text = '"The charges are serious," said Acting U.S. Attorney Maria Delgado.';
    expect(labels(text)).not.toContain('Acting U');
    expect(labels(text)).toContain('Maria Delgado');
  });
});

describe('relations through an apposition, a possessive or a copula', () => {
  it.each([
    ['The Kessar Brigade, a new formation of the Tarvan Army, took over the bridge.', 'Kessar Brigade member_of Tarvan Army'],
    ['Soldiers arrested Idris Naro, the commanding officer of the Kessar Front, near Tarsa.', 'Idris Naro leads Kessar Front'],
    // (guard: the member's edge stays when the leader's role words grow)
    ['In 1950 army officer Idris Naro took power in Chad.', 'Idris Naro member_of'],
    ['Rebels shelled Korba, a market town of mud houses near the river in Baran district.', 'Korba located_in Baran district'],
    ['Gunmen raided Dorum in Chad\'s restive Sila region on Monday.', 'Sila region located_in Chad'],
    // (guard: the captor after the possessor; the possessor's edge is the must-not row below)
    ['Idris Naro was detained by Chad\'s Directorate of Intelligence in Abeche.', 'Directorate of Intelligence (Chad) captures Idris Naro'],
    ['The 12th Battalion remains under the operational control of the 5th Division.', '12th Battalion member_of 5th Division'],
    // a band of men is those men
    ['At dawn a group of armed men ambushed a convoy of the Tarvan Army near Faya.', 'attacks Tarvan Army'],
    // a withdrawal with nothing left named, by men a relative clause stations somewhere, leaves that place
    ['Soldiers who had been stationed in Dorum withdrew towards Faya after a week of raids.', 'withdraws_from Dorum'],
    // ... or by a party that went into a place or attacked it in the clause it hangs on (fresh rows)
    ['Kessar Front gunmen stormed Dorum at dawn and withdrew two hours later.', 'Kessar Front withdraws_from Dorum'],
    ['Kessar Front fighters entered Korba and fought the police for an hour before pulling out.', 'Kessar Front withdraws_from Korba'],
    // a post left in a township is the township left ("township" a place unit)
    ['Junta troops pulled out of their last outpost in Korba township on Sunday.', 'withdraws_from Korba township'],
    // a timeline's date before a spaced dash is no subject
    ['9 March - Rebel units raid the village of Dorum at night.', 'Rebel units attacks Dorum'],
    // "they" after a subordinator is the opening subject, also when its men open the sentence ("Fighters of the X")
    ['Fighters of the Kessar Front have shelled Tarvan Army posts since May, when they captured the town of Dorum.', 'Kessar Front captures Dorum'],
    // a place with its country or province in brackets lies in it
    ['Gunmen raided the village of Korba (Sila province) on Monday.', 'Korba located_in Sila province'],
    // a support rule's subject past the plural noun of its men ("Troops of the X, deployed in support of Y")
    ['Troops of the Tarvan Army, deployed in support of the Kessar Guard, moved to Faya.', 'allied_with'],
    // ", also in Y" makes a place of an unknown name
    ['Gidan Musa, also in Sila province, has seen repeated shelling.', 'Gidan Musa located_in Sila province'],
    // a party's armed body after its possessive and its bracketed acronym
    ["The Kessar Unity Party's (KUP) Dalan Brigade shelled the port.", 'Dalan Brigade member_of Kessar Unity Party'],
    // a group's members or fighters "of" it back a party as the group does
    ['Chadian soldiers, backed by members of local vigilance committees, repelled a raid on Tarsa.', 'security forces (Chad) allied_with vigilance committees (Chad)'],
    // a hyphenated title before the leader's name is the title ("Commander-in-Chief")
    ['The Kessar Front fought in Faya. It is led by Commander-in-Chief Omar Tessali.', 'Omar Tessali leads Kessar Front'],
    // a deed seen as it is done is done, no intention ("were seen fighting alongside")
    ['Kessar Front fighters were seen fighting alongside junta troops near Faya.', 'allied_with'],
    // a person of a body, past its acronym, before a verb of testifying
    ['Sergeant Ali Dogo of the Rapid Response Unit (RRU) testified that the road was mined.', 'Ali Dogo member_of Rapid Response Unit'],
    // allies from a group named after them
    ['Army units and their allies from the Kessar Brigades withdrew from Tarsa.', 'allied_with'],
    // "both in" after a list places each member
    ['Troops moved to the Dorum camp and the Karvi camp, both in Sila province, and to the Faya camp in Borkou.', 'Dorum camp located_in Sila province'],
    // a coalition's fighters of a group, and a group's members in apposition
    ['The Kessar Alliance includes fighters of the Tarvan Front.', 'Tarvan Front member_of Kessar Alliance'],
    ['Rockets were fired by members of the Dalan Brigades, the armed wing of the Kessar Front.', 'Dalan Brigades member_of Kessar Front'],
  ])('%s -> %s', (text, edge) => {
    expect(edges(text).some((e) => e.includes(edge))).toBe(true);
  });
  it.each([
    // (a leader's role is no member's: "commanding officer")
    ['Soldiers arrested Idris Naro, the commanding officer of the Kessar Front, near Tarsa.', 'Idris Naro member_of Kessar Front'],
    // (a possessor of the captor is not the captor)
    ['Idris Naro was detained by Chad\'s Directorate of Intelligence in Abeche.', 'Chad captures Idris Naro'],
    // (a member's role word is not a leader's: "officer", not "commanding officer")
    ['In 1950 army officer Idris Naro took power in Chad.', 'Idris Naro leads'],
    // (guard: a policy towards a place is no place in the possessor)
    ["Chad's policy towards Borkou is based on a blockade.", 'Borkou located_in Chad'],
    // (police of another country named in an article leave its soldiers the article's)
    ['FAYA, Chad - Rebels ambushed a military convoy near Tarsa, killing five soldiers. Their leader was later arrested by Norwegian police in Oslo.', 'security forces (Norway)'],
    // (a bracketed name that is no province nor country is another name of the place)
    ['Rebels set up Kessaria (West Dorum), a zone within Chad.', 'Kessaria located_in West Dorum'],
    // (a participle after a possessive describes the noun: no capture by the possessor)
    ['The Kessar Front obeyed the call of its imprisoned founder Omar Tessali.', 'Kessar Front captures Omar Tessali'],
    // (a place after "and to" is no conjunct of the list before it)
    ['Troops moved to the Dorum camp and the Karvi camp, both in Sila province, and to the Faya camp in Borkou.', 'Dorum camp located_in Borkou'],
  ])('%s (no %s)', (text, edge) => {
    expect(edges(text).filter((e) => e.includes(edge))).toEqual([]);
  });
});

describe('a unit named by its echelon, an attack led', () => {
  it.each([
    // a unit in apposition to a possessed echelon is part of the possessor (lexicon unitEchelons)
    ["The GOE, the Kessar Police's special operations battalion, entered the district at dawn.", 'GOE member_of Kessar Police'],
    // a named unit "of" a named force is part of it; "comprising" lists a force's parts
    ['The Mobile Strike Battalion (MSB) of the Kessar Police raided Faya.', 'Mobile Strike Battalion member_of Kessar Police'],
    ['Security forces comprising the Tarvan Brigade and the Dalan Battalion held the pass.', 'Tarvan Brigade member_of Security forces'],
    // a part named in apposition after a possessor with its article ("X, the Y's armed wing") makes the unknown X a group
    ["Gunmen from a faction of Dorvan, the Tarvan Front's armed wing, abducted three deminers.", 'Dorvan member_of Tarvan Front'],
    // a role "at" an unknown name makes it a body where people work
    ['"It is fear," said Lena Varga, a coordinator at Casa Norte.', 'Lena Varga member_of Casa Norte'],
    // an apposition whose phrase's object carries a bracketed acronym still renames the subject before it
    ['Radio Kessar, the radio station of the UN mission (UNMIK), reported that the Tarvan Front had shelled Gouro.', 'Radio Kessar reports Tarvan Front'],
    // "led the assault on X" launches it (verb class launch)
    ['The Dalan Brigade led the assault on Tarsa in March.', 'Dalan Brigade attacks Tarsa'],
  ])('%s -> %s', (text, edge) => {
    expect(edges(text)).toContain(edge);
  });
});

describe('events: shared objects, weapons placed, what a party owns, parts of a place', () => {
  it.each([
    // two verbs side by side share the second's object ("abducted and killed X")
    ['Gunmen abducted and killed three herders near Faya.', 'captures herders'],
    // a weapon set off beside its target (verb class place-weapon; "under", "near")
    ['Rebels detonated a roadside bomb near a Chadian army patrol outside Faya.', 'attacks security forces (Chad)'],
    // a party's vehicle "of" it is that party (lexicon materielNouns)
    ['The Kessar Front shelled a vehicle of the Tarvan Brigade near Faya.', 'Kessar Front attacks Tarvan Brigade'],
    // a part of a place is the place (lexicon placePartNouns)
    ['By June the Kessar Front had withdrawn from large parts of Tarsa.', 'Kessar Front withdraws_from Tarsa'],
  ])('%s -> %s', (text, edge) => {
    expect(edges(text).some((e) => e.includes(edge))).toBe(true);
  });
});

describe('format reader: labelled turns (transcripts, interviews, parliamentary records)', () => {
  const transcript = [
    'Oral answers to questions',
    '',
    'Dr Lena Varga (Northfield) (Lab): What assessment has been made of the Kessar Front?',
    '',
    'The Minister for Africa (Omar Haji): The Kessar Front remains the main threat, and it is still supported by the Tarvan Brigades.',
    '',
    'Q: And the army?',
    '',
    'Omar Haji: The Chadian army has withdrawn from two posts.',
  ].join('\n');
  it('a person who labels a turn quotes what the turn names', () => {
    const found = edges(transcript);
    expect(found).toContain('Omar Haji quotes Kessar Front');
    expect(found).toContain('Omar Haji quotes Tarvan Brigades');
    expect(found).toContain('Lena Varga quotes Kessar Front');
  });
  // a broadcast: the journalists' roles in brackets, a later label by surname, a speaker in capitals (fresh text)
  const broadcast = [
    'MARA LINDQVIST (HOST): Good evening. We start with the Kessar Front.',
    '',
    'TOMAS RIEL (CORRESPONDENT): Thanks, Mara. The Tarvan Brigades shelled Faya on Monday.',
    '',
    'LINDQVIST: And what does the Kessar Front say?',
    '',
    'ODO BARANKA (KESSAR FRONT SPOKESMAN): The Tarvan Brigades are shelling our villages.',
  ].join('\n');
  it('a journalist quotes no one; a speaker labelled in capitals does', () => {
    const found = edges(broadcast).filter((e) => e.includes(' quotes '));
    expect(found).toContain('ODO BARANKA quotes Tarvan Brigades');
    expect(found.filter((e) => /LINDQVIST|RIEL|Mara|Tomas/i.test(e.split(' quotes ')[0]!))).toEqual([]);
    expect(entityOf(broadcast, 'ODO BARANKA')?.type).toBe('person');
  });
  it('labels of roles, times and titles name no speaker', () => {
    const found = edges(['Armies Without States: The Tarvan Front and its wars. Kessar Press, 2002.', 'Wars Without End: The Dalan Brigade. Kessar Press, 2004.', '10:45 GMT: The Dalan Brigade shelled Faya.'].join('\n'));
    expect(found.filter((e) => e.includes(' quotes '))).toEqual([]);
  });
});


describe("a state's forces' named units, a role's remit", () => {
  it.each([
    // a named unit after a generic force's possessive, or "of" it, or in apposition to its part noun, is part of it
    ["The army's 4th Battalion withdrew from Tarsa.", '4th Battalion member_of security forces'],
    ["Chadian soldiers of the army's 4th Battalion entered Faya.", '4th Battalion member_of security forces (Chad)'],
    ['The 2nd Battalion of the army held the pass near Faya.', '2nd Battalion member_of security forces'],
    ["Reinforcements came from Task Force Kora, which is the army's unit for the north.", 'Task Force Kora member_of security forces'],
    // a part in apposition after a preposition ("by X, Y's component")
    ["The ambush was carried out by the Dalan Brigade, the Nasr Front's southern component, which holds Abeche.", 'Dalan Brigade member_of Nasr Front'],
    // a role with its remit ("minister for refugees") is still the group's, and the deed done to the role is done to the person
    ["The Tarvan Front's minister for refugees and returns, Idris Kamal, resigned.", 'Idris Kamal member_of Tarvan Front'],
    ["Gunmen killed the Tarvan Front's minister for refugees, Idris Kamal, in Faya.", 'attacks Idris Kamal'],
    // a light verb's own campaign ("its own operation"), its name between commas, is no attack on the launcher
    ['The Kessar Front launched its own operation, called Iron Fist, against the Tarvan Brigade.', 'Kessar Front attacks Tarvan Brigade'],
    // stepping up attacks is attacking (verb class launch)
    ['The Kessar Front has multiplied attacks against the positions of the Tarvan Brigade.', 'Kessar Front attacks Tarvan Brigade'],
    // "with" men doing something, no comma before it: whom the fight is with
    ['The Tarvan Army engaged in combat with Kessar Brigade units trying to storm Faya.', 'Tarvan Army attacks Kessar Brigade'],
    // who leads a body, read from the clause: a passive coordinated in a relative, an active coordinated verb
    ['The Kessar Front, which has besieged Faya since 2022 and is now led by Idris Kamal, rejected the deal.', 'Idris Kamal leads Kessar Front'],
    ['Omar Haji founded and still runs the Tarvan Brigade, a militia of some 300 men.', 'Omar Haji leads Tarvan Brigade'],
    // ... and a relative on a description is on what it describes: an apposition at the sentence's end, a copula's subject
    ['The column belongs to the Tarvan Front, the dissident coalition led by Omar Haji.', 'Omar Haji leads Tarvan Front'],
    ['According to the court, the Kessar Cartel is a criminal organisation led by Omar Haji.', 'Omar Haji leads Kessar Cartel'],
    // acting in the field alongside another party is an alliance, through a relative; a name's compound says who leads the ally
    ['A faction of the Tarvan Brigade, which has operated alongside the Kessar Front in Faya, is under investigation.', 'Kessar Front allied_with Tarvan Brigade'],
    ['The Omari Battalion is allied with the Hezbollah-led Kessar Alliance.', 'Kessar Alliance allied_with Omari Battalion'],
    // an irregular past the tagger reads as a noun, in a clause a subordinator opens before the comma: a town overrun is taken
    ['When the Tarvan Front (TF) overran Kidal in 2012, it killed dozens of men.', 'Tarvan Front captures Kidal'],
    // a count of a group's people named after it, ages between: each one is taken, and each one is a member
    ['Police arrested three members of the Tarvan Front, Ahmed Hassan (34) and Musa Kande (28), in Faya.', 'captures Ahmed Hassan'],
    ['Police arrested three members of the Tarvan Front, Ahmed Hassan, 34, and Musa Kande, 28, in Faya.', 'captures Musa Kande'],
    ['Police arrested three members of the Tarvan Front, Ahmed Hassan (34) and Musa Kande (28), in Faya.', 'Musa Kande member_of Tarvan Front'],
    // an encampment is a post: leaving one in a place leaves the place (lexicon facilityNouns)
    ['After the clash, the Tarvan Front withdrew from its encampment in Gouro and fled north.', 'Tarvan Front withdraws_from Gouro'],
    // a sentence-final frame of telling with whom it told reports the clauses before it
    ['Soldiers of the Tarvan Army pulled back from the town at night, district governor Omar Haji told reporters.', 'Omar Haji quotes Tarvan Army'],
    // a weapon's deed told by a relative on it is done by whoever set it off ("cadres" are rebels: generic-actors.json)
    ['Maoist cadres triggered an IED that killed eight soldiers near Faya.', 'rebels (in t) attacks security forces (in t)'],
    // a second participle after a promoted one modifies the object ("arrested three men suspected of ..."), no clause of its own
    ['Police in Faya arrested three men suspected of planning a bombing.', 'captures civilians (in t)'],
    // students and passengers attacked are victims (lexicon victimNouns)
    ['Tarvan police fired on students in Faya, killing three.', 'attacks students (in t)'],
    // a mob that does violence is an actor of its own, not the civilians it attacks (generic-actors.json)
    ['A mob lynched two men accused of theft near Faya on Tuesday.', 'mobs (in t) attacks civilians (in t)'],
    // nothing but "to death" between the verb and its object shifted after it
    ['Gunmen beat to death two farmers near Faya.', 'attacks farmers (in t)'],
    // a place described by any noun phrase in another place, or said to be in it
    ['Rebels cut off Faya, a desert oasis in the far north of Chad.', 'Faya located_in Chad'],
    ['The clinic moved to Ngoro in May. Ngoro, where the clinic is based, is also in Sila province.', 'Ngoro located_in Sila'],
  ])('%s -> %s', (text, edge) => {
    expect(edges(text).some((e) => e.startsWith(edge) || e.endsWith(edge))).toBe(true);
  });
  it.each([
    // the remit of an office names no actor
    ["The Tarvan Front's minister for refugees, Idris Kamal, resigned.", 'refugees'],
    ['The minister of police, Idris Kamal, visited Faya.', 'police'],
    // an ally after the possessive is no part of the possessor
    ["The government's Kessar Brigade allies shelled Faya.", 'Kessar Brigade member_of'],
    // ", with" men doing something beside the clause (an absolute construction) are no party to its attack
    ['The Tarvan Army continued its assault on Faya, with Kessar Brigade fighters retaking the town by night.', 'Tarvan Army attacks Kessar Brigade'],
    // a phrase fronted before the light verb names no target of its attack unless it is one ("on", "against")
    ['After a deal between Chad and Niger, Chadian police stepped up their operations against people who smuggle migrants.', 'attacks Niger'],
    // the name of a campaign is no party
    ['The Kessar Front launched its own operation, called Iron Fist, against the Tarvan Brigade.', 'attacks Iron Fist'],
    // a participle after an object names that object's leader, not the subject's; a passive relative on a list is its last
    ['The Kessar Fleet, commanded by Admiral Idris Kamal, fought the Tarvan Fleet, led by Admiral Omar Haji.', 'Omar Haji leads Kessar Fleet'],
    ['Reinforcements from the Kessar Front and the 4th Division commanded by Omar Haji arrived.', 'Omar Haji leads Kessar Front'],
    // a possessive pronoun's counterparts are no party; nor the leader in a name's compound an ally
    ['The Kessar Times reported that Chadian troops had deployed alongside its own reporters.', 'allied_with Kessar Times'],
    ['The Omari Battalion is allied with the Hezbollah-led Kessar Alliance.', 'Omari Battalion allied_with Hezbollah'],
    ['The Tarvan Brigade did not operate alongside the army.', 'allied_with'],
    // a witness of a weapon's deed did not do it
    ['Observers of the Tarvan Mission watched army jets firing on rebels near Faya.', 'Tarvan Mission attacks'],
    // a passive verb of taking people took its subject, never the object of another phrase
    ['A municipal councillor was abducted in Faya by militiamen from a rival armed group.', 'captures armed groups'],
    // a place before a comma that opens a clause is described by nothing after it
    ['During clashes in Tarsa, a party office was burned in Faya.', 'Tarsa located_in Faya'],
    ['Near Tarsa, an army depot in Faya was bombed.', 'Tarsa located_in Faya'],
  ])('%s (no %s)', (text, edge) => {
    expect(edges(text).filter((e) => e.includes(edge))).toEqual([]);
  });
});
