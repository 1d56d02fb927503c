import type { AssignmentRole, AssignmentStatus } from './assignmentLifecycle.ts';
import type { CaseStatus } from './caseKinds.ts';

/**
 * A case's status follows from its top-level assignments, so it never
 * disagrees with them: open until some unit acknowledges, completed when every
 * lead and supporting unit's work is accepted, in progress between. Closing is
 * the owner's explicit decision and is never undone here.
 */
export function deriveCaseStatus(current: CaseStatus, topLevel: readonly { role: AssignmentRole; status: AssignmentStatus }[]): CaseStatus {
  if (current === 'closed') return 'closed';
  const working = topLevel.filter((a) => a.role !== 'information' && a.status !== 'returned');
  if (working.length > 0 && working.every((a) => a.status === 'accepted')) return 'completed';
  const started = topLevel.some((a) => a.status !== 'sent' && a.status !== 'returned');
  return started ? 'in_progress' : 'open';
}
