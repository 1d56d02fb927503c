import { updateCaseDetails } from '../../db/queries/caseDetailQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { billStages, nextBillStage, type BillStage } from '../../shared/billStages.ts';
import { AppError } from '../../domain/errors.ts';
import { canAdvanceBill } from '../../domain/policies/deliveryPolicy.ts';
import type { CommandContext } from '../context.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';

/**
 * Moves a draft bill to its next stage, and only to the next one: a bill does
 * not reach the Senate without passing the House. The stage history stays in
 * the case's details and each move is a `bill_stage_changed` event.
 */
export async function advanceBill(
  ctx: CommandContext,
  caseId: string,
  input: { stage: BillStage; on: string; note: string | null },
): Promise<{ stage: BillStage }> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { row, facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true });
    if (!canAdvanceBill(actor, facts)) throw new AppError('forbidden');
    const current = (row.details['stage'] as BillStage | undefined) ?? billStages[0];
    if (nextBillStage(current) !== input.stage) throw new AppError('invalid_transition');
    const history = Array.isArray(row.details['stageHistory']) ? (row.details['stageHistory'] as unknown[]) : [];
    await updateCaseDetails(
      tx,
      caseId,
      { ...row.details, stage: input.stage, stageHistory: [...history, { stage: input.stage, on: input.on, note: input.note }] },
      now,
    );
    await appendEvent(tx, {
      caseId,
      type: 'bill_stage_changed',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { from: current, to: input.stage, on: input.on, note: input.note },
      at: now,
    });
    return { stage: input.stage };
  });
}
