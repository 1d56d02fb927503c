import {
  findGroup,
  listGroupAgencies,
  listGroupCases,
  type GroupAgencyRow,
  type GroupCaseRow,
  type GroupRow,
} from '../../db/queries/groupQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import type { ReadContext } from '../context.ts';

/**
 * One integrated group with its agencies and the directives and policies in it that the viewer
 * may read (inside their `readScope`), each with its acknowledgement counts.
 */
export async function readGroup(
  ctx: ReadContext,
  groupId: string,
): Promise<{ group: GroupRow; agencies: GroupAgencyRow[]; cases: GroupCaseRow[] }> {
  const group = await findGroup(ctx.db, groupId);
  if (!group) throw new AppError('not_found');
  const cases = await listGroupCases(ctx.db, groupId, readScope(ctx.actor));
  return { group, agencies: await listGroupAgencies(ctx.db, [groupId]), cases };
}
