import { countUsers, listUsers, type UserRow } from '../../db/queries/userQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageUsers } from '../../domain/policies/adminPolicy.ts';
import type { ReadContext } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';

/**
 * Staff accounts by username, a page after the cursor, for administrators only (OWASP ASVS 4.0 4.1.1),
 * optionally matching a search; `total` counts every match so the page can say "20 of 78".
 */
export async function listUsersForAdmin(
  ctx: ReadContext,
  input: { cursor?: string | undefined; limit: number; q?: string | undefined },
): Promise<{ rows: UserRow[]; nextCursor: string | null; total: number }> {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  const after = input.cursor ? String(decodeCursor(input.cursor, ['string'])[0]) : undefined;
  const q = input.q?.trim() || undefined;
  const [rows, total] = await Promise.all([
    listUsers(ctx.db, { after, limit: input.limit + 1, ...(q ? { q } : {}) }),
    countUsers(ctx.db, q ? { q } : {}),
  ]);
  const page = rows.slice(0, input.limit);
  return { rows: page, nextCursor: rows.length > input.limit ? encodeCursor([page[page.length - 1]!.username]) : null, total };
}
