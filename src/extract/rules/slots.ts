/**
 * The mention slots a rule cannot match without, derived from its pattern: a
 * second pre-test next to the cue words (cue.ts), on the sentence's mentions
 * instead of its words. A pattern's `{S:kinds}`, `{T:kinds}`, `{T}` and `{X}`
 * that stand in its top-level sequence (in no group, no alternative, with no
 * quantifier) each consume one placeholder `⟦i|kind|type|rule⟧` (mask.ts)
 * whose kind, type or rule is one of the slot's kinds. A sentence whose
 * placeholders cannot fill them all (too few, or none of a slot's kinds) is
 * never matched by the pattern, so the rule need not run: the same answer as
 * running it, cheaper. Slots inside groups are left out, which only makes the
 * test looser. The slots stand in the pattern's order and every placeholder
 * of a sentence is one bracketed unit, so a match fills them with placeholders
 * in that order, each after the one before: the test asks for such an ordered
 * choice (the earliest fitting placeholder for each slot in turn finds one
 * whenever any exists).
 */
import { CLOSE, OPEN, type Masked } from './mask.ts';

/** One required slot: the kinds it accepts, lower case (undefined: any mention). */
export type RequiredSlot = readonly string[] | undefined;

/** The slots every match of `pattern` (a rule pattern, slot syntax of types.ts) fills. */
export function requiredSlots(pattern: string): RequiredSlot[] {
  const out: RequiredSlot[] = [];
  let depth = 0;
  let topAlternation = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // a character class: skip to its end (a "]" right after "[" or "[^" is literal)
      let k = i + 1;
      if (pattern[k] === '^') k++;
      if (pattern[k] === ']') k++;
      for (; k < pattern.length && pattern[k] !== ']'; k++) if (pattern[k] === '\\') k++;
      i = k;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) topAlternation = true;
    else if (c === '{' && depth === 0) {
      const m = /^\{([STX])(?::([\w,-]+))?\}/.exec(pattern.slice(i));
      if (!m) continue;
      const next = pattern[i + m[0].length];
      const quantified = next === '?' || next === '*' || next === '+' || (next === '{' && /^\{\d/.test(pattern.slice(i + m[0].length)));
      if (!quantified) out.push(m[2] ? m[2].split(',').map((k) => k.trim().toLowerCase()) : undefined);
      i += m[0].length - 1;
    }
  }
  return topAlternation ? [] : out;
}

/** What the slot pre-test reads of a masked sentence's placeholders. */
export interface SentenceKinds {
  /** How many placeholders. */
  count: number;
  /** Every kind, type and rule of each placeholder's mention, lower case, in the sentence's order; undefined: a
   * placeholder whose fields the test cannot read (not printable ASCII), which may fill any slot. */
  fields: ReadonlyArray<readonly string[] | undefined>;
}

/**
 * The kinds of a masked sentence's placeholders, or undefined when the sentence's own words hold a bracket (a
 * pattern might read them as a placeholder).
 */
export function sentenceKinds(masked: Masked): SentenceKinds | undefined {
  let brackets = 0;
  for (let i = masked.text.indexOf(OPEN); i >= 0; i = masked.text.indexOf(OPEN, i + 1)) brackets++;
  if (brackets !== masked.at.length) return undefined;
  brackets = 0;
  for (let i = masked.text.indexOf(CLOSE); i >= 0; i = masked.text.indexOf(CLOSE, i + 1)) brackets++;
  if (brackets !== masked.at.length) return undefined;
  const fields: Array<readonly string[] | undefined> = [];
  for (const a of masked.at) {
    const inner = masked.text.slice(a.pos + OPEN.length, a.end - CLOSE.length);
    const bar = inner.indexOf('|');
    if (bar < 0) {
      fields.push(undefined);
      continue;
    }
    const rest = inner.slice(bar + 1);
    let read = fieldsRead.get(rest);
    if (read === undefined) {
      // fields the case-insensitive pattern could read otherwise than lower-cased ASCII
      read = /[^\x20-\x7e]/.test(rest) ? null : rest.toLowerCase().split('|');
      if (fieldsRead.size >= FIELDS_READ) fieldsRead.clear();
      fieldsRead.set(rest, read);
    }
    fields.push(read ?? undefined);
  }
  return { count: masked.at.length, fields };
}

/**
 * A placeholder's fields after its index ("organization|armed_group|lexicon") as read, by their text (null: not
 * read): the same few hundred kinds, types and rules come back in every sentence. Cleared when full.
 */
const fieldsRead = new Map<string, readonly string[] | null>();
const FIELDS_READ = 4096;

/** Can the placeholders fill the slots, in order? (false: the pattern cannot match the sentence) */
export function slotsFillable(slots: readonly RequiredSlot[], k: SentenceKinds): boolean {
  if (slots.length > k.count) return false;
  const fields = k.fields;
  let j = 0;
  for (let i = 0; i < slots.length; i++) {
    const kinds = slots[i];
    // the earliest placeholder after the previous slot's that fits this slot
    for (; j < fields.length; j++) {
      const f = fields[j];
      if (!kinds || !f) break;
      let ok = false;
      for (let q = 0; q < kinds.length && !ok; q++) ok = f.includes(kinds[q]!);
      if (ok) break;
    }
    if (j >= fields.length) return false;
    j++;
  }
  return true;
}

/**
 * The length of the look-arounds a pattern opens with (`(?<!\\bby\\s+)`, `(?=⟦)`: whole groups, unquantified, one
 * after the other): they consume nothing, so a match starts where what follows them does.
 */
export function leadingLookarounds(pattern: string): number {
  let i = 0;
  while (/^\(\?<?[=!]/.test(pattern.slice(i, i + 4))) {
    let depth = 0;
    let k = i;
    for (; k < pattern.length; k++) {
      const c = pattern[k];
      if (c === '\\') k++;
      else if (c === '[') {
        // (a class: its brackets and parentheses are characters)
        for (k++; k < pattern.length && pattern[k] !== ']'; k++) if (pattern[k] === '\\') k++;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    if (k >= pattern.length || quantified(pattern, k + 1)) return i;
    i = k + 1;
  }
  return i;
}

const quantified = (pattern: string, at: number): boolean => {
  const next = pattern[at];
  return next === '?' || next === '*' || next === '+' || (next === '{' && /^\{\d/.test(pattern.slice(at)));
};

/**
 * The slot a pattern starts with (`{S:kinds}`, `{T}`, `{X}` as its first element after any look-arounds,
 * unquantified, with no top-level alternative), or null when it starts otherwise: every match of such a pattern
 * starts at a placeholder that fits the slot.
 */
export function leadingSlot(pattern: string): { kinds: RequiredSlot } | null {
  const from = leadingLookarounds(pattern);
  const m = /^\{([STX])(?::([\w,-]+))?\}/.exec(pattern.slice(from));
  if (!m) return null;
  if (quantified(pattern, from + m[0].length)) return null;
  // a top-level alternative ("{S}x|y") may start elsewhere: requiredSlots reads none then
  if (requiredSlots(pattern).length === 0) return null;
  return { kinds: m[2] ? m[2].split(',').map((k) => k.trim().toLowerCase()) : undefined };
}

/** Does placeholder `j` of the sentence fit the slot (an unreadable placeholder fits any)? */
export function fitsSlot(kinds: RequiredSlot, k: SentenceKinds, j: number): boolean {
  const f = k.fields[j];
  if (!kinds || !f) return true;
  for (let q = 0; q < kinds.length; q++) if (f.includes(kinds[q]!)) return true;
  return false;
}
