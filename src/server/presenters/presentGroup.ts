import type { GroupAgencyRow, GroupCaseRow, GroupRow } from '../../db/queries/groupQueries.ts';
import { presentCaseTitle } from './presentCase.ts';
import { localized, presentUnit } from './presentUnit.ts';

export function presentGroup(row: GroupRow, agencies: GroupAgencyRow[]) {
  const ofRole = (role: GroupAgencyRow['role']) =>
    agencies.filter((a) => a.group_id === row.id && a.role === role).map((a) => presentUnit({ ...a, id: a.unit_id }));
  return {
    id: row.id,
    name: localized(row.name_th, row.name_en),
    goal: localized(row.goal_th, row.goal_en),
    reportDueOn: row.report_due_on,
    caseCount: row.case_count,
    leadAgencies: ofRole('lead'),
    memberAgencies: ofRole('member'),
    createdAt: row.created_at.toISOString(),
  };
}

export function presentGroupCase(row: GroupCaseRow) {
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind,
    title: presentCaseTitle(row.kind, row.title),
    status: row.status,
    dueAt: row.due_at?.toISOString() ?? null,
    assigned: row.assigned,
    acknowledged: row.acknowledged,
  };
}
