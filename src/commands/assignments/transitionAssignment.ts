import type { AssignmentAction } from '../../domain/cases/assignmentLifecycle.ts';
import type { CommandContext } from '../context.ts';
import { changeAssignmentStatus } from './changeAssignmentStatus.ts';
import { loadAssignmentForAction } from './loadAssignmentForAction.ts';

/** The event type each action records. */
const eventTypes: Record<Exclude<AssignmentAction, 'cascade' | 'progress'>, string> = {
  acknowledge: 'acknowledged',
  complete: 'completed',
  return: 'returned',
  accept: 'accepted',
  send_back: 'sent_back',
};

/**
 * Moves an assignment one step along its lifecycle and records it:
 * acknowledge, complete (report done), return (not ours, with a reason),
 * accept and send back (by the assigning unit, the latter with a reason).
 */
export async function transitionAssignment(
  ctx: CommandContext,
  assignmentId: string,
  action: keyof typeof eventTypes,
  input: { note?: string | null; reason?: string | null; publicReply?: string | null; expectedVersion?: number },
): Promise<void> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const { assignment, kase, next } = await loadAssignmentForAction(tx, actor, assignmentId, action, input.expectedVersion);
    await changeAssignmentStatus(tx, {
      kase,
      assignment,
      move: action,
      by: actor,
      returnReason: action === 'return' ? (input.reason ?? null) : null,
      // Words to the citizen go with reporting the work done only; other moves have their own routes.
      publicReply: action === 'complete' ? (input.publicReply ?? null) : null,
      event: {
        type: eventTypes[action],
        data: {
          from: assignment.status,
          to: next,
          ...(input.note ? { note: input.note } : {}),
          ...(input.reason ? { reason: input.reason } : {}),
        },
      },
      now,
    });
  });
}
