import { findUnit, type UnitRow } from '../../db/queries/unitQueries.ts';
import type { ReadContext } from '../context.ts';
import { readCase, type CaseView } from './readCase.ts';

export interface CaseDetail extends CaseView {
  /** The unit that owns the case, for its code and names. */
  owner: UnitRow;
  /** The instant overdue flags are computed for. */
  asOf: Date;
}

/** The case page: the case cut to what the viewer may see (`readCase`), with its owning unit. */
export async function readCaseDetail(ctx: ReadContext, caseId: string): Promise<CaseDetail> {
  const view = await readCase(ctx, caseId);
  const owner = (await findUnit(ctx.db, view.row.owner_unit_id))!;
  return { ...view, owner, asOf: ctx.clock.now() };
}
