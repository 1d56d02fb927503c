import { appendEvent } from '../../db/queries/eventQueries.ts';
import { insertDecision } from '../../db/queries/stocktakeDecisionQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageCase } from '../../domain/policies/casePolicy.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { CommandContext } from '../context.ts';

/** A decision taken at a stocktake on this case, recorded by the owner side (the delivery unit for the PM's priorities). */
export async function recordDecision(
  ctx: CommandContext,
  caseId: string,
  input: { text: string },
): Promise<{ decisionId: string; eventId: number }> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { row: kase, facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true });
    if (!canManageCase(actor, facts)) throw new AppError('forbidden');
    const eventId = await appendEvent(tx, {
      caseId: kase.id,
      type: 'stocktake_decision_recorded',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { text: input.text },
      at: now,
    });
    const decisionId = await insertDecision(tx, { caseId: kase.id, text: input.text, eventId, decidedBy: actor.userId, now });
    return { decisionId, eventId };
  });
}
