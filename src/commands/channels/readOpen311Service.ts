import { findOpen311Category, type Open311Category } from '../../db/queries/open311Queries.ts';
import { AppError } from '../../domain/errors.ts';
import type { PublicContext } from '../context.ts';

/** One Open311 service (an active complaint category) by its code. */
export async function readOpen311Service(ctx: PublicContext, code: string): Promise<Open311Category> {
  const category = await findOpen311Category(ctx.db, code);
  if (!category) throw new AppError('not_found', { th: 'ไม่พบบริการนี้', en: 'There is no such service_code.' });
  return category;
}
