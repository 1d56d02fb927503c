import { listCaseAssignments, type AssignmentRow } from '../../db/queries/assignmentQueries.ts';
import { listCaseAttachments, type AttachmentMeta } from '../../db/queries/attachmentQueries.ts';
import type { CaseRow } from '../../db/queries/caseQueries.ts';
import { listCaseEvents, type EventRow } from '../../db/queries/eventQueries.ts';
import { canAssignCase, canCloseCase, seesAllAssignments, type CaseFacts } from '../../domain/policies/casePolicy.ts';
import { reaches, type Actor } from '../../domain/roles.ts';
import type { ReadContext } from '../context.ts';
import { loadReadableCase } from './loadReadableCase.ts';
import { complaintAssignmentsFor, complaintEventsFor, complaintRowFor, handlesComplaintCase } from '../complaints/complaintTextFor.ts';

export interface CaseView {
  row: CaseRow;
  facts: CaseFacts;
  assignments: AssignmentRow[];
  /** null when the viewer sees every assignment. */
  visibleAssignmentIds: Set<string> | null;
  attachments: (AttachmentMeta & { assignment_id: string | null })[];
  allowedActions: ('assign' | 'close')[];
}

/**
 * Keeps the assignments inside the viewer's reach and the chain above each,
 * so a district office sees its own work and where it came from, not its
 * neighbours'.
 */
export function visibleAssignments<A extends Pick<AssignmentRow, 'id' | 'parent_id' | 'unit_path'>>(actor: Actor, all: readonly A[]): A[] {
  const byId = new Map(all.map((a) => [a.id, a]));
  const keep = new Set<string>();
  for (const assignment of all) {
    if (!reaches(actor, assignment.unit_path)) continue;
    let current: A | undefined = assignment;
    while (current && !keep.has(current.id)) {
      keep.add(current.id);
      current = current.parent_id ? byId.get(current.parent_id) : undefined;
    }
  }
  return all.filter((a) => keep.has(a.id));
}

/** Everything the case page shows, cut to what the viewer may see. */
export async function readCase(ctx: ReadContext, caseId: string): Promise<CaseView> {
  const { db, actor } = ctx;
  const { row, facts } = await loadReadableCase(db, actor, caseId);
  const all = await listCaseAssignments(db, caseId);
  const seesAll = seesAllAssignments(actor, facts);
  const visible = seesAll ? all : visibleAssignments(actor, all);
  const assignments = row.kind === 'complaint' ? complaintAssignmentsFor(handlesComplaintCase(actor, row, all), visible) : visible;
  const visibleAssignmentIds = seesAll ? null : new Set(assignments.map((a) => a.id));
  const attachments = (await listCaseAttachments(db, caseId)).filter(
    (file) => !visibleAssignmentIds || file.assignment_id === null || visibleAssignmentIds.has(file.assignment_id),
  );
  const allowedActions: CaseView['allowedActions'] = [];
  if (canAssignCase(actor, facts)) allowedActions.push('assign');
  if (canCloseCase(actor, facts)) allowedActions.push('close');
  return { row: complaintRowFor(actor, row, all), facts, assignments, visibleAssignmentIds, attachments, allowedActions };
}

export function isEventVisible(event: EventRow, visibleAssignmentIds: ReadonlySet<string> | null): boolean {
  return !visibleAssignmentIds || event.assignment_id === null || visibleAssignmentIds.has(event.assignment_id);
}

/**
 * The case timeline, cut to the events of assignments the viewer sees; a
 * complaint's with the words in them masked beyond the handling unit.
 */
export async function readCaseEvents(
  ctx: ReadContext,
  caseId: string,
  page: { limit: number; before?: number },
): Promise<{ events: EventRow[]; hasEarlier: boolean; visibleAssignmentIds: Set<string> | null }> {
  const { db, actor } = ctx;
  const { row, facts } = await loadReadableCase(db, actor, caseId);
  const seesAll = seesAllAssignments(actor, facts);
  const all = seesAll && row.kind !== 'complaint' ? [] : await listCaseAssignments(db, caseId);
  const visibleAssignmentIds = seesAll ? null : new Set(visibleAssignments(actor, all).map((a) => a.id));
  const listed = await listCaseEvents(db, caseId, page);
  const events = listed.events.filter((event) => isEventVisible(event, visibleAssignmentIds));
  const hasEarlier = listed.hasEarlier;
  if (row.kind !== 'complaint') return { events, hasEarlier, visibleAssignmentIds };
  return { events: complaintEventsFor(handlesComplaintCase(actor, row, all), events), hasEarlier, visibleAssignmentIds };
}
