import type { InfoRequestOutcome, InfoRequestState, ObjectionKind } from '../../shared/infoRequests.ts';
import type { ObjectionClosedReason } from '../../shared/infoRequestAnswers.ts';
import { endOfThaiDay, MS_PER_DAY, thaiDay } from '../../shared/thaiTime.ts';

/**
 * Section 18: the requester may appeal a refusal "within fifteen days of receiving notice of the
 * order". Tidtam cannot know when a letter or e-mail was received, so it counts from the day the
 * answer was recorded (the notice leaves through the outbox that moment): day 1 is the next Bangkok
 * calendar day, as Thai law counts periods (Civil and Commercial Code section 158: the first day is
 * not counted), and the period ends at 23:59:59.999 Bangkok time on day 15. Calendar days, not
 * working days: the Act says days. A requester who received the notice late may still ask the
 * Commission's office; the deadline shown is the earliest one the law could mean.
 */
export const APPEAL_PERIOD_DAYS = 15;

/**
 * How long the Information Disclosure Tribunal is expected to take on an appeal. The Act does not
 * fix this in section 18; the time is left to the Commission's rules and practice, which we have not
 * verified. Kept as one named constant, shown to staff as a target rather than a legal deadline:
 * change it here when the Commission's office gives the figure it works to.
 */
export const APPEAL_DECISION_DAYS = 60;

/**
 * Section 13: the Commission considers a complaint within 30 days of receiving it, and may extend
 * that with reasons, to 60 days in all. Counted in calendar days from the day after filing, ending
 * at the end of the last day in Bangkok, like the appeal period.
 */
export const COMPLAINT_DECISION_DAYS = 30;
export const COMPLAINT_EXTENDED_DAYS = 60;

/** The end (Bangkok) of the `n`th calendar day after the day of `from`. */
export function endOfNthDayAfter(from: Date, n: number): Date {
  const day = thaiDay(new Date(new Date(`${thaiDay(from)}T12:00:00+07:00`).getTime() + n * MS_PER_DAY));
  return endOfThaiDay(day);
}

export function appealDeadlineFrom(answeredAt: Date): Date {
  return endOfNthDayAfter(answeredAt, APPEAL_PERIOD_DAYS);
}

/** When an objection is due to be decided, by its own rule. */
export function objectionDueFrom(kind: ObjectionKind, filedAt: Date): Date {
  return endOfNthDayAfter(filedAt, kind === 'appeal' ? APPEAL_DECISION_DAYS : COMPLAINT_DECISION_DAYS);
}

/** A complaint's extended due date: 60 days in all from filing (section 13), never more. */
export function extendedComplaintDue(filedAt: Date): Date {
  return endOfNthDayAfter(filedAt, COMPLAINT_EXTENDED_DAYS);
}

export interface RequestForObjection {
  state: InfoRequestState;
  due_at: Date | null;
  clarification_since: Date | null;
}

export interface AnswerForObjection {
  outcome: InfoRequestOutcome;
  appeal_deadline_at: Date | null;
  refuses: boolean;
}

export type ObjectionWay =
  | { open: true; deadline: Date | null; basis?: 'delay' | 'non_compliance' }
  | { open: false; reason: ObjectionClosedReason; deadline: Date | null };

const answeredStates: readonly InfoRequestState[] = ['answered_full', 'answered_part', 'refused', 'not_held'];

/**
 * Which of the two ways to object is open now, each by its own rule:
 * - appeal (section 18): the latest answer refuses something (refused, answered in part, or a
 *   document withheld) and its appeal deadline has not passed;
 * - complaint (section 13): the request is past its due date unanswered (and not waiting for the
 *   requester's clarification, which stops the clock), or it was answered and the requester says the
 *   agency did not comply.
 * One open objection of each kind at a time.
 */
export function objectionWays(
  request: RequestForObjection,
  answer: AnswerForObjection | null,
  openKinds: ReadonlySet<ObjectionKind>,
  now: Date,
): Record<ObjectionKind, ObjectionWay> {
  return { appeal: appealWay(request, answer, openKinds, now), oic_complaint: complaintWay(request, openKinds, now) };
}

function appealWay(
  request: RequestForObjection,
  answer: AnswerForObjection | null,
  open: ReadonlySet<ObjectionKind>,
  now: Date,
): ObjectionWay {
  const deadline = answer?.appeal_deadline_at ?? null;
  if (request.state === 'withdrawn') return { open: false, reason: 'withdrawn', deadline };
  if (!answer || !answer.refuses || !answeredStates.includes(request.state)) return { open: false, reason: 'not_refused', deadline };
  if (!deadline || now.getTime() > deadline.getTime()) return { open: false, reason: 'deadline_passed', deadline };
  if (open.has('appeal')) return { open: false, reason: 'already_open', deadline };
  return { open: true, deadline };
}

function complaintWay(request: RequestForObjection, open: ReadonlySet<ObjectionKind>, now: Date): ObjectionWay {
  const deadline = request.due_at;
  if (request.state === 'withdrawn') return { open: false, reason: 'withdrawn', deadline };
  if (open.has('oic_complaint')) return { open: false, reason: 'already_open', deadline };
  if (answeredStates.includes(request.state)) return { open: true, deadline: null, basis: 'non_compliance' };
  if (request.state === 'clarification_needed' || request.clarification_since) {
    return { open: false, reason: 'awaiting_clarification', deadline };
  }
  if (!deadline || now.getTime() <= deadline.getTime()) return { open: false, reason: 'not_yet_due', deadline };
  return { open: true, deadline, basis: 'delay' };
}
