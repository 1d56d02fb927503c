import type { CategoryRow } from '../../db/queries/complaintConfigQueries.ts';
import type { PublicContext } from '../context.ts';
import { currentComplaintConfig } from './complaintConfig.ts';

/** The categories citizens choose from: the active ones, from the configuration every process caches. */
export async function listPublicCategories(ctx: PublicContext): Promise<CategoryRow[]> {
  const config = await currentComplaintConfig(ctx.db);
  return [...config.categories.values()].filter((c) => c.active);
}
