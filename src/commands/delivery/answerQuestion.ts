import { updateCaseDetails } from '../../db/queries/caseDetailQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { answerDateProblem } from '../../domain/delivery/questionDeadline.ts';
import { AppError } from '../../domain/errors.ts';
import { canAnswerQuestion } from '../../domain/policies/deliveryPolicy.ts';
import type { CommandContext } from '../context.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';

/** Records the answer to a parliamentary question, once, with its `question_answered` event; never dated after today. */
export async function answerQuestion(ctx: CommandContext, caseId: string, input: { answer: string; answeredOn: string }): Promise<void> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const { row, facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true });
    const answering = await tx.query<{ path: string }>('select path from units where id = $1', [row.details['answeringUnitId'] ?? null]);
    if (!canAnswerQuestion(actor, facts, answering.rows[0]?.path ?? null)) throw new AppError('forbidden');
    if (row.details['answer']) throw new AppError('invalid_transition');
    const dateProblem = answerDateProblem(input.answeredOn, now);
    if (dateProblem) throw new AppError('validation_failed', { fields: [dateProblem] });
    const answer = { text: input.answer, answeredOn: input.answeredOn, recordedAt: now.toISOString(), byUnitId: actor.unitId };
    await updateCaseDetails(tx, caseId, { ...row.details, answer }, now);
    await appendEvent(tx, {
      caseId,
      type: 'question_answered',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { answeredOn: input.answeredOn },
      at: now,
    });
  });
}
