import type { AssignmentRow } from '../../db/queries/assignmentQueries.ts';
import type { CaseRow } from '../../db/queries/caseQueries.ts';
import type { EventRow } from '../../db/queries/eventQueries.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { isOverdue } from '../../domain/cases/assignmentLifecycle.ts';
import { allowedAssignmentActions } from '../../domain/policies/assignmentPolicy.ts';
import type { Actor } from '../../domain/roles.ts';
import type { AssignmentView } from '../../shared/api/assignments.ts';
import type { CaseSummary, EventView } from '../../shared/api/cases.ts';
import { localized } from './presentUnit.ts';

const iso = (value: Date | null) => value?.toISOString() ?? null;

/**
 * A case's title as lists, inboxes and events show it across units: a
 * complaint's title is masked (intake stores it masked; this covers titles
 * stored before it did, PDPA s.27).
 */
export function presentCaseTitle(kind: string, title: string): string {
  return kind === 'complaint' ? maskPersonalData(title) : title;
}

export function presentCaseSummary(
  row: CaseRow & { owner_unit_code: string; owner_unit_name_th: string; owner_unit_name_en: string | null; overdue?: boolean },
  now: Date,
): CaseSummary {
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind,
    title: presentCaseTitle(row.kind, row.title),
    status: row.status,
    priority: row.priority,
    category: row.category,
    areaCode: row.area_code,
    ownerUnit: { id: row.owner_unit_id, code: row.owner_unit_code, name: localized(row.owner_unit_name_th, row.owner_unit_name_en) },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    dueAt: iso(row.due_at),
    overdue: row.overdue ?? (row.due_at !== null && row.due_at < now && row.status !== 'completed' && row.status !== 'closed'),
  };
}

export function presentAssignment(row: AssignmentRow, actor: Actor, now: Date, caseClosed: boolean): AssignmentView {
  return {
    id: row.id,
    caseId: row.case_id,
    parentId: row.parent_id,
    unit: {
      id: row.unit_id,
      code: row.unit_code,
      kind: row.unit_kind,
      name: localized(row.unit_name_th, row.unit_name_en),
      areaCode: row.unit_area_code,
    },
    role: row.role,
    status: row.status,
    dueAt: iso(row.due_at),
    overdue: isOverdue(row, now),
    note: row.note,
    createdAt: row.created_at.toISOString(),
    acknowledgedAt: iso(row.acknowledged_at),
    doneAt: iso(row.done_at),
    closedAt: iso(row.closed_at),
    returnReason: row.return_reason,
    version: row.version,
    allowedActions: allowedAssignmentActions(actor, {
      unitId: row.unit_id,
      assignedByUnitId: row.assigned_by_unit_id,
      status: row.status,
      caseClosed,
    }),
  };
}

/**
 * Events as staff see them. An event that lists the units a case was sent to
 * keeps only the units the viewer may see, with a count of the rest.
 */
export function presentEvent(row: EventRow, visibleAssignmentIds: ReadonlySet<string> | null): EventView {
  let data = row.data;
  const units = data['units'];
  if (visibleAssignmentIds && Array.isArray(units)) {
    const shown = units.filter((unit: { assignmentId?: string }) => unit.assignmentId && visibleAssignmentIds.has(unit.assignmentId));
    data = { ...data, units: shown, unitsNotShown: units.length - shown.length };
  }
  return {
    id: row.id,
    type: row.type,
    assignmentId: row.assignment_id,
    actor:
      row.actor_user_id || row.actor_unit_id
        ? {
            name: row.actor_name,
            unit: row.actor_unit_name_th ? localized(row.actor_unit_name_th, row.actor_unit_name_en) : null,
          }
        : null,
    data,
    createdAt: row.created_at.toISOString(),
  };
}
