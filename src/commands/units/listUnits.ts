import { countUnits, findUnit, listUnits as listUnitRows, type UnitKind, type UnitRow } from '../../db/queries/unitQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { ReadContext } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';

export interface UnitListInput {
  parentId?: string;
  /** Only units below this one (its whole subtree); an unknown unit is `not_found`. */
  underId?: string;
  kind?: UnitKind;
  areaPrefix?: string;
  q?: string;
  cursor?: string;
  limit: number;
}

/**
 * Active units by code, a page after the cursor, and how many match on all pages. The unit tree is the government's
 * organisation chart, so every signed-in user reads all of it: no `readScope` here.
 */
export async function listUnits(
  ctx: ReadContext,
  input: UnitListInput,
): Promise<{ rows: (UnitRow & { child_count: number })[]; nextCursor: string | null; total: number }> {
  const under = input.underId ? await findUnit(ctx.db, input.underId) : undefined;
  if (input.underId && !under) throw new AppError('not_found');
  const filter = { parentId: input.parentId, underPath: under?.path, kind: input.kind, areaPrefix: input.areaPrefix, q: input.q };
  const [rows, total] = await Promise.all([
    listUnitRows(ctx.db, {
      ...filter,
      after: input.cursor ? String(decodeCursor(input.cursor, ['string'])[0]) : undefined,
      limit: input.limit + 1,
    }),
    countUnits(ctx.db, filter),
  ]);
  const page = rows.slice(0, input.limit);
  return { rows: page, nextCursor: rows.length > input.limit ? encodeCursor([page[page.length - 1]!.code]) : null, total };
}
