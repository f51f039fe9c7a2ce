/**
 * The PETRARCH unit-test records (../shared/data/petrarch2/text/
 * PETR.UnitTest.records.xml): 284 sentences, each with the event codings the
 * coder must produce (`<EventCoding sourcecode targetcode eventcode>`), or
 * `noevents`, or an error it must report. A small reader for that one file:
 * comments removed, `<Config>` options applied in document order, attribute
 * quoting as the file has it (`date = "20080801"`, `sourcecode='"TEXT"'`).
 */

/** An actor as a coding names it: a dictionary code ("ARNGOV"), or a quoted text (a new actor found by phrase). */
export type CodedActor = { code: string } | { text: string };

export interface PetrarchCoding {
  source: CodedActor;
  target: CodedActor;
  /** The event code as written ("064", "1711", "903"). */
  event: string;
}

export interface PetrarchRecord {
  id: string;
  category: string;
  /** ISO date of the record (the date dated roles are read at). */
  date: string;
  /** One sentence (`sentence="true"`) or a story of several. */
  sentence: boolean;
  /** The text, white space collapsed (the parser PETRARCH uses sees it so). */
  text: string;
  codings: PetrarchCoding[];
  /** The record expects no event at all. */
  noEvents: boolean;
  /** The record expects the coder to report this error instead (bad_input_parse, sentencediscard...). */
  error?: string;
  /** Verb tokens of the record's Treebank parse (VB, VBD, VBG, VBN, VBP, VBZ), lower case. */
  parseVerbs: string[];
  /** `<Config>` options in force for this record (require_dyad, new_actor_length...). */
  options: Record<string, string>;
  /** Line of `<Sentence` in the file. */
  line: number;
}

export interface UnitTestFile {
  /** The dictionaries the records were written for (`<Environment>`). */
  environment: Record<string, string>;
  records: PetrarchRecord[];
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([A-Za-z_]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = m[2] ?? m[3] ?? '';
  return out;
}

function actor(v: string): CodedActor {
  const m = /^"(.*)"$/.exec(v.trim());
  return m ? { text: m[1]! } : { code: v.trim() };
}

/** XML's predefined entities decoded ("full &amp;TIETYPE ties" is "full &TIETYPE ties"). */
export function xmlText(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return named[k] ?? m;
  });
}

function isoDate(d: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(d.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Parse the unit-test file; problems (a record without text or date) are reported and the record skipped. */
export function parseUnitTests(xml: string, problems: string[]): UnitTestFile {
  // comments out, keeping line numbers (a comment's newlines stay)
  const text = xml.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  const environment: Record<string, string> = {};
  const env = /<Environment>([\s\S]*?)<\/Environment>/.exec(text);
  if (env) for (const m of env[1]!.matchAll(/<([A-Za-z]+)>([^<]*)<\/\1>/g)) environment[m[1]!] = m[2]!.trim();
  const options: Record<string, string> = {};
  const records: PetrarchRecord[] = [];
  const body = env ? text.slice(env.index + env[0].length) : text;
  const offset = env ? env.index + env[0].length : 0;
  for (const m of body.matchAll(/<Config\b([^>]*)>|<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    if (m[1] !== undefined) {
      const a = attrs(m[1]);
      if (a.option) options[a.option] = (a.value ?? '').toLowerCase();
      continue;
    }
    const line = lineAt(offset + m.index);
    const a = attrs(m[2]!);
    const inner = m[3]!;
    const t = /<Text>([\s\S]*?)<\/Text>/.exec(inner);
    const date = isoDate(a.date ?? '');
    if (!a.id || !t || !date) {
      problems.push(`PETR.UnitTest.records.xml:${line}: sentence ${a.id ?? '?'} without ${!a.id ? 'an id' : !t ? 'a <Text>' : 'a date'}: skipped`);
      continue;
    }
    const codings: PetrarchCoding[] = [];
    let noEvents = false;
    let error: string | undefined;
    for (const c of inner.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const ca = attrs(c[1]!);
      if (ca.noevents !== undefined && ca.noevents.toLowerCase() === 'true') noEvents = true;
      else if (ca.error) error = ca.error;
      else if (ca.eventcode && ca.sourcecode !== undefined && ca.targetcode !== undefined)
        codings.push({ source: actor(ca.sourcecode), target: actor(ca.targetcode), event: ca.eventcode });
      else problems.push(`PETR.UnitTest.records.xml:${lineAt(offset + m.index + c.index)}: ${a.id}: EventCoding without source, target or event: ignored`);
    }
    const parse = /<Parse>([\s\S]*?)<\/Parse>/.exec(inner)?.[1] ?? '';
    records.push({
      id: a.id,
      category: a.category ?? '',
      date,
      sentence: (a.sentence ?? 'true').toLowerCase() === 'true',
      text: xmlText(t[1]!).replace(/\s+/g, ' ').trim(),
      codings,
      noEvents,
      ...(error ? { error } : {}),
      parseVerbs: [...parse.matchAll(/\(VB[DGNPZ]?\s+([^()\s]+)\s*\)/g)].map((v) => v[1]!.toLowerCase()),
      options: { ...options },
      line,
    });
  }
  return { environment, records };
}
