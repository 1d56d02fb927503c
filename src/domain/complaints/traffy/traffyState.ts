import type { AssignmentMove, AssignmentStatus } from '../../cases/assignmentLifecycle.ts';

/**
 * Where a Traffy Fondue ticket stands, in Tidtam's words. Traffy's own states (the export's `state`
 * column) are Thai labels: รอรับเรื่อง (waiting for an agency to take it), ส่งต่อ (forwarded to another
 * agency, not yet taken there), เริ่มดำเนินการ and กำลังดำเนินการ (an agency took it and works on it),
 * เสร็จสิ้น (the agency finished it). A label Tidtam does not know is read as waiting: nothing is claimed
 * that the ticket did not say.
 */
export const traffyStages = ['waiting', 'in_progress', 'finished'] as const;
export type TraffyStage = (typeof traffyStages)[number];

const stageOfLabel: Record<string, TraffyStage> = {
  รอรับเรื่อง: 'waiting',
  ส่งต่อ: 'waiting',
  เริ่มดำเนินการ: 'in_progress',
  กำลังดำเนินการ: 'in_progress',
  เสร็จสิ้น: 'finished',
};

export function traffyStage(state: string): TraffyStage {
  return stageOfLabel[state.trim()] ?? 'waiting';
}

/** How each stage reads in the import's summary (Thai first, as on every screen). */
export const traffyStageNames: Record<TraffyStage, { th: string; en: string }> = {
  waiting: { th: 'รอหน่วยงานรับเรื่อง', en: 'waiting for the office to acknowledge' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'in progress' },
  finished: { th: 'แก้ไขเสร็จแล้ว', en: 'resolved' },
};

/** The lead assignment's way forward, and the move that leaves each status (returned: off the way). */
const forward: readonly AssignmentStatus[] = ['sent', 'acknowledged', 'in_progress', 'done', 'accepted'];
const moveFrom: Partial<Record<AssignmentStatus, AssignmentMove>> = {
  sent: 'acknowledge',
  acknowledged: 'progress',
  in_progress: 'complete',
  done: 'accept',
};
const statusOfStage: Record<TraffyStage, AssignmentStatus> = { waiting: 'sent', in_progress: 'in_progress', finished: 'accepted' };

/**
 * The moves that bring a complaint's lead assignment up to the ticket's stage, in lifecycle order:
 * in progress is acknowledged and then working (a progress note); finished is also reported done by
 * the district office and accepted by the owner, so the case reads completed. Never backwards: a
 * complaint that went further in Tidtam than the ticket in Traffy stays where it is, and so does one
 * whose lead was returned.
 */
export function movesToStage(status: AssignmentStatus, stage: TraffyStage): AssignmentMove[] {
  const from = forward.indexOf(status);
  if (from < 0) return [];
  const goal = forward.indexOf(statusOfStage[stage]);
  const moves: AssignmentMove[] = [];
  for (let at = from; at < goal; at++) moves.push(moveFrom[forward[at]!]!);
  return moves;
}

/**
 * The time a ticket reached its stage: its last activity, but never before it was filed (Traffy writes
 * `last_activity` a few milliseconds before `timestamp` on some new tickets), so a case's history
 * stays in order.
 */
export function traffyStageTime(row: { timestamp: Date; lastActivity: Date | null }): Date {
  const last = row.lastActivity?.getTime() ?? row.timestamp.getTime();
  return new Date(Math.max(last, row.timestamp.getTime()));
}
