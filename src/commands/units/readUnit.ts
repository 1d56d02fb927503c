import { countChildUnits, findUnitChain, type UnitRow } from '../../db/queries/unitQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { ReadContext } from '../context.ts';

export interface UnitDetail {
  unit: UnitRow;
  /** From the root down to the parent. */
  ancestors: UnitRow[];
  childCount: number;
}

/** One unit with its chain of parents and how many units sit directly below it; any signed-in user may read it. */
export async function readUnit(ctx: ReadContext, unitId: string): Promise<UnitDetail> {
  const chain = await findUnitChain(ctx.db, unitId);
  const unit = chain[chain.length - 1];
  if (!unit) throw new AppError('not_found');
  return { unit, ancestors: chain.slice(0, -1), childCount: await countChildUnits(ctx.db, unit.id) };
}
