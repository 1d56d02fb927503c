import type { CategoryRow } from '../../db/queries/complaintConfigQueries.ts';
import type { ReadContext } from '../context.ts';
import { currentComplaintConfig } from './complaintConfig.ts';
import { readComplaintForStaff } from './staffComplaintActions.ts';

/** The staff complaint page: the complaint cut to what the viewer may see, with its category as currently configured. */
export async function readStaffComplaint(
  ctx: ReadContext,
  caseId: string,
): Promise<{ view: Awaited<ReturnType<typeof readComplaintForStaff>>; category: CategoryRow | undefined }> {
  const view = await readComplaintForStaff(ctx, caseId);
  const config = await currentComplaintConfig(ctx.db);
  return { view, category: config.categories.get(view.complaint.category_code) };
}
