import { listOpen311Categories, type Open311Category } from '../../db/queries/open311Queries.ts';
import type { PublicContext } from '../context.ts';

/** Open311 services: the active complaint categories, in the order the complaint form shows them. */
export async function listOpen311Services(ctx: PublicContext): Promise<Open311Category[]> {
  return listOpen311Categories(ctx.db);
}
