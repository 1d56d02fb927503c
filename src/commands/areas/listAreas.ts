import { listAreas as listAreaRows, type AreaRow } from '../../db/queries/areaQueries.ts';
import type { PublicContext } from '../context.ts';

/** Provinces, districts and subdistricts with their official codes: public reference data, readable without signing in. */
export async function listAreas(ctx: PublicContext, filter: { level?: AreaRow['level']; parent?: string; q?: string }): Promise<AreaRow[]> {
  return listAreaRows(ctx.db, filter);
}
