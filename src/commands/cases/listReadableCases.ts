import { listCases, type CaseListRow } from '../../db/queries/caseListQuery.ts';
import { findUnit } from '../../db/queries/unitQueries.ts';
import type { CaseKind, CaseStatus } from '../../domain/cases/caseKinds.ts';
import { AppError } from '../../domain/errors.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import { endOfThaiDay, startOfThaiDay } from '../../shared/thaiTime.ts';
import type { ReadContext } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';

export interface CaseListInput {
  kind?: CaseKind[];
  status?: CaseStatus[];
  /** Only cases owned or held in this unit's subtree; an unknown unit is `not_found`. */
  unitId?: string;
  /** Province or district code prefix. */
  area?: string;
  category?: string;
  /** Bangkok calendar days (YYYY-MM-DD), both ends included. */
  createdFrom?: string;
  createdTo?: string;
  overdue?: boolean;
  q?: string;
  /** The `nextCursor` of the page before. */
  cursor?: string;
  limit: number;
}

/**
 * The case list screen: cases inside the viewer's `readScope`, filtered and searched, one page
 * after the cursor; a row more than asked tells whether another page follows.
 */
export async function listReadableCases(
  ctx: ReadContext,
  input: CaseListInput,
): Promise<{ rows: CaseListRow[]; nextCursor: string | null; asOf: Date }> {
  const unit = input.unitId ? await findUnit(ctx.db, input.unitId) : undefined;
  if (input.unitId && !unit) throw new AppError('not_found');
  const cursor = input.cursor ? decodeCursor(input.cursor, ['number', 'timestamp', 'uuid']) : undefined;
  const now = ctx.clock.now();
  const rows = await listCases(ctx.db, {
    scope: readScope(ctx.actor),
    kind: input.kind,
    status: input.status,
    unitPath: unit?.path,
    areaPrefix: input.area,
    category: input.category,
    createdFrom: input.createdFrom ? startOfThaiDay(input.createdFrom) : undefined,
    createdTo: input.createdTo ? endOfThaiDay(input.createdTo) : undefined,
    overdue: input.overdue,
    q: input.q,
    cursor: cursor ? { tier: cursor[0] as number, createdAt: cursor[1] as string, id: cursor[2] as string } : undefined,
    limit: input.limit + 1,
    now,
  });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > input.limit && last ? encodeCursor([last.tier, last.created_at.toISOString(), last.id]) : null;
  return { rows: page, nextCursor, asOf: now };
}
