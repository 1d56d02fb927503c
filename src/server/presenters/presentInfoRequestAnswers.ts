import type { AttachmentMeta } from '../../db/queries/attachmentQueries.ts';
import type { DisclosureGroundRow } from '../../db/queries/infoRequestAnswerQueries.ts';
import type { ObjectionListRow, ObjectionRow } from '../../db/queries/infoRequestObjectionQueries.ts';
import type { ObjectionWay } from '../../domain/infoRequests/objectionClocks.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentGround(row: DisclosureGroundRow) {
  return {
    code: row.code,
    section: row.section,
    item: row.item,
    nameTh: row.name_th,
    nameEn: row.name_en,
    active: row.active,
    sortOrder: row.sort_order,
  };
}

export function presentUploadedDocument(meta: AttachmentMeta) {
  return { id: meta.id, filename: meta.filename, contentType: meta.content_type, sizeBytes: meta.size_bytes };
}

export function presentWay(way: ObjectionWay) {
  return {
    open: way.open,
    reason: way.open ? null : way.reason,
    deadline: iso(way.deadline),
    basis: way.open ? (way.basis ?? null) : null,
  };
}

/** An objection as its requester sees it: never the reason text of staff, the decider or the note's author. */
export function presentPublicObjection(row: ObjectionRow) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    filedAt: row.filed_at.toISOString(),
    dueAt: iso(row.due_at),
    decision: row.decision,
    decidedAt: iso(row.decided_at),
  };
}

export function presentStaffObjection(row: ObjectionListRow & { overdue: boolean }) {
  return {
    ...presentPublicObjection(row),
    caseId: row.case_id,
    ref: row.ref,
    title: row.title,
    agency: { id: row.agency_unit_id, nameTh: row.agency_name_th, nameEn: row.agency_name_en },
    reason: row.reason,
    decisionNote: row.decision_note,
    extendedAt: iso(row.extended_at),
    extensionNote: row.extension_note,
    overdue: row.overdue,
  };
}
