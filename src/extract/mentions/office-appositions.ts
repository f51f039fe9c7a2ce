/**
 * An office and a person's name set side by side between commas name one person: "The Iraqi Prime Minister, Haider
 * al-Abadi, visited ...", "Haider al-Abadi, the Iraqi prime minister, said ...". The name gets the office as a title,
 * as "Prime Minister Haider al-Abadi" gives it, so the resolver makes the office and its holder one entity and later
 * mentions of the office ("the prime minister said") find him. A name guessed from its shape as a group or a place
 * beside an office is a person's.
 *
 * An apposition is closed by punctuation or a verb of saying after the second phrase; a list goes on with "and"
 * ("the Foreign Secretary, Alan Reyes and the Defence Secretary") and gives no title.
 *
 * A generic actor that is a person ("the Iraqi prime minister", "one witness") set beside a name the same way is
 * that person: it becomes a description of the name (`describeApposedPersons`, after the generic actors are read),
 * as the coreference makes "the minister" a description of the minister named before.
 */
import type { RawMention } from '../types.ts';
import { GUESSED_NAME_RULES } from './kit.ts';

export const OFFICE_APPOSITION_RULE = {
  reason: 'office-apposition',
  example: 'The Chadian Foreign Minister, Idriss Mahamat, met the envoy in Niamey.',
  expect: ['Idriss Mahamat', 'Chadian Foreign Minister'],
};

/** What may close the second phrase of an apposition: punctuation, the end, a verb of saying. */
const CLOSES = /^(?:\s*(?:[,.;:)]|$)|\s+(?:said|says|told|added|warned)\b)/u;
/** "of Iraq" after an office written in lower case ("the prime minister of Iraq,"). */
const OF_PLACE = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}/u;

const isOffice = (m: RawMention): boolean => m.rule === 'name-office';
const isName = (m: RawMention): boolean => m.type === 'person' && m.rule !== 'name-office' && !m.anaphor && !m.via;
/** A name guessed from its shape as some other actor ("Assane Diallo" typed a group): an office beside it says person. */
const isGuessedName = (m: RawMention): boolean => m.kind === 'actor' && !m.canonical && !m.anaphor && !m.via && GUESSED_NAME_RULES.has(m.rule);

/** The office's words as a title: without "the". */
const titleOf = (office: RawMention): string => office.text.replace(/^(?:the|The)\s+/, '');

/** Two mentions set side by side between commas (the second may open with an article) and closed after the second. */
function apposed(text: string, a: RawMention, b: RawMention): boolean {
  const between = text.slice(a.end, b.start);
  if (/^,\s*$/.test(between)) return CLOSES.test(text.slice(b.end));
  if (!/^,\s*(?:the|an?|one)\s+$/i.test(between)) return false;
  const after = text.slice(b.end);
  const of = OF_PLACE.exec(after);
  return CLOSES.test(of ? after.slice(of[0].length) : after);
}

export function titleApposedNames(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | undefined;
  const give = (k: number, title: string): void => {
    const m = mentions[k]!;
    if (m.titles?.includes(title)) return;
    out ??= mentions.slice();
    out[k] = { ...m, type: 'person', titles: [...(m.titles ?? []), title] };
  };
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1]!;
    if (isOffice(a) && (isName(b) || isGuessedName(b)) && apposed(text, a, b)) give(k + 1, titleOf(a));
    else if ((isName(a) || isGuessedName(a)) && isOffice(b) && apposed(text, a, b)) give(k, titleOf(b));
  }
  return out ?? mentions;
}

export const PERSON_APPOSITION_RULE = {
  reason: 'generic-person-apposition',
  example: 'Idriss Mahamat, the Chadian foreign minister, met the envoy.',
  expect: ['Idriss Mahamat', 'Chadian foreign minister'],
};

const isGenericPerson = (m: RawMention): boolean => m.rule === 'generic-actor' && m.type === 'person' && !m.via;

/** Generic actors that are persons apposed to a person's name become descriptions of the name (indices unchanged). */
export function describeApposedPersons(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | undefined;
  const describe = (k: number, name: RawMention): void => {
    out ??= mentions.slice();
    const { canonical: _c, label: _l, ...rest } = mentions[k]!;
    out[k] = { ...rest, via: 'description', refersTo: { start: name.start, end: name.end } };
  };
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1]!;
    if (isGenericPerson(a) && isName(b) && apposed(text, a, b)) describe(k, b);
    else if (isName(a) && isGenericPerson(b) && apposed(text, a, b)) describe(k + 1, a);
  }
  return out ?? mentions;
}
