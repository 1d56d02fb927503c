import { findUnitChain, type UnitRow } from '../../db/queries/unitQueries.ts';
import { areaLabelParts, type AreaLabelPart } from '../../db/queries/areaLabelSql.ts';
import { findUnitArea, listUnitTreePage, type UnitTreeRow } from '../../db/queries/unitTreeQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { ReadContext } from '../context.ts';

export interface UnitTreeInput {
  /** The unit whose children are listed (the top of the tree when absent). */
  parentId?: string;
  /** Part of a name, abbreviation or code: searches everything below the parent instead. */
  q?: string;
  offset: number;
  limit: number;
}

export interface UnitTreePageResult {
  parent: { unit: UnitRow; ancestors: UnitRow[]; area: AreaLabelPart[] } | null;
  rows: (UnitTreeRow & { area: AreaLabelPart[] })[];
  total: number;
}

/**
 * A page of the organisation chart as an administrator walks it: a unit's children, or a search
 * below it, with how many there are in all so the page can say "20 of 78". The unit tree is the
 * government's organisation chart, so any signed-in user may read it (as `listUnits`).
 */
export async function browseUnitTree(ctx: ReadContext, input: UnitTreeInput): Promise<UnitTreePageResult> {
  let parent: UnitTreePageResult['parent'] = null;
  if (input.parentId) {
    const chain = await findUnitChain(ctx.db, input.parentId);
    const unit = chain[chain.length - 1];
    if (!unit) throw new AppError('not_found');
    parent = { unit, ancestors: chain.slice(0, -1), area: areaLabelParts((await findUnitArea(ctx.db, unit.id)) ?? {}, 'ar') };
  }
  const filter = { parentId: parent?.unit.id ?? null, parentPath: parent?.unit.path ?? null, q: input.q?.trim() || undefined };
  const rows = await listUnitTreePage(ctx.db, { ...filter, offset: input.offset, limit: input.limit });
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && input.offset > 0) total = (await listUnitTreePage(ctx.db, { ...filter, offset: 0, limit: 1 }))[0]?.total ?? 0;
  return { parent, rows: rows.map((row) => ({ ...row, area: areaLabelParts(row, 'ar') })), total };
}
