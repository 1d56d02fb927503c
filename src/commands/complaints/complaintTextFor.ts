import type { AssignmentRow } from '../../db/queries/assignmentQueries.ts';
import type { CaseRow } from '../../db/queries/caseQueries.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { isHandlingComplaint } from '../../domain/policies/complaintPolicy.ts';
import type { Actor } from '../../domain/roles.ts';

/**
 * A complaint case as the actor may see its text: phone and ID numbers the
 * citizen typed are masked for everyone but the unit handling it (the units
 * above it, other units, national viewers). Other kinds of case pass through.
 */
export function complaintRowFor(actor: Actor, row: CaseRow, assignments: readonly AssignmentRow[]): CaseRow {
  if (row.kind !== 'complaint') return row;
  const lead = assignments.find((a) => a.role === 'lead' && a.parent_id === null && a.status !== 'returned');
  const handling = isHandlingComplaint(actor, {
    ownerUnitId: row.owner_unit_id,
    leadUnitId: lead?.unit_id ?? null,
    caseClosed: row.status === 'closed',
  });
  return handling ? row : { ...row, title: maskPersonalData(row.title), body: maskPersonalData(row.body) };
}
