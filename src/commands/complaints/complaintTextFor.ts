import type { AssignmentRow } from '../../db/queries/assignmentQueries.ts';
import type { CaseRow } from '../../db/queries/caseQueries.ts';
import type { EventRow } from '../../db/queries/eventQueries.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { isHandlingComplaint } from '../../domain/policies/complaintPolicy.ts';
import type { Actor } from '../../domain/roles.ts';

/**
 * Whether the actor handles this complaint case (the unit of its active lead
 * assignment, or the intake operators who own it): only they see the text and
 * what staff wrote about it unmasked (PDPA s.27; the handling unit is the one
 * the data was given to).
 */
export function handlesComplaintCase(actor: Actor, row: CaseRow, assignments: readonly AssignmentRow[]): boolean {
  const lead = assignments.find((a) => a.role === 'lead' && a.parent_id === null && a.status !== 'returned');
  return isHandlingComplaint(actor, {
    ownerUnitId: row.owner_unit_id,
    leadUnitId: lead?.unit_id ?? null,
    caseClosed: row.status === 'closed',
  });
}

/**
 * A complaint case as the actor may see its text. The title is masked for
 * everyone: it is a label shown in lists, inboxes and events across units, and
 * titles stored before intake masked them must not show what new ones cannot.
 * The description is masked for everyone but the handling unit. Other kinds of
 * case pass through.
 */
export function complaintRowFor(actor: Actor, row: CaseRow, assignments: readonly AssignmentRow[]): CaseRow {
  if (row.kind !== 'complaint') return row;
  const handling = handlesComplaintCase(actor, row, assignments);
  return { ...row, title: maskPersonalData(row.title), body: handling ? row.body : maskPersonalData(row.body) };
}

/** Notes and return reasons staff wrote on a complaint's assignments, masked beyond the handling unit. */
export function complaintAssignmentsFor<A extends Pick<AssignmentRow, 'note' | 'return_reason'>>(handling: boolean, assignments: A[]): A[] {
  if (handling) return assignments;
  return assignments.map((a) => ({
    ...a,
    note: a.note === null ? null : maskPersonalData(a.note),
    return_reason: a.return_reason === null ? null : maskPersonalData(a.return_reason),
  }));
}

/** Event fields that carry words someone wrote: the citizen's (reopening, rating) or staff's. */
const FREE_TEXT_KEYS = ['message', 'reason', 'note', 'comment', 'blockers'] as const;

/**
 * A complaint's events as the actor may see them: the `created` event's title
 * masked for everyone (as the case title), the words in other events masked
 * beyond the handling unit.
 */
export function complaintEventsFor(handling: boolean, events: EventRow[]): EventRow[] {
  return events.map((event) => {
    const data = { ...event.data };
    let changed = false;
    const mask = (key: string) => {
      const value = data[key];
      if (typeof value !== 'string') return;
      data[key] = maskPersonalData(value);
      changed = true;
    };
    mask('title');
    if (!handling) for (const key of FREE_TEXT_KEYS) mask(key);
    return changed ? { ...event, data } : event;
  });
}
