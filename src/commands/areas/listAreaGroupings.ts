import { listGroupings, type GroupingRow } from '../../db/queries/areaQueries.ts';
import type { PublicContext } from '../context.ts';

/** Regions, inspection zones and province groups with their provinces: public reference data, readable without signing in. */
export async function listAreaGroupings(ctx: PublicContext, kind?: string): Promise<GroupingRow[]> {
  return listGroupings(ctx.db, kind);
}
