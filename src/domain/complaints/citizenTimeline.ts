import type { CitizenStatus } from './citizenMessages.ts';

/**
 * What a citizen sees of a complaint: its status now, and its history as
 * plain steps. Built from the case events, keeping only what the citizen may
 * read: no staff names, no internal notes, no units below the one handling it.
 */
export interface CitizenStep {
  status: CitizenStatus;
  at: Date;
  /** Text meant for the citizen: the officer's question when waiting for them, their own words when reopening. */
  message: string | null;
}

const statusOfEvent: Record<string, CitizenStatus> = {
  created: 'received',
  acknowledged: 'acknowledged',
  progress_reported: 'in_progress',
  rerouted: 'received',
  waiting_for_citizen: 'waiting_for_citizen',
  citizen_resumed: 'in_progress',
  completed: 'reported_fixed',
  accepted: 'resolved',
  sent_back: 'in_progress',
  reopened: 'reopened',
  merged: 'merged',
  closed: 'closed',
};

export function citizenSteps(events: readonly { type: string; data: Record<string, unknown>; created_at: Date }[]): CitizenStep[] {
  const steps: CitizenStep[] = [];
  for (const event of events) {
    const status = statusOfEvent[event.type];
    if (!status) continue;
    const message =
      event.type === 'waiting_for_citizen' || event.type === 'reopened'
        ? typeof event.data.message === 'string'
          ? event.data.message
          : null
        : null;
    const previous = steps.at(-1);
    // Several progress reports in a row are one step for the citizen.
    if (previous && previous.status === status && status === 'in_progress') continue;
    steps.push({ status, at: event.created_at, message });
  }
  return steps;
}

export function currentCitizenStatus(input: {
  mergedInto: string | null;
  caseStatus: string;
  waitingSince: Date | null;
  leadStatus: string | null;
}): CitizenStatus {
  if (input.mergedInto) return 'merged';
  if (input.caseStatus === 'closed') return 'closed';
  if (input.waitingSince) return 'waiting_for_citizen';
  switch (input.leadStatus) {
    case 'acknowledged':
      return 'acknowledged';
    case 'in_progress':
      return 'in_progress';
    case 'done':
      return 'reported_fixed';
    case 'accepted':
      return 'resolved';
    default:
      return 'received';
  }
}
