/**
 * The antecedents an article has named so far, kept in text order per class
 * (persons, groups, one list per entity type, one per head noun), and the
 * rule that picks one: the compatible entities of the nearest sentence that
 * has any, within a few sentences; exactly one entity there, or nothing.
 *
 * A lookup walks back over at most `MAX_LOOK` entries of one list, so an
 * article costs linear time however long it is.
 */
import type { EntityType, NodeKind, Span } from '../../types.ts';

export type Gender = 'male' | 'female';

export interface Entry extends Span {
  /** Who it is: the same key is the same entity (a person's surname, else the lexicon id or the folded name). */
  key: string;
  /** Sentence index. */
  sent: number;
  kind: NodeKind;
  type: EntityType;
  canonical?: string;
  gender?: Gender;
  /** A name of many ("civilians", "Iraqi forces"): "they", never "it". */
  plural?: boolean;
  /** An unnamed person ("the minister") or an unresolved description ("the regime"): competes for a pronoun, never wins one. */
  phantom?: boolean;
  /** A force that is a country's own armed forces ("the army" may refer back to it). */
  national?: boolean;
  /** The name mention a pronoun resolved to this entry refers to. */
  name: Span;
  /** An unresolved description of a place ("the ridge"): never "them". */
  place?: boolean;
  /** A country stood for by a group's demonym ("Iraqis"), not named: it yields to any other country in reach. */
  byDemonym?: boolean;
}

/** How many entries one lookup looks at, at most. */
const MAX_LOOK = 24;
/** How many sentences back an antecedent may be (0 = the same sentence). */
const SENTENCES_BACK = 2;
/** How far back in characters, whatever the sentences. */
const WINDOW = 700;

export class Recent {
  private readonly items: Entry[] = [];

  push(e: Entry): void {
    this.items.push(e);
  }

  /**
   * The one entity `accept` takes in the nearest sentence (at or before
   * `sent`) that holds any it takes; undefined when none, or when that
   * sentence holds two entities (ambiguous), or when the one it holds is an
   * unnamed person.
   */
  pick(sent: number, pos: number, accept: (e: Entry) => boolean, back = SENTENCES_BACK): Entry | undefined {
    let found: Entry | undefined;
    for (let k = this.items.length - 1, n = 0; k >= 0 && n < MAX_LOOK; k--, n++) {
      const e = this.items[k]!;
      if (e.start >= pos) continue;
      if (e.sent < sent - back || pos - e.end > WINDOW) break;
      if (found && e.sent < found.sent) break;
      if (!accept(e)) continue;
      if (!found) found = e;
      else if (e.key !== found.key) return undefined;
    }
    return found?.phantom ? undefined : found;
  }

  /** Whether any entity `accept` takes lies within reach (`back` sentences, the window) before `pos`. */
  any(sent: number, pos: number, accept: (e: Entry) => boolean, back = SENTENCES_BACK): boolean {
    for (let k = this.items.length - 1, n = 0; k >= 0 && n < MAX_LOOK; k--, n++) {
      const e = this.items[k]!;
      if (e.start >= pos) continue;
      if (e.sent < sent - back || pos - e.end > WINDOW) break;
      if (accept(e)) return true;
    }
    return false;
  }

  /**
   * "The two leaders": the two entities of the nearest sentence (at or
   * before `sent`, within `back`) that holds any, in text order; nothing
   * when that sentence holds one, three or more, or an unnamed person.
   */
  pickPair(sent: number, pos: number, back = SENTENCES_BACK): Entry[] {
    const byKey = new Map<string, Entry>();
    let at: number | undefined;
    for (let k = this.items.length - 1, n = 0; k >= 0 && n < MAX_LOOK; k--, n++) {
      const e = this.items[k]!;
      if (e.start >= pos) continue;
      if (e.sent < sent - back || pos - e.end > WINDOW) break;
      if (at !== undefined && e.sent < at) break;
      at = e.sent;
      if (e.phantom) return [];
      byKey.set(e.key, e);
    }
    return byKey.size === 2 ? [...byKey.values()].sort((a, b) => a.start - b.start) : [];
  }
}
