/**
 * The shared shape of the tests of passes that drop names ("the Kandahar
 * Open", "Grad rockets", a headline's words): a table of [text, names that
 * must not appear, names that must] and a table of false positives, [text,
 * names that must stay], over the mentions of the analysed article.
 */
import { expect, it } from 'vitest';

export type DroppedRow = [string, string[], string[]];
export type KeptRow = [string, string[]];

/** The `it.each` blocks of both tables, with `names` giving the mentions' texts of a text. */
export function droppedAndKept(names: (text: string) => string[], dropped: readonly DroppedRow[], kept: readonly KeptRow[]): void {
  it.each(dropped)('%s', (text, absent, present) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
    for (const p of present) expect(got).toContain(p);
  });

  it.each(kept)('kept: %s', (text, present) => {
    const got = names(text);
    for (const p of present) expect(got).toContain(p);
  });
}
