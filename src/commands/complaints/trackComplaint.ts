import type { Database } from '../../db/database.ts';
import { findComplaintByCode, findLeadAssignment, listPublicComplaintEvents } from '../../db/queries/complaintQueries.ts';
import type { Clock } from '../../domain/clock.ts';
import { citizenSteps, currentCitizenStatus, type CitizenStep } from '../../domain/complaints/citizenTimeline.ts';
import type { CitizenStatus } from '../../domain/complaints/citizenMessages.ts';
import { citizenFollowUp } from '../../domain/complaints/citizenFollowUp.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { parseTrackingCode } from '../../domain/complaints/trackingCode.ts';
import { AppError } from '../../domain/errors.ts';
import { currentComplaintConfig } from './complaintConfig.ts';

export interface TrackedComplaint {
  trackingCode: string;
  title: string;
  description: string;
  category: { code: string; th: string; en: string };
  areaCode: string | null;
  receivedAt: Date;
  status: CitizenStatus;
  unit: { th: string; en: string } | null;
  steps: CitizenStep[];
  rating: number | null;
  canRate: boolean;
  canReopen: boolean;
  reopenUntil: Date | null;
  /** What the office wrote to the citizen (public replies), oldest first, personal data masked. */
  replies: { at: Date; message: string }[];
  /** The surviving complaint's public id: never its tracking code, which is another citizen's secret. */
  mergedIntoPublicId: string | null;
}

/**
 * What anyone holding the tracking code sees, without signing in: the status
 * and its history in plain words, the office handling it, and the text with
 * phone and ID numbers masked, and what the office wrote to them (public replies, masked too). Never
 * staff names or internal notes. Rating and reopening follow `citizenFollowUp`: 30 days from the
 * resolution, whoever closed the case meanwhile.
 */
export async function trackComplaint(deps: { db: Database; clock: Clock }, code: string): Promise<TrackedComplaint> {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) throw new AppError('not_found');
  const complaint = await findComplaintByCode(deps.db, trackingCode);
  if (!complaint) throw new AppError('not_found');
  const [lead, events, config] = [
    await findLeadAssignment(deps.db, complaint.case_id),
    await listPublicComplaintEvents(deps.db, complaint.case_id),
    await currentComplaintConfig(deps.db),
  ];
  const status = currentCitizenStatus({
    mergedInto: complaint.merged_into,
    caseStatus: complaint.case_status,
    waitingSince: complaint.waiting_since,
    leadStatus: lead?.status ?? null,
  });
  const category = config.categories.get(complaint.category_code);
  const followUp = citizenFollowUp(
    {
      resolvedAt: complaint.resolved_at,
      leadStatus: lead?.status ?? null,
      merged: complaint.merged_into !== null,
      rating: complaint.rating,
    },
    deps.clock.now(),
  );
  return {
    trackingCode,
    title: maskPersonalData(complaint.title),
    description: maskPersonalData(complaint.body),
    category: {
      code: complaint.category_code,
      th: category?.name_th ?? complaint.category_code,
      en: category?.name_en ?? complaint.category_code,
    },
    areaCode: complaint.area_code,
    receivedAt: complaint.received_at,
    status,
    unit: lead ? { th: lead.unit_name_th, en: lead.unit_name_en ?? lead.unit_name_th } : null,
    // The officer's question and the citizen's reopening words: whoever holds the code sees them, so masked too.
    steps: citizenSteps(events).map((step) => (step.message ? { ...step, message: maskPersonalData(step.message) } : step)),
    rating: complaint.rating,
    canRate: followUp.canRate,
    canReopen: followUp.canReopen,
    reopenUntil: followUp.until,
    replies: events
      .filter((event) => event.type === 'public_reply' && typeof event.data.message === 'string')
      .map((event) => ({ at: event.created_at, message: maskPersonalData(event.data.message as string) })),
    mergedIntoPublicId: complaint.merged_into_public_id,
  };
}
