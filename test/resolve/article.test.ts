/**
 * Within-article resolution (issue 4): [text, expectation] tables.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { resolveArticle } from '../../src/resolve/article.ts';

const resolve = (text: string) => resolveArticle(extract({ id: 't', title: 't', text }));
const idsOf = (text: string, surface: string): string[] => {
  const ex = resolve(text);
  return ex.entities.filter((e) => e.mentions.some((m) => m.text === surface)).map((e) => e.id);
};

describe('within-article links', () => {
  const SAME: [string, string, string][] = [
    ['The Zenobia Liberation Front (ZLF) took the town. Later the ZLF withdrew.', 'Zenobia Liberation Front', 'ZLF'],
    ['General Rohilat Afrin, co-commander of the SDF, spoke. Afrin said more.', 'Rohilat Afrin', 'Afrin'],
    ['Col. Karim Haddad spoke first. Later, Haddad left.', 'Karim Haddad', 'Haddad'],
    ['Hayat Tahrir al-Sham took Idlib. The group then fought rivals.', 'Hayat Tahrir al-Sham', 'The group'],
    ['US coalition forces are at risk. ISIS is targeting allied troops.', 'US coalition forces', 'allied troops'],
    ['ISIS’s resurgence worries the SDF. ISIS is strong.', 'ISIS', 'ISIS'],
    ['The Syrian Democratic Forces advanced. SDF forces took Raqqa.', 'Syrian Democratic Forces', 'SDF forces'],
  ];
  it.each(SAME)('%s: "%s" = "%s"', (text, a, b) => {
    const x = idsOf(text, a);
    expect(x.length).toBe(1);
    expect(idsOf(text, b)).toEqual(x);
  });

  it('drops an ambiguous "the group"', () => {
    const ex = resolve('Hayat Tahrir al-Sham and Hurras al-Din clashed. The group lost.');
    expect(ex.entities.some((e) => e.mentions.some((m) => m.text === 'The group'))).toBe(false);
  });

  it('keeps two people who share a surname apart', () => {
    const ex = resolve('Gen. Karim Haddad and Col. Samir Haddad met. Haddad spoke.');
    const people = ex.entities.filter((e) => e.type === 'person').map((e) => e.id).sort();
    expect(people).toEqual(['karim-haddad', 'samir-haddad']);
  });

  it('keeps the country apart from its forces', () => {
    const ex = resolve('The US maintains 900 personnel in Syria. US forces might withdraw.');
    expect(idsOf('The US maintains 900 personnel in Syria. US forces might withdraw.', 'US')).toEqual(['united-states']);
    expect(ex.entities.map((e) => e.id)).toContain('us-forces');
  });

  it('strips titles into titles and roles into roles', () => {
    const ex = resolve('Brig. Gen. Ali al-Hassan, a spokesman for the Asayish, warned.');
    const p = ex.entities.find((e) => e.id === 'ali-al-hassan')!;
    expect(p.label).toBe('Ali al-Hassan');
    expect(p.titles).toEqual(['Brig. Gen.']);
    expect(p.roles).toEqual(['spokesman']);
  });

  it('drops relations whose ends are one entity and sorts output', () => {
    const ex = resolve('The Islamic State (ISIS) attacked ISIS positions. ISIS attacked the Peshmerga.');
    expect(ex.relations.every((r) => r.source !== r.target)).toBe(true);
    const ids = ex.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
  });
});
