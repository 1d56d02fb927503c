import { listGroupAgencies, listGroups as listGroupRows, type GroupAgencyRow, type GroupRow } from '../../db/queries/groupQueries.ts';
import type { ReadContext } from '../context.ts';

/** Every integrated group with its lead and member agencies: any member of staff may read them (seed 001). */
export async function listGroups(ctx: ReadContext): Promise<{ groups: GroupRow[]; agencies: GroupAgencyRow[] }> {
  const groups = await listGroupRows(ctx.db);
  const agencies = await listGroupAgencies(
    ctx.db,
    groups.map((g) => g.id),
  );
  return { groups, agencies };
}
