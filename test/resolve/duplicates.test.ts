/**
 * Suspected duplicates across a graph: same normalised name within one kind,
 * similar names, and the pairs the gazetteer keeps apart on purpose.
 */
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create.ts';
import { findDuplicates, linkDuplicates } from '../../src/resolve/duplicates.ts';
import { KIND_OF_TYPE } from '../../src/types.ts';
import type { EntityType, NewsGraph } from '../../src/types.ts';

function graph(nodes: Array<[string, string, EntityType, string[]?]>): NewsGraph {
  const g = createGraph();
  for (const [id, label, type, aliases] of nodes) g.addNode(id, { label, type, kind: KIND_OF_TYPE[type], aliases: aliases ?? [], mentions: 1, articles: 1 });
  return g;
}

describe('findDuplicates', () => {
  const g = graph([
    ['kheder', 'Kheder Ali', 'person'],
    ['khider', 'Khider Ali', 'person'],
    ['imf', 'IMF', 'organization'],
    ['international-monetary-fund', 'International Monetary Fund', 'organization', ['IMF']],
    ['khan-tuman', 'Khan Tuman', 'city'],
    ['khan-touman', 'Khan Touman', 'city'],
    ['khan-tuman-person', 'Khan Tuman', 'person'],
    ['hayat-tahrir-al-sham', 'Hayat Tahrir al-Sham', 'armed_group', ['Nusra']],
    ['al-nusra-front', 'al-Nusra Front', 'armed_group', ['Nusra']],
    ['hassan-1', 'Hassan', 'person'],
    ['hassan-2', 'Hassan', 'person'],
    ['syrian-observatory-for-human-rights', 'Syrian Observatory for Human Rights', 'organization'],
    ['sohr-typo', 'Syrian Observatory for Human Right', 'organization'],
  ]);
  const found = findDuplicates(g);
  const same = found.filter((d) => d.why === 'same-name').map((d) => d.ids.join(' '));
  const similar = found.filter((d) => d.why === 'similar').map((d) => d.ids.join(' '));

  const expected: string[] = ['kheder khider', 'imf international-monetary-fund', 'khan-touman khan-tuman'];
  it.each(expected)('finds %s', (ids) => expect(same).toContain(ids));

  const never: string[] = [
    'al-nusra-front hayat-tahrir-al-sham', // linked by the gazetteer, not the same
    'hassan-1 hassan-2', // one-word person names say too little
    'khan-tuman khan-tuman-person', // different kinds
  ];
  it.each(never)('never suspects %s', (ids) => {
    expect(same).not.toContain(ids);
    expect(similar).not.toContain(ids);
  });

  it('lists similar labels with a score', () => {
    expect(similar).toContain('sohr-typo syrian-observatory-for-human-rights');
  });
});

describe('linkDuplicates', () => {
  it('adds possiblySameAs both ways on a copy', () => {
    const g = graph([['kheder', 'Kheder Ali', 'person'], ['khider', 'Khider Ali', 'person'], ['x', 'Other Name', 'person']]);
    const out = linkDuplicates(g);
    expect(out.getNodeAttribute('kheder', 'possiblySameAs')).toEqual(['khider']);
    expect(out.getNodeAttribute('khider', 'possiblySameAs')).toEqual(['kheder']);
    expect(out.getNodeAttribute('x', 'possiblySameAs')).toBeUndefined();
    expect(g.getNodeAttribute('kheder', 'possiblySameAs')).toBeUndefined();
  });
});
