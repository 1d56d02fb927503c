import type { CreatedAssignments } from '../../commands/assignments/createAssignments.ts';

/** What assigning or cascading made: the new assignments, and the units skipped because they already held the case. */
export function presentAssignResult(result: CreatedAssignments) {
  return {
    created: result.created.map(({ assignmentId, unit }) => ({ assignmentId, unitId: unit.id, code: unit.code })),
    skipped: result.skipped.map((unit) => unit.code),
  };
}
