/**
 * Statements after "X said:" (quote-statement) and "we" in quotations
 * (src/extract/first-person.ts).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { findStatements } from '../../src/extract/formats/statements.ts';

const run = (text: string) => extract({ id: 't', title: 't', text });

function edges(text: string) {
  const raw = run(text);
  return raw.relations.map((r) => {
    const s = r.sourceSpan ?? raw.mentions[r.source]!;
    return `${raw.mentions[r.source]!.text} ${r.type} ${raw.mentions[r.target]!.text} [${text.slice(s.start, s.end)}]`;
  });
}

describe('statements after "X said:"', () => {
  const text =
    'ISIL has killed 70 members of the Al Bu Nimr tribe.\n\nMinister for the Middle East, Tobias Ellwood said:\n\n' +
    'I am deeply concerned by these reports.\n\nWe have been clear.\n\nFurther information\n\nFollow the Foreign Office on Twitter.';
  it('reads the paragraphs after the line as the speaker\'s words, up to the release\'s furniture', () => {
    const raw = run(text);
    expect(raw.quotes).toHaveLength(1);
    const q = raw.quotes[0]!;
    expect(raw.mentions[q.speaker]!.text).toBe('Tobias Ellwood');
    expect(q.text).toBe('I am deeply concerned by these reports.\n\nWe have been clear.');
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });
  it('leaves quoted statements to the quotation marks', () => {
    expect(findStatements('Townsend said:\n\n"We will deliver ISIL a lasting defeat."')).toEqual([]);
  });
  it('needs the attribution to close its line', () => {
    expect(findStatements('He said: we will win.\nNothing else.')).toEqual([]);
  });
});

// "We" is a mention of the speaker's group (coref/, via pronoun); with the group named in the same sentence the
// relation's end is the name (preferNamedEnds), so the evidence names it
const CASES: [string, string][] = [
  [
    'Gen. Joseph Votel, commander of U.S. Central Command said, "We have been very clear that to defeat Daesh we would need partners."',
    'U.S. Central Command attacks Daesh [U.S. Central Command]',
  ],
  ['U.S. Central Command said, "We will continue to strike ISIL in Iraq."', 'U.S. Central Command attacks ISIL [U.S. Central Command]'],
];

const MUST_NOT: [string, string][] = [
  // a person with no known group speaks for nobody else
  ['General Rohilat Afrin told the Wall Street Journal, "We defeated the Islamic State."', 'attacks'],
  // "we" outside a quotation is the writer
  ['Gen. Joseph Votel, commander of U.S. Central Command, spoke. We will continue to strike ISIL.', 'attacks'],
];

describe('"we" in a quotation is the speaker\'s group', () => {
  it.each(CASES)('%s -> %s', (text, expected) => {
    expect(edges(text)).toContain(expected);
  });
  it.each(MUST_NOT)('%s (no %s)', (text, type) => {
    expect(edges(text).filter((e) => e.includes('[We]') && e.split(' ').includes(type))).toEqual([]);
  });
});
