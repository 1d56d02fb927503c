import { updateCaseStatus } from '../../db/queries/caseQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canCloseCase } from '../../domain/policies/casePolicy.ts';
import type { CommandContext } from '../context.ts';
import { loadReadableCase } from './loadReadableCase.ts';

/** The owner closes a case with a closing note (outcome, or why it is no longer followed). */
export async function closeCase(ctx: CommandContext, caseId: string, input: { note: string; expectedVersion?: number }): Promise<void> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const { row, facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true, expectedVersion: input.expectedVersion });
    if (!canCloseCase(actor, facts)) throw new AppError('forbidden');
    await updateCaseStatus(tx, caseId, 'closed', now);
    await appendEvent(tx, {
      caseId,
      type: 'closed',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { note: input.note, from: row.status },
      at: now,
    });
  });
}
