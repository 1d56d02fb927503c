import { findIndicator, upsertMeasurement } from '../../db/queries/indicatorQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { changeAssignmentStatus } from '../assignments/changeAssignmentStatus.ts';
import { loadAssignmentForAction } from '../assignments/loadAssignmentForAction.ts';
import type { CommandContext } from '../context.ts';
import { attachEvidence } from './attachEvidence.ts';

/** A unit reports its value of one of the case's indicators for a period, with evidence files. */
export async function recordMeasurement(
  ctx: CommandContext,
  assignmentId: string,
  input: { indicatorId: string; period: string; value: number; note: string | null; attachmentIds: string[] },
): Promise<{ eventId: number }> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { assignment, kase, next } = await loadAssignmentForAction(tx, actor, assignmentId, 'progress');
    const indicator = await findIndicator(tx, input.indicatorId);
    if (!indicator || indicator.case_id !== kase.id) {
      throw new AppError('validation_failed', {
        fields: [{ path: '/indicatorId', th: 'ไม่พบตัวชี้วัดนี้ในเรื่องนี้', en: 'This case has no such indicator.' }],
      });
    }
    // Through the one writer of assignment statuses, so a complaint's citizen would hear of it too.
    const { eventId } = await changeAssignmentStatus(tx, {
      kase,
      assignment,
      move: 'progress',
      by: actor,
      event: {
        type: 'measurement_recorded',
        data: {
          indicatorId: indicator.id,
          indicatorName: indicator.name_th,
          period: input.period,
          value: input.value,
          note: input.note,
          attachmentIds: input.attachmentIds,
          from: assignment.status,
          to: next,
        },
      },
      now,
    });
    await upsertMeasurement(tx, {
      indicatorId: indicator.id,
      unitId: assignment.unit_id,
      period: input.period,
      value: input.value,
      eventId,
      reportedBy: actor.userId,
      now,
    });
    await attachEvidence(tx, { ids: input.attachmentIds, uploadedBy: actor.userId, caseId: kase.id, eventId });
    return { eventId };
  });
}
