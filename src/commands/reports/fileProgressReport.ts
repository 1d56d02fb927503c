import { insertProgressReport } from '../../db/queries/progressReportQueries.ts';
import type { Confidence, Rag } from '../../domain/reports/ratings.ts';
import { periodOf } from '../../domain/reports/reportingCycle.ts';
import { changeAssignmentStatus } from '../assignments/changeAssignmentStatus.ts';
import { loadAssignmentForAction } from '../assignments/loadAssignmentForAction.ts';
import type { CommandContext } from '../context.ts';
import { attachEvidence } from './attachEvidence.ts';

export interface ProgressReportInput {
  /** `YYYY-MM`; the current month (Thai time) when not given. */
  period: string | null;
  aim: string;
  approach: string;
  workingEvidence: string;
  changes: string;
  centreHelp: string;
  rag: Rag;
  confidence: Confidence;
  blockers: string;
  helpNeeded: boolean;
  attachmentIds: string[];
}

/**
 * A unit's report for a cycle: the delivery method's five questions, a RAG
 * rating, its confidence, blockers and whether it needs the centre's help
 * (which puts the matter in the inbox of the unit that owns the case). Only
 * the unit's own staff report for it, as for any progress.
 */
export async function fileProgressReport(
  ctx: CommandContext,
  assignmentId: string,
  input: ProgressReportInput,
): Promise<{ reportId: string; eventId: number }> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { assignment, kase, next } = await loadAssignmentForAction(tx, actor, assignmentId, 'progress');
    const period = input.period ?? periodOf(now);
    // Through the one writer of assignment statuses, so a complaint's citizen would hear of it too.
    const { eventId } = await changeAssignmentStatus(tx, {
      kase,
      assignment,
      move: 'progress',
      by: actor,
      event: {
        type: 'progress_report_filed',
        data: {
          period,
          rag: input.rag,
          confidence: input.confidence,
          helpNeeded: input.helpNeeded,
          blockers: input.blockers,
          attachmentIds: input.attachmentIds,
          from: assignment.status,
          to: next,
        },
      },
      now,
    });
    const reportId = await insertProgressReport(tx, {
      ...input,
      caseId: kase.id,
      assignmentId,
      unitId: assignment.unit_id,
      period,
      eventId,
      reportedBy: actor.userId,
      now,
    });
    await attachEvidence(tx, { ids: input.attachmentIds, uploadedBy: actor.userId, caseId: kase.id, eventId });
    return { reportId, eventId };
  });
}
