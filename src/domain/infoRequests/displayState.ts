import type { InfoRequestDisplayState, InfoRequestState } from '../../shared/infoRequests.ts';

export interface DisplayStateFacts {
  state: InfoRequestState;
  dueAt: Date | null;
  longOverdueAt: Date | null;
  /** While the agency waits for the requester to clarify, the clock stops: never overdue meanwhile. */
  clarificationSince: Date | null;
}

/**
 * What people read of a request: its stored state, or overdue / long overdue while the agency still
 * owes an answer (awaiting it, or transferred and not yet acknowledged by the new agency) past its
 * deadlines. Deadlines are the end of a working day, Bangkok time (`infoRequestDeadline`): the
 * last millisecond of the due day is still on time. Nothing becomes overdue while the agency waits for
 * the requester to clarify. The list query's SQL (`infoRequestHandlingQueries.ts`) states the same rule.
 */
export function infoRequestDisplayState(facts: DisplayStateFacts, now: Date): InfoRequestDisplayState {
  if (facts.state !== 'awaiting_response' && facts.state !== 'transferred') return facts.state;
  if (facts.clarificationSince) return facts.state;
  if (facts.longOverdueAt && now.getTime() > facts.longOverdueAt.getTime()) return 'long_overdue';
  if (facts.dueAt && now.getTime() > facts.dueAt.getTime()) return 'overdue';
  return facts.state;
}

/** Whether the requester may object (to the Commission or the Tribunal): a refusal, a partial answer, or a late one. */
export function mayObject(display: InfoRequestDisplayState, outcomes: readonly string[]): boolean {
  if (display === 'overdue' || display === 'long_overdue') return true;
  return outcomes.some((outcome) => outcome === 'refused' || outcome === 'answered_part');
}
