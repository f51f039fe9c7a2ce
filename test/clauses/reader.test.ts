/**
 * The clause reader on hand-tagged sentences written for these tests (none is
 * taken from the dev data). Each row: a tagged sentence and its reading, one
 * line per clause in the notation of src/extract/clauses/format.ts.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, readClauses, type Reading } from '../../src/extract/clauses/index.ts';
import { parseTagged } from './tagged.ts';

export function read(tagged: string): Reading {
  const t = parseTagged(tagged);
  return readClauses(t.tokens, { mentions: t.mentions });
}

const READINGS: Array<[string, string, string[]]> = [
  // ---- arguments, voice, prepositional phrases
  ['transitive + PP', '[Hezbollah/NNP] fired/VBD rockets/NNS at/IN [the/DT Free/NNP Syrian/NNP Army/NNP] ./.', ['fire S=Hezbollah O=rockets at=the Free Syrian Army']],
  ['resultative adjective is not the object', 'Gunmen/NNS shot/VBD dead/JJ two/CD police/NN officers/NNS near/IN the/DT border/NN ./.', ['shoot S=Gunmen O=two police officers near=the border']],
  ['passive with by-agent', 'The/DT convoy/NN was/VBD ambushed/VBN by/IN [al-Shabaab/NNP] fighters/NNS on/IN Tuesday/NNP ./.', ['ambush[passive] S=The convoy by=al-Shabaab fighters on=Tuesday']],
  ['passive without agent', 'Three/CD soldiers/NNS were/VBD wounded/VBN in/IN the/DT blast/NN ./.', ['wound[passive] S=Three soldiers in=the blast']],
  ['perfect progressive', 'The/DT rebels/NNS had/VBD been/VBN shelling/VBG the/DT airport/NN for/IN weeks/NNS ./.', ['shell S=The rebels O=the airport for=weeks']],
  ['particle', 'The/DT militants/NNS blew/VBD up/RP a/DT bridge/NN and/CC withdrew/VBD ./.', ['blow up S=The militants O=a bridge', 'withdraw S(coordination)=The militants {coordination blow}']],
  // (an irregular past of a lexicon verb read as a present tense by the tagger is still the past's verb; "lay" is a verb of its own)
  ['irregular past tagged present', 'Rebels/NNS overran/VBP a/DT base/NN ./.', ['overrun S=Rebels O=a base']],
  ['a base form that is also a past', 'Troops/NNS lay/VBP mines/NNS ./.', ['lay S=Troops O=mines']],
  ['particle then preposition', 'Rebels/NNS pulled/VBD out/RP of/IN the/DT town/NN ./.', ['pull out S=Rebels of=the town']],
  ['copula with noun', '[Hamas/NNP] is/VBZ a/DT militant/JJ group/NN ./.', ['be S=Hamas C=a militant group']],
  ['copula with adjective and PP', 'The/DT group/NN was/VBD responsible/JJ for/IN the/DT bombing/NN ./.', ['be S=The group C=responsible for=the bombing']],
  ['expletive there', 'There/EX were/VBD clashes/NNS between/IN police/NNS and/CC protesters/NNS ./.', ['be S=There C=clashes between=police+protesters']],
  ['PP on the subject stays on the noun', 'The/DT attack/NN on/IN the/DT base/NN killed/VBD four/CD soldiers/NNS ./.', ['kill S=The attack O=four soldiers']],
  ['count of what follows of', 'Dozens/NNS of/IN civilians/NNS were/VBD killed/VBN ./.', ['kill[passive] S=Dozens of civilians']],
  ['count prefix', 'Jets/NNS bombed/VBD the/DT market/NN ,/, killing/VBG at/IN least/JJS 35/CD people/NNS ./.', ['bomb S=Jets O=the market', 'kill[ing] S(participle)=Jets O=at least 35 people {participle bomb}']],
  // ---- time phrases are adverbials
  // a subordinator before a year or a month is a preposition: the phrase is no clause's subject (fresh rows)
  ['"since" and a year after a reduced relative', 'The/DT troops/NNS deployed/VBN in/IN [Salamat/NNP] since/IN 2021/CD later/RB retook/VBD the/DT town/NN ./.', ['deploy[passive en] S(relative)=The troops in=Salamat since=2021 {relative The troops}', 'retake S=The troops O=the town']],
  // a relative word before a subject: the verb after it is the relative clause's past, also before the main verb (fresh row)
  ['relative clause with its own subject', 'The/DT town/NN ,/, which/WDT [Kessar/NNP] rebels/NNS captured/VBN last/JJ month/NN ,/, was/VBD retaken/VBN ./.', ['capture S=Kessar rebels O=The town T=last month {relative The town}', 'retake[passive] S=The town']],
  // a subordinator right after a verb that takes no clause opens a time clause (fresh rows); after a speech verb, content
  ['"when" after a passive', 'Two/CD soldiers/NNS were/VBD wounded/VBN when/WRB rebels/NNS shelled/VBD the/DT post/NN ./.', ['wound[passive] S=Two soldiers', 'shell S=rebels O=the post {adverbial when:wound}']],
  ['"when" after a speech verb', 'Officials/NNS did/VBD not/RB say/VB when/WRB the/DT troops/NNS would/MD leave/VB ./.', ['say[neg] S=Officials', 'leave[hedged modal=would] S=the troops {complement say} reported=Officials']],
  ['"until" and a month', 'Rebels/NNS held/VBD the/DT pass/NN until/IN March/NNP ./.', ['hold S=Rebels O=the pass until=March']],
  ['fronted time phrase', 'Yesterday/NN ,/, the/DT army/NN retook/VBD the/DT town/NN ./.', ['retake S=the army O=the town T=Yesterday']],
  ['final time phrase', 'The/DT army/NN retook/VBD the/DT town/NN last/JJ week/NN ./.', ['retake S=The army O=the town T=last week']],
  ['final time phrase of a season', 'Rebels/NNS seized/VBD the/DT town/NN last/JJ summer/NN ./.', ['seize S=Rebels O=the town T=last summer']],
  // a time phrase that opens the sentence hosts no apposition: the names after it are the subject
  ['fronted time phrase before an apposed subject', 'The/DT next/JJ morning/NN ,/, Gen./NNP Omar/NNP Dani/NNP ,/, a/DT senior/JJ commander/NN ,/, was/VBD killed/VBN by/IN gunmen/NNS ./.', ['kill[passive] S=Gen. Omar Dani by=gunmen T=The next morning']],
  ['fronted time phrase with a time word inside', 'The/DT following/VBG day/NN ,/, the/DT militants/NNS attacked/VBD the/DT base/NN ./.', ['attack S=the militants O=the base T=The following day']],
  // not: a noun phrase with a time word that is no time phrase keeps its apposition
  ['subject with an apposition', 'The/DT last/JJ convoy/NN ,/, a/DT column/NN of/IN trucks/NNS ,/, left/VBD ./.', ['leave S=The last convoy']],
  // an object after a phrase of time that follows its verb, as translated news writes it (fresh rows); not a time phrase
  // itself, nor after a verb that has its object
  ['object after a time phrase', 'Rebels/NNS attacked/VBD on/IN Tuesday/NNP the/DT army/NN camp/NN at/IN [Kilo/NNP] ./.', ['attack S=Rebels O=the army camp on=Tuesday at=Kilo']],
  ['no object after a time phrase of a verb with none', 'Fighters/NNS arrived/VBD on/IN Monday/NNP the/DT day/NN after/IN the/DT raid/NN ./.', ['arrive S=Fighters on=Monday after=the raid']],
  // a finite verb after a reduced relative's passive participle joins the clause that holds the relative's noun (fresh rows)
  ['finite past after a reduced relative', '[Omar/NNP Dalo/NNP] denied/VBD it/PRP in/IN a/DT statement/NN posted/VBN online/RB and/CC accused/VBD [the/DT Tarvan/NNP Front/NNP] ./.', ['deny S=Omar Dalo O=it in=a statement', 'post[passive en] S(relative)=a statement {relative a statement}', 'accuse S(coordination)=Omar Dalo O=the Tarvan Front {coordination deny}']],
  ['participle with an object after a reduced relative', 'Troops/NNS found/VBD weapons/NNS hidden/VBN in/IN a/DT house/NN and/CC arrested/VBN two/CD men/NNS ./.', ['find S=Troops O=weapons', 'hide[passive en] S(relative)=weapons in=a house {relative weapons}', 'arrest S(coordination)=Troops O=two men {coordination find}']],
  // an aside's participle the tagger read as the past, with a place before its agent: the clause's verb comes after it
  ['an aside\'s passive participle, its agent after a place', '[The/DT Kessar/NNP Brigade/NNP] ,/, commanded/VBD from/IN [Faya/NNP] by/IN [Colonel/NNP Idris/NNP Naro/NNP] ,/, held/VBD the/DT line/NN ./.', ['command[passive en] S(relative)=The Kessar Brigade by=Colonel Idris Naro from=Faya {relative The Kessar Brigade}', 'hold S=The Kessar Brigade O=the line']],
  // ... not a run of verbs, which has no "by"
  ['a run of verbs is no aside', 'Rebels/NNS attacked/VBD the/DT town/NN ,/, burned/VBD houses/NNS ,/, seized/VBD cattle/NNS and/CC fled/VBD ./.', ['attack S=Rebels O=the town', 'burn S(coordination)=Rebels O=houses {coordination attack}', 'seize S(coordination)=Rebels O=cattle {coordination burn}', 'flee S(coordination)=Rebels {coordination seize}']],
  ['passive participles joined stay one phrase', 'Police/NNS seized/VBD guns/NNS smuggled/VBN from/IN [Libya/NNP] and/CC sold/VBN in/IN [Gao/NNP] ./.', ['seize S=Police O=guns', 'smuggle[passive en] S(relative)=guns from=Libya {relative guns}', 'sell[passive en] S(coordination)=guns in=Gao {coordination smuggle}']],
  ['time phrase between subject and verb', 'The/DT army/NN this/DT week/NN retook/VBD the/DT town/NN ./.', ['retake S=The army O=the town T=this week']],
  // ---- verb groups: negation and hedging
  ['negation', 'The/DT rebels/NNS never/RB attacked/VBD civilians/NNS ./.', ['attack[neg] S=The rebels O=civilians']],
  ["n't", 'The/DT rebels/NNS did/VBD ~n\'t/RB attack/VB civilians/NNS ./.', ['attack[neg] S=The rebels O=civilians']],
  ['no longer', 'The/DT militia/NN is/VBZ no/DT longer/RBR fighting/VBG the/DT army/NN ./.', ['fight[neg] S=The militia O=the army']],
  ['hedging adverb', 'The/DT army/NN reportedly/RB shelled/VBD the/DT camp/NN ./.', ['shell[hedged] S=The army O=the camp']],
  ['hedging modal', 'The/DT army/NN may/MD have/VB shelled/VBN the/DT camp/NN ./.', ['shell[hedged modal=may] S=The army O=the camp']],
  // ---- coordination
  ['coordinated subjects and objects', '[ISIS/NNP] and/CC [Hezbollah/NNP] attacked/VBD [Aleppo/NNP] and/CC [Homs/NNP] ./.', ['attack S=ISIS+Hezbollah O=Aleppo+Homs']],
  ['list with commas', '[The/DT Ansar/NNP Front/NNP] seized/VBD [Kafr/NNP Halab/NNP] ,/, [Tal/NNP Rifat/NNP] and/CC [Azaz/NNP] ./.', ['seize S=The Ansar Front O=Kafr Halab+Tal Rifat+Azaz']],
  // a comma after a list "and" closed starts another phrase: the speakers are not in the object list
  ['closed list, then the speakers', 'Gunmen/NNS abducted/VBD 30/CD students/NNS and/CC a/DT teacher/NN ,/, police/NNS and/CC residents/NNS said/VBD ./.', ['abduct S=Gunmen O=30 students+a teacher {complement say} reported=police+residents', 'say S=police+residents']],
  ['an object list without the closing speakers', 'Gunmen/NNS abducted/VBD 30/CD students/NNS ,/, police/NNS and/CC residents/NNS said/VBD ./.', ['abduct S=Gunmen O=30 students {complement say} reported=police+residents', 'say S=police+residents']],
  // not: a list after a participle, or a subject list, runs on to the verb
  ['an object list of a participle', 'Rebels/NNS including/VBG [Ansar/NNP] ,/, [Tarvan/NNP] and/CC [Kessar/NNP] attacked/VBD [Faya/NNP] ./.', ['include[ing] S(relative)=Rebels O=Ansar+Tarvan+Kessar {relative Rebels}', 'attack S=Rebels O=Faya']],
  ['a list of subjects', '[Chad/NNP] ,/, [Niger/NNP] and/CC [Mali/NNP] attacked/VBD [Faya/NNP] ./.', ['attack S=Chad+Niger+Mali O=Faya']],
  ['coordinated verbs share the subject', 'The/DT militants/NNS stormed/VBD the/DT town/NN and/CC killed/VBD 12/CD civilians/NNS ./.', ['storm S=The militants O=the town', 'kill S(coordination)=The militants O=12 civilians {coordination storm}']],
  ['coordinated clauses keep their own subjects', 'Troops/NNS surrounded/VBD the/DT village/NN and/CC the/DT insurgents/NNS surrendered/VBD ./.', ['surround S=Troops O=the village', 'surrender S=the insurgents {coordination surround}']],
  // a verb of belief in the present, then coordinated phrases and a verb with a modal: the phrases are what is believed
  ['coordinated subjects of a believed clause', '[Chad/NNP] believes/VBZ [Niger/NNP] and/CC [Mali/NNP] can/MD cope/VB with/IN the/DT floods/NNS ./.', ['believe S=Chad', 'cope[modal=can] S=Niger+Mali with=the floods {complement believe}']],
  ['... not after a verb of belief in the past', '[Chad/NNP] believed/VBD [Niger/NNP] and/CC [Mali/NNP] would/MD cope/VB ./.', ['believe S=Chad O=Niger', 'cope[hedged modal=would] S=Mali {coordination believe}']],
  ['... nor after another verb', 'The/DT rebels/NNS attack/VBP the/DT town/NN and/CC the/DT army/NN will/MD retreat/VB ./.', ['attack S=The rebels O=the town', 'retreat[modal=will] S=the army {coordination attack}']],
  ['a bare participle shares the passive', 'The/DT rebels/NNS were/VBD attacked/VBN and/CC killed/VBN ./.', ['attack[passive] S=The rebels', 'kill[passive] S(coordination)=The rebels {coordination attack}']],
  ['a bare verb shares the modal', 'The/DT army/NN could/MD attack/VB and/CC destroy/VB the/DT depot/NN ./.', ['attack[hedged modal=could] S=The army O=the depot', 'destroy[hedged modal=could] S(coordination)=The army O=the depot {coordination attack}']],
  ['", and" before a new clause', '[ISIS/NNP] attacked/VBD [Kobani/NNP] ,/, and/CC [Hezbollah/NNP] shelled/VBD [Homs/NNP] ./.', ['attack S=ISIS O=Kobani', 'shell S=Hezbollah O=Homs {coordination attack}']],
  ['a relative between coordinated subjects', '[ISIS/NNP] ,/, which/WDT attacked/VBD [Kobani/NNP] ,/, and/CC [Hezbollah/NNP] signed/VBD a/DT truce/NN ./.', ['attack S(relative)=ISIS O=Kobani {relative ISIS}', 'sign S=ISIS+Hezbollah O=a truce']],
  // a noun the tagger read where an adjective stands before adjectives and a name ("the wicked cruel Vandalia")
  ['noun-tagged adjective before adjectives and a name', '[Ruritania/NNP] and/CC the/DT wicked/NN cruel/JJ [Vandalia/NNP] signed/VBD a/DT truce/NN ./.', ['sign S=Ruritania+the wicked cruel Vandalia O=a truce']],
  ['... not before a day', 'The/DT rebels/NNS told/VBD the/DT council/NN last/JJ Monday/NNP that/IN they/PRP would/MD leave/VB ./.', ['tell S=The rebels O=the council T=last Monday', 'leave[hedged modal=would] S=they {complement tell} reported=The rebels']],
  ['... nor after two nouns', 'The/DT army/NN gave/VBD the/DT militia/NN leader/NN new/JJ [Kalashnikov/NNP] rifles/NNS ./.', ['give S=The army O=the militia leader+new Kalashnikov rifles']],
  // a participle right after a verb that is no auxiliary, before an adjective or noun, is an adjective of the object
  ['participle adjective after a verb', '[Ruritania/NNP] demanded/VBD increased/VBN military/JJ aid/NN from/IN [Vandalia/NNP] ./.', ['demand S=Ruritania O=increased military aid from=Vandalia']],
  ['... not after have', '[Ruritania/NNP] has/VBZ improved/VBN trade/NN links/NNS with/IN [Vandalia/NNP] ./.', ['improve S=Ruritania O=trade links with=Vandalia']],
  ['... and the subject of a content clause', 'Officials/NNS said/VBD armed/VBN men/NNS attacked/VBD [Vandalia/NNP] ./.', ['say S=Officials', 'attack S=armed men O=Vandalia {complement say} reported=Officials']],
  ['fronted place before a coordinated subject', 'In/IN [Aleppo/NNP] ,/, [ISIS/NNP] and/CC [the/DT Ansar/NNP Front/NNP] clashed/VBD ./.', ['clash S=ISIS+the Ansar Front in=Aleppo']],
  // ---- relative clauses
  ['non-restrictive subject relative', '[ISIS/NNP] ,/, which/WDT seized/VBD [Mosul/NNP] in/IN 2014/CD ,/, announced/VBD a/DT caliphate/NN ./.', ['seize S(relative)=ISIS O=Mosul in=2014 {relative ISIS}', 'announce S=ISIS O=a caliphate']],
  ['relative with a passive', '[The/DT Northern/NNP Brigade/NNP] ,/, which/WDT is/VBZ backed/VBN by/IN [Ankara/NNP] ,/, shelled/VBD the/DT town/NN ./.', ['back[passive] S(relative)=The Northern Brigade by=Ankara {relative The Northern Brigade}', 'shell S=The Northern Brigade O=the town']],
  ['restrictive relative on the subject', 'Militants/NNS who/WP stormed/VBD the/DT hotel/NN took/VBD 40/CD hostages/NNS ./.', ['storm S(relative)=Militants O=the hotel {relative Militants}', 'take S=Militants O=40 hostages']],
  ['restrictive "that" after a proper name in a PP: on the clause\'s object', 'Rebels/NNS shelled/VBD a/DT convoy/NN near/IN [Faya/NNP] that/WDT carried/VBD food/NN ./.', ['shell S=Rebels O=a convoy near=Faya', 'carry S(relative)=a convoy O=food {relative a convoy}']],
  ['object relative', 'The/DT hostages/NNS that/WDT the/DT gunmen/NNS seized/VBD were/VBD freed/VBN ./.', ['seize S=the gunmen O=The hostages {relative The hostages}', 'free[passive] S=The hostages']],
  ['relative with a passive and agent', 'The/DT soldiers/NNS who/WP were/VBD captured/VBN by/IN the/DT rebels/NNS were/VBD released/VBN ./.', ['capture[passive] S(relative)=The soldiers by=the rebels {relative The soldiers}', 'release[passive] S=The soldiers']],
  ['reduced relative, active', 'Villagers/NNS fleeing/VBG the/DT fighting/NN were/VBD hit/VBN by/IN mortar/NN fire/NN ./.', ['flee[ing] S(relative)=Villagers O=the fighting {relative Villagers}', 'hit[passive] S=Villagers by=mortar fire']],
  ['reduced relative, passive', 'Fighters/NNS killed/VBN in/IN the/DT strike/NN belonged/VBD to/TO [the/DT Ansar/NNP Front/NNP] ./.', ['kill[passive en] S(relative)=Fighters in=the strike {relative Fighters}', 'belong S=Fighters to=the Ansar Front']],
  // a past tense the tagger gave a reduced relative ("sent/VBD"), an auxiliary later in its clause: a participle; the
  // object of the infinitive under it is no subject, the finite verb is the speech verb's content
  ['reduced relative read as a past tense, under a speech verb', 'Officials/NNS said/VBD troops/NNS sent/VBD to/TO restore/VB order/NN had/VBD clashed/VBN with/IN rebels/NNS ./.', ['say S=Officials', 'send[passive en] S(relative)=troops {relative troops}', 'restore[to] S(control)=troops O=order {control send}', 'clash S=troops with=rebels {complement say} reported=Officials']],
  // (not a relative clause's own verb, nor a verb with an object: the rows 'object relative' and 'relative without a
  // relative word after a plural' above)
  ['whose', 'The/DT commander/NN ,/, whose/WP$ unit/NN lost/VBD the/DT hill/NN ,/, resigned/VBD ./.', ['lose S=whose unit O=the hill {relative The commander}', 'resign S=The commander']],
  // "where" is the relative clause's location phrase, its object the antecedent
  ['where', 'They/PRP reached/VBD the/DT camp/NN where/WRB the/DT refugees/NNS were/VBD sheltering/VBG ./.', ['reach S=They O=the camp', 'shelter S=the refugees where=the camp {relative the camp}']],
  ['where after a comma, on a name', 'Rebels/NNS shelled/VBD [Vandalia/NNP] ,/, where/WRB six/CD farmers/NNS were/VBD wounded/VBN ./.', ['shell S=Rebels O=Vandalia', 'wound[passive] S=six farmers where=Vandalia {relative Vandalia}']],
  ['a subordinate "where" opening the sentence is no place', 'Where/WRB the/DT road/NN ends/VBZ ,/, the/DT militia/NN built/VBD a/DT checkpoint/NN ./.', ['end S=the road {adverbial where:build}', 'build S=the militia O=a checkpoint']],
  ['relative without a relative word', 'The/DT army/NN retook/VBD the/DT villages/NNS the/DT militia/NN had/VBD burned/VBN ./.', ['retake S=The army O=the villages', 'burn S=the militia O=the villages {relative the villages}']],
  ['a name after an opening time phrase is the subject', 'Over/IN the/DT past/JJ day/NN [Kessar/NNP Brigades/NNPS] shelled/VBD the/DT port/NN ./.', ['shell S=Kessar Brigades O=the port over=the past day']],
  ['a proper noun after an opening time phrase is the subject', 'Last/JJ week/NN Varanian/NNP troops/NNS shelled/VBD the/DT port/NN ./.', ['shell S=Varanian troops O=the port T=Last week']],
  ['relative without a relative word after a plural', 'The/DT army/NN entered/VBD the/DT villages/NNS [ISIL/NNP] had/VBD captured/VBN ./.', ['enter S=The army O=the villages', 'capture S=ISIL O=the villages {relative the villages}']],
  // ... never on a month's or a year's name in a phrase of time: a clause of its own (the phrase after "and" still
  // goes to the clause before: a known limit)
  ['no relative on a month after a preposition', 'The/DT militia/NN clashed/VBD with/IN the/DT army/NN ,/, and/CC in/IN March/NNP it/PRP seized/VBD a/DT base/NN ./.', ['clash S=The militia with=the army in=March', 'seize S=it O=a base']],
  ['relative without a relative word on a PP object', 'The/DT militia/NN recaptured/VBD four/CD of/IN the/DT posts/NNS it/PRP had/VBD lost/VBN ./.', ['recapture S=The militia O=four', 'lose S=it O=the posts {relative the posts}']],
  ['preposition + which', 'They/PRP met/VBD at/IN a/DT camp/NN in/IN which/WDT 300/CD families/NNS live/VBP ./.', ['meet S=They at=a camp', 'live S=300 families in=a camp {relative a camp}']],
  // ---- apposition and parentheses
  ['apposition on the subject', '[Omar/NNP Saleh/NNP] ,/, a/DT commander/NN of/IN [the/DT Ansar/NNP Front/NNP] ,/, was/VBD killed/VBN ./.', ['kill[passive] S=Omar Saleh']],
  ['apposition on the object', 'Police/NNS arrested/VBD [Ali/NNP Hassan/NNP] ,/, a/DT leader/NN of/IN the/DT protest/NN movement/NN ./.', ['arrest S=Police O=Ali Hassan']],
  ['age', '[Ahmed/NNP] ,/, 45/CD ,/, was/VBD arrested/VBN ./.', ['arrest[passive] S=Ahmed']],
  // an apposition with its own relative clause: the sentence's subject is still the name
  ['apposition with a participle relative', '[The/DT Ansar/NNP Front/NNP] ,/, a/DT rebel/NN group/NN backed/VBN by/IN [Ankara/NNP] ,/, left/VBD the/DT town/NN ./.', ['back[passive en] S(relative)=a rebel group by=Ankara {relative a rebel group}', 'leave S=The Ansar Front O=the town']],
  ['apposition with a which relative', '[The/DT Ansar/NNP Front/NNP] ,/, the/DT group/NN that/WDT holds/VBZ [Dabiq/NNP] ,/, shelled/VBD the/DT town/NN ./.', ['hold S(relative)=the group O=Dabiq {relative the group}', 'shell S=The Ansar Front O=the town']],
  // ... but a participle that is the sentence's verb is not read as a relative
  ['apposition then the verb', '[Omar/NNP Saleh/NNP] ,/, a/DT commander/NN ,/, was/VBD killed/VBN by/IN [the/DT Ansar/NNP Front/NNP] ./.', ['kill[passive] S=Omar Saleh by=the Ansar Front']],
  ['bracketed acronym', '[The/DT Syrian/NNP Democratic/NNP Forces/NNPS] (/( [SDF/NNP] )/) captured/VBD the/DT dam/NN ./.', ['capture S=The Syrian Democratic Forces O=the dam']],
  ['bracketed acronym, then an apposition', '[The/DT Kessar/NNP Brigades/NNPS] (/( [KB/NNP] )/) ,/, a/DT rebel/NN group/NN ,/, captured/VBD the/DT dam/NN ./.', ['capture S=The Kessar Brigades O=the dam']],
  // (fresh row) ... or a participle's aside
  // (fresh rows) a preposition's list does not run into the speakers of a postposed speech verb; a list after fronted
  // phrases is the subject but its first member
  ['speakers after a time phrase', 'The/DT militia/NN attacked/VBD [Faya/NNP] on/IN Saturday/NNP ,/, officials/NNS and/CC residents/NNS said/VBD ./.', ['attack S=The militia O=Faya on=Saturday {complement say} reported=officials+residents', 'say S=officials+residents']],
  ['a subject after a chain of fronted phrases', 'During/IN the/DT night/NN of/IN 7/CD May/NNP ,/, [Kessar/NNP] fighters/NNS and/CC rebels/NNS stormed/VBD [Faya/NNP] ./.', ['storm S=Kessar fighters+rebels O=Faya during=the night of=7 May']],
  ['bracketed acronym, then a participle aside', '[The/DT Kessar/NNP Brigades/NNPS] (/( [KB/NNP] )/) ,/, backed/VBN by/IN [Chad/NNP] ,/, captured/VBD the/DT dam/NN ./.', ['back[passive en] S(relative)=The Kessar Brigades by=Chad {relative The Kessar Brigades}', 'capture S=The Kessar Brigades O=the dam']],
  ['adverb aside', '[The/DT Ansar/NNP Front/NNP] ,/, however/RB ,/, denied/VBD the/DT claim/NN ./.', ['deny S=The Ansar Front O=the claim']],
  ['prepositional aside', '[Dabiq/NNP] ,/, near/IN [Aleppo/NNP] ,/, was/VBD recaptured/VBN ./.', ['recapture[passive] S=Dabiq']],
  // ---- understood subjects
  ['infinitive: subject control', 'The/DT group/NN vowed/VBD to/TO retake/VB [Sirte/NNP] ./.', ['vow S=The group', 'retake[to] S(control)=The group O=Sirte {control vow}']],
  ['infinitive: object control', 'The/DT envoy/NN urged/VBD both/DT sides/NNS to/TO halt/VB the/DT fighting/NN ./.', ['urge S=The envoy O=both sides', 'halt[to] S(control)=both sides O=the fighting {control urge}']],
  ['object control past a PP', 'The/DT blockade/NN caused/VBD prices/NNS in/IN [Aleppo/NNP] to/TO rise/VB ./.', ['cause S=The blockade O=prices in=Aleppo', 'rise[to] S(control)=prices {control cause}']],
  ['count then adjectives', 'Police/NNS arrested/VBD three/CD armed/VBN [al-Shabaab/JJ] suspects/NNS ./.', ['arrest S=Police O=three armed al-Shabaab suspects']],
  ['an object that cannot act: a purpose', 'The/DT company/NN filed/VBD a/DT motion/NN to/TO reorganize/VB its/PRP$ debts/NNS ./.', ['file S=The company O=a motion', 'reorganize[to] S(control)=The company O=its debts {control file}']],
  ['after a speech verb the object acts', 'The/DT envoy/NN asked/VBD the/DT government/NN to/TO release/VB the/DT prisoners/NNS ./.', ['ask S=The envoy O=the government', 'release[to] S(control)=the government O=the prisoners {control ask}']],
  ['infinitive of purpose', 'The/DT army/NN advanced/VBD on/IN [Sirte/NNP] to/TO retake/VB the/DT port/NN ./.', ['advance S=The army on=Sirte', 'retake[to] S(control)=The army O=the port {control advance}']],
  ['gerund complement', 'The/DT army/NN stopped/VBD shelling/VBG the/DT town/NN ./.', ['stop S=The army', 'shell[ing] S(control)=The army O=the town {control stop}']],
  ['chain of control', 'The/DT army/NN vowed/VBD to/TO continue/VB fighting/VBG ./.', ['vow S=The army', 'continue[to] S(control)=The army {control vow}', 'fight[ing] S(control)=The army {control continue}']],
  ['participle after the clause', 'Jets/NNS bombed/VBD the/DT market/NN ,/, killing/VBG 12/CD people/NNS and/CC wounding/VBG 30/CD ./.', ['bomb S=Jets O=the market', 'kill[ing] S(participle)=Jets O=12 people {participle bomb}', 'wound[ing] S(coordination)=Jets O=30 {coordination kill}']],
  ['participle before the clause', 'Backed/VBN by/IN [Russian/JJ] aircraft/NN ,/, government/NN forces/NNS advanced/VBD on/IN [Palmyra/NNP] ./.', ['back[passive en] S(participle)=government forces by=Russian aircraft {participle advance}', 'advance S=government forces on=Palmyra']],
  ['participle between subject and verb', 'The/DT army/NN ,/, backed/VBN by/IN [Russian/JJ] jets/NNS ,/, retook/VBD [Palmyra/NNP] ./.', ['back[passive en] S(relative)=The army by=Russian jets {relative The army}', 'retake S=The army O=Palmyra']],
  ['preposition + gerund before the clause', 'After/IN capturing/VBG the/DT ridge/NN ,/, the/DT rebels/NNS shelled/VBD the/DT base/NN ./.', ['capture[ing] S(participle)=the rebels O=the ridge {adverbial after:shell}', 'shell S=the rebels O=the base after=(capture)']],
  ['subordinate clause before the main one', 'After/IN [ISIS/NNP] seized/VBD [Mosul/NNP] ,/, the/DT army/NN withdrew/VBD ./.', ['seize S=ISIS O=Mosul {adverbial after:withdraw}', 'withdraw S=the army']],
  ['subordinate clause after the main one', 'The/DT rebels/NNS withdrew/VBD from/IN the/DT town/NN after/IN the/DT army/NN shelled/VBD it/PRP ./.', ['withdraw S=The rebels from=the town', 'shell S=the army O=it {adverbial after:withdraw}']],
  // ---- reported speech
  ['that-complement', '[The/DT ministry/NN] said/VBD that/IN [the/DT Ansar/NNP Front/NNP] had/VBD attacked/VBN a/DT checkpoint/NN ./.', ['say S=The ministry', 'attack S=the Ansar Front O=a checkpoint {complement say} reported=The ministry']],
  ['complement without that', 'Officials/NNS said/VBD militants/NNS burned/VBD two/CD schools/NNS ./.', ['say S=Officials', 'burn S=militants O=two schools {complement say} reported=Officials']],
  // ", and" after a preposition's object in a clause whose verb came before opens a clause when a finite verb follows
  // the next phrase; a participle's preposition keeps the list (fresh rows)
  ['", and" after a prepositional object opens a clause', 'Two/CD guards/NNS were/VBD killed/VBN near/IN [Faya/NNP] ,/, and/CC [the/DT Tarvan/NNP Front/NNP] claimed/VBD the/DT attack/NN ./.', ['kill[passive] S=Two guards near=Faya', 'claim S=the Tarvan Front O=the attack {coordination kill}']],
  ['... not after a participle before the verb', 'Troops/NNS backed/VBN by/IN jets/NNS ,/, and/CC drones/NNS shelled/VBD [Faya/NNP] ./.', ['back[passive en] S(relative)=Troops by=jets+drones {relative Troops}', 'shell S=Troops O=Faya']],
  // a past participle opening the sentence before a noun describes it: no clause of its own (fresh rows)
  ['an opening participle before a noun', 'Suspected/VBN rebels/NNS killed/VBD six/CD herders/NNS near/IN [Faya/NNP] ,/, officials/NNS said/VBD ./.', ['kill S=Suspected rebels O=six herders near=Faya {complement say} reported=officials', 'say S=officials']],
  ['... not one before a preposition', 'Backed/VBN by/IN [Chad/NNP] ,/, the/DT rebels/NNS seized/VBD [Faya/NNP] ./.', ['back[passive en] S(participle)=the rebels by=Chad {participle seize}', 'seize S=the rebels O=Faya']],
  // what an outlet reports is reported speech too (the reader's speech verbs take the lexicon class report)
  ['complement of "reported"', '[The/DT monitor/NN] reported/VBD that/IN [the/DT Ansar/NNP Front/NNP] had/VBD seized/VBN [Faya/NNP] ./.', ['report S=The monitor', 'seize S=the Ansar Front O=Faya {complement report} reported=The monitor']],
  // a verb of speech in a participle goes on with the speaker's words, not the reported clause's subject
  ['", adding that" after reported words', 'Officials/NNS said/VBD two/CD soldiers/NNS were/VBD killed/VBN ,/, adding/VBG that/IN rebels/NNS had/VBD shelled/VBN [Faya/NNP] ./.', ['say S=Officials', 'kill[passive] S=two soldiers {complement say} reported=Officials', 'add[ing] S(participle)=Officials {participle say}', 'shell S=rebels O=Faya {complement add} reported=Officials']],
  ['complement subject with a PP', 'Witnesses/NNS said/VBD the/DT leader/NN of/IN the/DT gang/NN was/VBD killed/VBN ./.', ['say S=Witnesses', 'kill[passive] S=the leader {complement say} reported=Witnesses']],
  ['speech frame after the clause', 'Militants/NNS burned/VBD two/CD schools/NNS ,/, officials/NNS said/VBD ./.', ['burn S=Militants O=two schools {complement say} reported=officials', 'say S=officials']],
  ['inverted speech frame', 'Militants/NNS burned/VBD two/CD schools/NNS ,/, said/VBD a/DT police/NN spokesman/NN ./.', ['burn S=Militants O=two schools {complement say} reported=a police spokesman', 'say S(inverted)=a police spokesman']],
  ['according to', 'According/VBG to/TO witnesses/NNS ,/, soldiers/NNS opened/VBD fire/NN on/IN the/DT crowd/NN ./.', ['open S=soldiers O=fire on=the crowd reported=witnesses']],
  ['speaker in apposition', '[Ahmed/NNP] ,/, a/DT spokesman/NN for/IN [the/DT Free/NNP Syrian/NNP Army/NNP] ,/, said/VBD the/DT group/NN had/VBD retaken/VBN [Dabiq/NNP] ./.', ['say S=Ahmed', 'retake S=the group O=Dabiq {complement say} reported=Ahmed']],
  ['object of tell, then that', '[The/DT minister/NN] told/VBD reporters/NNS that/IN the/DT army/NN would/MD withdraw/VB ./.', ['tell S=The minister O=reporters', 'withdraw[hedged modal=would] S=the army {complement tell} reported=The minister']],
  ['colon', '[The/DT governor/NN] said/VBD :/: the/DT rebels/NNS have/VBP fled/VBN ./.', ['say S=The governor', 'flee S=the rebels {complement say} reported=The governor']],
  // ---- negation and hedging from the verb above
  ['denied + gerund', '[Ankara/NNP] denied/VBD supplying/VBG weapons/NNS to/TO the/DT militia/NN ./.', ['deny S=Ankara', 'supply[neg ing] S(control)=Ankara O=weapons to=the militia {control deny}']],
  ['refused to', 'The/DT rebels/NNS refused/VBD to/TO leave/VB the/DT town/NN ./.', ['refuse S=The rebels', 'leave[neg to] S(control)=The rebels O=the town {control refuse}']],
  ['plans to', 'The/DT group/NN plans/VBZ to/TO attack/VB the/DT pipeline/NN ./.', ['plan S=The group', 'attack[hedged to] S(control)=The group O=the pipeline {control plan}']],
  ['is said to', 'The/DT militia/NN is/VBZ said/VBN to/TO have/VB executed/VBN prisoners/NNS ./.', ['say[passive] S=The militia', 'execute[hedged to] S(control)=The militia O=prisoners {control say}']],
  ['if', 'If/IN the/DT army/NN enters/VBZ the/DT city/NN ,/, civilians/NNS will/MD flee/VB ./.', ['enter[hedged] S=the army O=the city {adverbial if:flee}', 'flee[modal=will] S=civilians']],
  ['negated control verb', '[Turkey/NNP] will/MD not/RB allow/VB [the/DT militia/NN] to/TO cross/VB the/DT river/NN ./.', ['allow[neg modal=will] S=Turkey O=the militia', 'cross[neg to] S(control)=the militia O=the river {control allow}']],
  ['without + gerund', 'The/DT army/NN withdrew/VBD without/IN firing/VBG a/DT shot/NN ./.', ['withdraw S=The army without=(fire)', 'fire[neg ing] S(participle)=The army O=a shot {adverbial without:withdraw}']],
  ['not to', 'The/DT leaflets/NNS warned/VBD residents/NNS not/RB to/TO come/VB closer/RBR ./.', ['warn S=The leaflets O=residents', 'come[neg to] S(control)=residents {control warn}']],
  ['negated copula', '[Hamas/NNP] is/VBZ not/RB a/DT party/NN to/TO the/DT talks/NNS ./.', ['be[neg] S=Hamas C=a party to=the talks']],
  ['correlative pair shares the negation', 'Officials/NNS refused/VBD either/CC to/TO confirm/VB or/CC deny/VB the/DT reports/NNS ./.', ['refuse S=Officials', 'confirm[neg to] S(control)=Officials O=the reports {control refuse}', 'deny[neg to] S(coordination)=Officials O=the reports {coordination confirm}']],
  ['that-clause after a fronted PP', 'They/PRP fear/VBP that/IN without/IN aid/NN ,/, the/DT camp/NN could/MD collapse/VB ./.', ['fear S=They without=aid', 'collapse[hedged modal=could] S=the camp {complement fear}']],
  ['content after the object of tell', 'The/DT officer/NN told/VBD us/PRP the/DT road/NN was/VBD closed/VBN ./.', ['tell S=The officer O=us', 'close[passive] S=the road {complement tell} reported=The officer']],
  ['a participle on the object of say, then the content verb', 'Media/NNS say/VBP the/DT convoy/NN attacked/VBN Monday/NNP had/VBD carried/VBN aid/NN ./.', ['say S=Media', 'attack[passive en] S(relative)=the convoy T=Monday {relative the convoy}', 'carry S=the convoy O=aid {complement say} reported=Media']],
  ['be able to', 'The/DT rebels/NNS were/VBD able/JJ to/TO hold/VB the/DT bridge/NN ./.', ['be S=The rebels C=able', 'hold[to] S(control)=The rebels O=the bridge {control be}']],
  ['a date is a time phrase', 'The/DT talks/NNS will/MD resume/VB July/NNP 25/CD ./.', ['resume[modal=will] S=The talks T=July 25']],
  // ---- noun-phrase modifiers
  ['possessive', '[ISIS/NNP] ~\'s/POS attack/NN on/IN [Mosul/NNP] failed/VBD ./.', ['fail S=ISIS\'s attack']],
  ['hyphen participles in one token', 'The/DT {US}-led/JJ coalition/NN struck/VBD {ISIS}-held/JJ [Raqqa/NNP] ./.', ['strike S=The US-led coalition O=ISIS-held Raqqa']],
  ['hyphen participle in three tokens', 'The/DT [US/NNP] ~-/HYPH ~led/VBN coalition/NN struck/VBD targets/NNS ./.', ['strike S=The US-led coalition O=targets']],
];

describe('clause reader: readings', () => {
  it.each(READINGS)('%s', (_name, tagged, expected) => {
    expect(describeReading(read(tagged))).toEqual(expected);
  });
});

describe('clause reader: every span is the text it names', () => {
  it.each(READINGS.map(([name, tagged]) => [name, tagged]))('%s', (_name, tagged) => {
    const t = parseTagged(tagged);
    const r = readClauses(t.tokens, { mentions: t.mentions });
    for (const np of r.nounPhrases) {
      expect(np.text).toBe(t.text.slice(np.start, np.end));
      expect(t.text.slice(np.head.start, np.head.end)).toBe(np.head.text);
      expect(np.head.start).toBeGreaterThanOrEqual(np.start);
      expect(np.head.end).toBeLessThanOrEqual(np.end);
    }
    for (const c of r.clauses) {
      expect(c.verb.text).toBe(t.text.slice(c.verb.start, c.verb.end));
      expect(t.text.slice(c.verb.head.start, c.verb.head.end)).toBe(c.verb.head.text);
      expect(c.start).toBeLessThanOrEqual(c.verb.start);
      expect(c.end).toBeGreaterThanOrEqual(c.verb.end);
      for (const pp of c.pps) expect(t.text.slice(pp.prepSpan.start, pp.prepSpan.end).toLowerCase()).toBe(pp.prep);
      expect(r.clauses[c.id]).toBe(c);
      if (c.parent !== undefined) expect(r.clauses[c.parent]).toBeDefined();
    }
  });
});
