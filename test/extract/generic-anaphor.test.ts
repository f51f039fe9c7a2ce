/**
 * Unnamed armed men told of again by another noun after "the" are the men told of before (src/extract/coref/
 * generic-anaphor.ts): one node, not one per noun. Not when the article told of men by that noun before, when an armed
 * group is named between, when the men before are a group's own ("its fighters"), nor when the sentence sets the two
 * against each other. Fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { GENERIC_ANAPHOR } from '../../src/extract/coref/generic-anaphor.ts';

/** Each entity's label with the mention texts it holds, "label: text|text". */
function nodes(text: string): string[] {
  const ex = analyzeArticle({ id: 'g', title: 'g', text });
  return ex.entities.filter((e) => e.kind !== 'place').map((e) => `${e.label}: ${e.mentions.map((m) => m.text).join('|')}`);
}

function edges(text: string): string[] {
  const ex = analyzeArticle({ id: 'g', title: 'g', text });
  const label = new Map(ex.entities.map((e) => [e.id, e.label]));
  return ex.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`);
}

describe('a definite noun of unnamed armed men refers back to the men told of before', () => {
  it.each([
    ['Unknown assailants shot dead a magistrate in Oruba on Friday. Witnesses said the gunmen escaped on motorbikes.', 'unidentified assailants (in g): Unknown assailants|gunmen'],
    ['Rebels overran an army post near Sella. The fighters then burned two trucks.', 'rebels (in g): Rebels|fighters'],
    ['Masked militants raided a clinic in Tarsa. The attackers later fled towards the border.', 'unidentified militants (in g): Masked militants|attackers'],
    // (two sentences on)
    ['Militiamen blocked the Kaduna road on Sunday. Traffic stopped for hours. Residents said the attackers took twelve passengers.', 'militiamen (Nigeria): Militiamen|attackers'],
  ])('%s', (text, node) => {
    expect(nodes(text)).toContain(node);
  });

  it('reads its example as it says', () => {
    const ex = analyzeArticle({ id: 'g', title: 'g', text: GENERIC_ANAPHOR.example });
    expect(ex.entities.filter((e) => e.kind === 'actor').map((e) => e.mentions.map((m) => m.text))).toContainEqual(GENERIC_ANAPHOR.expect);
  });

  it('lets what the article says of them reach the group they belong to', () => {
    expect(edges('Gunmen stormed a police post in Kadara on Sunday. The attackers, who belong to the Kessar Front, killed two officers.')).toContain('Kessar Front attacks police (in g)');
  });

  it.each([
    // (the article told of men by that noun before: they are those men)
    ['Rebels shelled Sella in March. Militants later blocked the road. The rebels withdrew in May.', ['rebels (in g)', 'militants (in g)']],
    // (an armed group named between: the men may be its)
    ['Gunmen raided a farm near Oruba. The Kessar Front said the attackers were not its men.', ['gunmen (in g)']],
    // (a group's own men are that group's)
    ['The Tarvan Front has long fought the army. On Monday its fighters raided a clinic in Tarsa. The attackers later fled.', ['Tarvan Front']],
    // (two sides in one sentence)
    ['Gunmen attacked a convoy near Sella. Later the militants clashed with the gunmen.', ['gunmen (in g)', 'militants (in g)']],
    // (three sentences away and more: too far back)
    ['Bandits blocked the road on Sunday. Traffic stopped. Schools closed. Shops closed. Residents said the militants came back.', ['bandits (in g)', 'militants (in g)']],
  ])('keeps the men apart: %s', (text, expected) => {
    const labels = nodes(text).map((n) => n.replace(/: .*/, ''));
    for (const l of expected) expect(labels, labels.join(', ')).toContain(l);
  });
});
