import type { readComplaintForStaff } from '../../commands/complaints/staffComplaintActions.ts';
import type { DuplicateCandidate } from '../../commands/complaints/createComplaint.ts';
import type { TrackedComplaint } from '../../commands/complaints/trackComplaint.ts';
import type { CategoryRow } from '../../db/queries/complaintConfigQueries.ts';
import type { ContactRow } from '../../db/queries/complaintQueries.ts';
import { citizenStatusNames } from '../../domain/complaints/citizenMessages.ts';
import { currentCitizenStatus } from '../../domain/complaints/citizenTimeline.ts';
import { publicLocation } from '../../domain/complaints/publicPlace.ts';

export function presentTracked(tracked: TrackedComplaint) {
  return {
    ...tracked,
    receivedAt: tracked.receivedAt.toISOString(),
    statusName: citizenStatusNames[tracked.status],
    steps: tracked.steps.map((step) => ({ ...step, statusName: citizenStatusNames[step.status], at: step.at.toISOString() })),
    reopenUntil: tracked.reopenUntil?.toISOString() ?? null,
    replies: tracked.replies.map((reply) => ({ at: reply.at.toISOString(), message: reply.message })),
  };
}

/**
 * A likely duplicate as the public sees it: its public id and how alike it is, never its tracking code,
 * which would let whoever reads the hint rate or reopen someone else's complaint (issue 9).
 */
export function presentDuplicateHint(duplicate: DuplicateCandidate) {
  return { publicId: duplicate.publicId, score: duplicate.score };
}

export function presentCategory(row: CategoryRow) {
  return {
    code: row.code,
    name: { th: row.name_th, en: row.name_en },
    acknowledgeHours: row.acknowledge_hours,
    resolveHours: row.resolve_hours,
    active: row.active,
    keywords: row.keywords,
  };
}

export function presentContact(row: ContactRow) {
  return {
    id: row.id,
    name: row.name,
    citizenId: row.citizen_id,
    phone: row.phone,
    email: row.email,
    lineUserId: row.line_user_id,
    consent: row.consent,
    fromTrackingCase: row.case_id === row.original_case_id,
  };
}

export function presentStaffComplaint(view: Awaited<ReturnType<typeof readComplaintForStaff>>, category: CategoryRow | undefined) {
  const { complaint: k, lead } = view;
  return {
    caseId: k.case_id,
    version: k.case_version,
    ref: k.ref,
    // The code rates and reopens: only the unit that answers the citizen (and reads their contact) sees it.
    trackingCode: view.handling ? k.tracking_code : null,
    publicId: k.public_id,
    channel: k.channel,
    category: { code: k.category_code, th: category?.name_th ?? k.category_code, en: category?.name_en ?? k.category_code },
    title: view.title,
    description: view.description,
    areaCode: k.area_code,
    // Beyond the handling unit: the block, not the house (publicPlace.ts); the area is in areaCode.
    location:
      k.lat !== null && k.lon !== null ? (view.handling ? { lat: k.lat, lon: k.lon } : publicLocation({ lat: k.lat, lon: k.lon })) : null,
    address: view.handling ? k.address : null,
    anonymous: k.anonymous,
    receivedAt: k.received_at.toISOString(),
    resolvedAt: k.resolved_at?.toISOString() ?? null,
    waitingSince: k.waiting_since?.toISOString() ?? null,
    status: currentCitizenStatus({
      mergedInto: k.merged_into,
      caseStatus: k.case_status,
      waitingSince: k.waiting_since,
      leadStatus: lead?.status ?? null,
    }),
    rating: k.rating,
    ratingComment: k.rating_comment,
    reopenedCount: k.reopened_count,
    mergedIntoPublicId: k.merged_into_public_id,
    lead: lead
      ? {
          assignmentId: lead.id,
          unit: { code: lead.unit_code, name: { th: lead.unit_name_th, en: lead.unit_name_en ?? lead.unit_name_th } },
          status: lead.status,
        }
      : null,
    photoIds: view.photoIds,
    allowed: {
      readComplainants: view.canReadComplainants,
      reroute: view.canReroute,
      pause: view.canPause,
      merge: view.canMerge,
      reply: view.canReply,
      recategorise: view.canRecategorise,
    },
  };
}
