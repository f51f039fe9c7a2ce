import { openNewsgraph } from '../src/api.ts';
const ng = openNewsgraph({ db: process.argv[2]!, mustExist: true });
const ids = (await ng.search('a', { limit: 30 } as any)).hits.map((h: any) => h.id);
for (const round of [0, 1]) {
  for (const [name, fn] of [
    ['neighbors', (id: string) => ng.neighbors(id)],
    ['neighbors d2', (id: string) => ng.neighbors(id, { depth: 2 })],
    ['node', (id: string) => ng.node(id)],
    ['timeline', (id: string) => ng.timeline(id)],
    ['path', (id: string) => ng.path(id, ids[0])],
  ] as const) {
    const t = performance.now();
    for (const id of ids) await (fn as any)(id).catch(() => {});
    if (round) console.log(name, ((performance.now() - t) / ids.length).toFixed(2), 'ms');
  }
}
await ng.close();
