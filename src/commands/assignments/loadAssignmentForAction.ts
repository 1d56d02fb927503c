import type { Queryable } from '../../db/database.ts';
import { findAssignment, type AssignmentRow } from '../../db/queries/assignmentQueries.ts';
import type { CaseRow } from '../../db/queries/caseQueries.ts';
import { nextAssignmentStatus, type AssignmentAction, type AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import { checkExpectedVersion } from '../../domain/cases/checkExpectedVersion.ts';
import { AppError } from '../../domain/errors.ts';
import { isPermitted } from '../../domain/policies/assignmentPolicy.ts';
import type { Actor } from '../../domain/roles.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';

/**
 * Locks the case and then the assignment (always in that order, so two
 * actions on one case cannot deadlock), and checks, in order: the actor may
 * read the case (else not found), may take this action (else forbidden), and
 * the assignment's status allows it (else invalid transition). Then, with
 * `expectedVersion` (the `If-Match` of the request), an assignment changed since
 * the caller read it is refused as `stale_write`: when the move is no longer
 * possible at all (a colleague acknowledged first), the officer is told that
 * reason in the lifecycle's own words rather than only "reload".
 */
export async function loadAssignmentForAction(
  tx: Queryable,
  actor: Actor,
  assignmentId: string,
  action: AssignmentAction,
  expectedVersion?: number,
): Promise<{ assignment: AssignmentRow; kase: CaseRow; next: AssignmentStatus }> {
  const peek = await findAssignment(tx, assignmentId);
  if (!peek) throw new AppError('not_found');
  const { row: kase } = await loadReadableCase(tx, actor, peek.case_id, { forUpdate: true });
  const assignment = await findAssignment(tx, assignmentId, { forUpdate: true });
  if (!assignment) throw new AppError('not_found');
  const facts = {
    unitId: assignment.unit_id,
    assignedByUnitId: assignment.assigned_by_unit_id,
    status: assignment.status,
    caseClosed: kase.status === 'closed',
  };
  if (!isPermitted(actor, facts, action)) throw new AppError('forbidden');
  const next = nextAssignmentStatus(assignment.status, action);
  checkExpectedVersion(assignment, expectedVersion);
  return { assignment, kase, next };
}
