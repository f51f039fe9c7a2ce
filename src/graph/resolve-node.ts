/**
 * Which node a query starts from: an exact id, else an id an analyst's merge
 * redirected, else the exact folded name (label before alias, the most
 * mentioned first).
 */
import { NotFoundError } from '../errors.ts';
import type { EntityRow, StoreReader } from '../store/index.ts';
import { foldName } from '../util/names.ts';
import { checkIdOrName } from './query-options.ts';

/** Where a merged-away id went (the applied curation's merges), for ids that are no node of their own. */
export type Redirect = (id: string) => string | Promise<string>;

/** `notAnId`: the caller has just found no entity with this id. */
export async function resolveEntity(
  store: Pick<StoreReader, 'entity' | 'entityByName'>,
  idOrName: string,
  redirect?: Redirect,
  opts: { notAnId?: boolean } = {},
): Promise<EntityRow> {
  checkIdOrName(idOrName);
  let row = opts.notAnId ? undefined : await store.entity(idOrName);
  if (!row && redirect) {
    const to = await redirect(idOrName);
    if (to !== idOrName) row = await store.entity(to);
  }
  row ??= await store.entityByName(foldName(idOrName));
  if (!row) throw new NotFoundError(`node "${idOrName}"`);
  return row;
}
