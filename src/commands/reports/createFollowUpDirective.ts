import { appendEvent } from '../../db/queries/eventQueries.ts';
import { findDecision, linkFollowUp } from '../../db/queries/stocktakeDecisionQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageCase } from '../../domain/policies/casePolicy.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import { createCaseInTx } from '../cases/createCase.ts';
import type { CommandContext } from '../context.ts';

/**
 * Turns a stocktake decision into a follow-up directive to the units named,
 * linked both ways: the directive's details name the decision and the case
 * it came from, and the decision points to the directive. One decision has at
 * most one follow-up directive.
 */
export async function createFollowUpDirective(
  ctx: CommandContext,
  decisionId: string,
  input: { title: string; body: string; unitCodes: string[]; dueAt: Date | null },
): Promise<{ id: string; ref: string }> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const peek = await findDecision(tx, decisionId);
    if (!peek) throw new AppError('not_found');
    const { row: kase, facts } = await loadReadableCase(tx, actor, peek.case_id, { forUpdate: true });
    if (!canManageCase(actor, facts)) throw new AppError('forbidden');
    const decision = (await findDecision(tx, decisionId, { forUpdate: true }))!;
    if (decision.follow_up_case_id) throw new AppError('conflict');
    const created = await createCaseInTx(tx, ctx, {
      kind: 'directive',
      title: input.title,
      body: input.body,
      priority: 'high',
      category: null,
      areaCode: null,
      dueAt: input.dueAt,
      details: { followUpOf: { caseId: kase.id, caseRef: kase.ref, decisionId } },
      assignments: input.unitCodes.length
        ? [{ targets: { unitCodes: input.unitCodes }, role: 'lead', dueAt: input.dueAt, note: null }]
        : [],
    });
    await linkFollowUp(tx, decisionId, created.id);
    await appendEvent(tx, {
      caseId: kase.id,
      type: 'follow_up_directive_created',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { decisionId, directiveId: created.id, directiveRef: created.ref, title: input.title },
      at: now,
    });
    return created;
  });
}
