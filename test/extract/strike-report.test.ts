/**
 * Strike reports (src/extract/strike-report.ts): the per-location lines of
 * military press releases, read under their frame sentence.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { resolveArticle } from '../../src/resolve/article.ts';

const FRAME = 'On Jan. 10, Coalition military forces conducted 23 strikes against ISIL terrorists in Syria and Iraq.';

function lines(text: string) {
  const raw = extract({ id: 't', title: 't', text });
  return raw.relations
    .filter((r) => /strike-(?:report|sentence)$/.test(r.evidence.rule))
    .map((r) => ({
      edge: `${raw.mentions[r.source]!.text} ${r.type} ${raw.mentions[r.target]!.text}`,
      source: text.slice((r.sourceSpan ?? raw.mentions[r.source]!).start, (r.sourceSpan ?? raw.mentions[r.source]!).end),
      target: text.slice((r.targetSpan ?? raw.mentions[r.target]!).start, (r.targetSpan ?? raw.mentions[r.target]!).end),
      quantity: r.evidence.quantity,
      rule: r.evidence.rule,
    }));
}

const CASES: [string, string[]][] = [
  [
    `${FRAME}\n.       Near Mosul, three strikes engaged three ISIL tactical units and destroyed two vehicles.`,
    [
      'Coalition military forces attacks ISIL: three strikes -> three ISIL tactical units',
      'Coalition military forces attacks ISIL: three strikes -> two vehicles',
      'ISIL located_in Mosul: three ISIL tactical units -> Mosul',
      'ISIL located_in Mosul: two vehicles -> Mosul',
    ],
  ],
  [
    `${FRAME}\nNear Rawah, one strike engaged an ISIL tactical unit; destroyed a VBIED, a VBIED facility, and a UAV launch site; and damaged 39 supply routes.`,
    [
      'Coalition military forces attacks ISIL: one strike -> a VBIED facility',
      'Coalition military forces attacks ISIL: one strike -> a UAV launch site',
      'Coalition military forces attacks ISIL: one strike -> 39 supply routes',
      'ISIL located_in Rawah: a VBIED -> Rawah',
    ],
  ],
  [
    // an unknown name heading a strike line is a place
    `${FRAME}\n• Near Al Shadaddi, one strike engaged an ISIL tactical unit and destroyed a fighting position.`,
    ['ISIL located_in Al Shadaddi: a fighting position -> Al Shadaddi'],
  ],
  [
    // "command and control" is one thing
    `${FRAME}\nNear Ayn Isa, three strikes destroyed a vehicle, a command and control node, and a VBIED.`,
    ['Coalition military forces attacks ISIL: three strikes -> a command and control node'],
  ],
];

const SENTENCES: [string, string[]][] = [
  [
    'A series of precision U.S. airstrikes against al-Qaida operatives this week in Idlib province killed more than 20 militants and destroyed eight vehicles, Peter Cook told reporters.',
    [
      'U.S. attacks al-Qaida: A series of precision U.S. airstrikes -> more than 20 militants',
      'U.S. attacks al-Qaida: A series of precision U.S. airstrikes -> eight vehicles',
      'al-Qaida located_in Idlib province: eight vehicles -> Idlib province',
    ],
  ],
  [
    `${FRAME} These strikes engaged three ISIL tactical units and destroyed a supply cache.`,
    ['Coalition military forces attacks ISIL: These strikes -> a supply cache'],
  ],
];

describe('strike sentences: table', () => {
  it.each(SENTENCES)('%s', (text, expected) => {
    const got = lines(text).map((l) => `${l.edge}: ${l.source} -> ${l.target}`);
    for (const e of expected) expect(got).toContain(e);
    // the attribution is not a thing hit
    expect(got.filter((g) => g.includes('Cook'))).toEqual([]);
  });
});

const MUST_NOT: [string, string][] = [
  // no frame: nobody known to have struck
  ['Near Mosul, three strikes engaged three ISIL tactical units.', 'attacks'],
  // not a strike line: the place phrase is not followed by strikes
  [`${FRAME}\nNear Mosul, residents reported three ISIL tactical units.`, 'attacks'],
  // strikes that are conducted are a frame, not a list of things hit
  ['Coalition military forces conducted 23 strikes and destroyed nothing.', 'attacks'],
  // a line that does not open with an effect verb lists nothing
  [`${FRAME}\nNear Mosul, two strikes were reported by residents and destroyed nothing.`, 'located_in'],
  // the effect verb belongs to another clause: the strike did not kill the soldiers (written fresh)
  ['The Pentagon said the strike answered raids on Kenyan troops, including a rocket attack on a camp in Somalia that killed two American soldiers.', 'attacks'],
];

describe('strike reports: table', () => {
  it.each(CASES)('%s', (text, expected) => {
    const got = lines(text).map((l) => `${l.edge}: ${l.source} -> ${l.target}`);
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('strike reports: must not fire', () => {
  it.each(MUST_NOT)('%s (no %s)', (text, type) => {
    expect(lines(text).filter((l) => l.edge.split(' ').includes(type))).toEqual([]);
  });
});

describe('strike reports: evidence', () => {
  it('keeps the count of each thing hit', () => {
    const got = lines(`${FRAME}\nNear Mosul, five strikes destroyed four fighting positions and an excavator.`);
    const attacks = got.filter((l) => l.rule === 'attacks-strike-report');
    expect(attacks.map((l) => [l.target, l.quantity])).toEqual([
      ['four fighting positions', 4],
      ['an excavator', 1],
    ]);
  });
  it('resolves to one edge per pair, with one evidence item per thing hit, inside the sentence', () => {
    const text = `${FRAME}\nNear Mosul, five strikes destroyed four fighting positions and an excavator.`;
    const ex = resolveArticle(extract({ id: 't', title: 't', text }));
    const attacks = ex.relations.filter((r) => r.type === 'attacks' && r.evidence.some((e) => e.rule === 'attacks-strike-report'));
    expect(attacks).toHaveLength(1);
    const ev = attacks[0]!.evidence.filter((e) => e.rule === 'attacks-strike-report');
    expect(ev).toHaveLength(2);
    for (const e of ev) {
      expect(text.slice(e.start, e.end)).toBe(e.sentence);
      expect(e.sourceMention.start).toBeGreaterThanOrEqual(e.start);
      expect(e.targetMention.end).toBeLessThanOrEqual(e.end);
      expect(text.slice(e.sourceMention.start, e.sourceMention.end)).toBe('five strikes');
    }
  });
});
