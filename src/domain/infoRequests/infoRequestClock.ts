import type { InfoRequestDisplayState, InfoRequestState } from '../../shared/infoRequests.ts';

/**
 * What people read of a request's clock: a request awaiting the agency's answer is `overdue` once its
 * due date has passed and `long_overdue` once its long-overdue date has passed (both the end of a
 * working day, Bangkok time: `infoRequestDeadline`). The clock is paused while clarification is needed
 * (the state says so, and `clarificationSince` is set): nothing becomes overdue then. Every other
 * state is shown as stored. Pure; `now` comes from the caller's clock.
 */
export function infoRequestDisplayState(
  request: { state: InfoRequestState; dueAt: Date | null; longOverdueAt: Date | null; clarificationSince?: Date | null },
  now: Date,
): InfoRequestDisplayState {
  if (request.state !== 'awaiting_response' || request.clarificationSince) return request.state;
  const at = now.getTime();
  if (request.longOverdueAt && at > request.longOverdueAt.getTime()) return 'long_overdue';
  if (request.dueAt && at > request.dueAt.getTime()) return 'overdue';
  return 'awaiting_response';
}
