/**
 * The listener of a quotation attributed after it: `"...," he told Reuters` gives `quotes` from the speaker to the
 * outlet or body told (src/extract/quotes.ts, lexicon verb class `tell`). Sentences written fresh for this table.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';

function addressed(text: string): string[] {
  const raw = extract({ id: 't', title: 't', text });
  return raw.relations
    .filter((r) => r.type === 'quotes' && r.evidence.rule === 'quote-after')
    .map((r) => `${raw.mentions[r.source]!.text} -> ${raw.mentions[r.target]!.text}`);
}

const CASES: [string, string][] = [
  ['"The dam will hold," Colonel Ahmed Saleh told Reuters.', 'Ahmed Saleh -> Reuters'],
  ['"The dam will hold," Colonel Ahmed Saleh told the Wall Street Journal on Sunday.', 'Ahmed Saleh -> Wall Street Journal'],
  // the pronoun, linked to Ahmed Saleh by coreference
  ['Colonel Ahmed Saleh spoke after the vote. "The dam will hold," he told the BBC.', 'he -> BBC'],
  ['"No talks without a ceasefire," Benjamin Netanyahu told the Knesset.', 'Benjamin Netanyahu -> Knesset'],
];

// no listener: a place, a generic audience, or a verb that does not take one
const MUST_NOT: [string, string][] = [
  ['"The dam will hold," Colonel Ahmed Saleh told reporters in Damascus.', 'Damascus'],
  ['"The dam will hold," Colonel Ahmed Saleh said in Damascus.', 'Damascus'],
  ['"The dam will hold," Colonel Ahmed Saleh said, citing Reuters.', 'Reuters'],
  ['"The dam will hold," Colonel Ahmed Saleh told journalists, a day after Reuters reported the leak.', 'Reuters'],
];

describe('the listener of a quotation (quote-after)', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(addressed(text)).toContain(expected);
  });
  it.each(MUST_NOT)('%s (no quotes to %s)', (text, name) => {
    expect(addressed(text).filter((e) => e.endsWith(`-> ${name}`))).toEqual([]);
  });
});
