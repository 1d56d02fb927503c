import { listUsers, type UserRow } from '../../db/queries/userQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageUsers } from '../../domain/policies/adminPolicy.ts';
import type { ReadContext } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';

/** Staff accounts by username, a page after the cursor, for administrators only (OWASP ASVS 4.0 4.1.1). */
export async function listUsersForAdmin(
  ctx: ReadContext,
  input: { cursor?: string; limit: number },
): Promise<{ rows: UserRow[]; nextCursor: string | null }> {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  const after = input.cursor ? String(decodeCursor(input.cursor, ['string'])[0]) : undefined;
  const rows = await listUsers(ctx.db, { after, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  return { rows: page, nextCursor: rows.length > input.limit ? encodeCursor([page[page.length - 1]!.username]) : null };
}
