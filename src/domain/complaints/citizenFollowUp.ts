import { complaintLimits } from '../../shared/complaintLimits.ts';
import { days } from '../../shared/thaiTime.ts';

/**
 * What a citizen may still do with a finished complaint: rate it (once) and reopen it, for
 * `complaintLimits.reopenWithinDays` days after the office reported it fixed, whoever moves the case
 * on meanwhile. The 1111 centre accepting the work and closing the case is the end of the staff side,
 * not of the citizen's: the promise on the tracking page ("rate within 30 days, reopen if it is not
 * fixed") holds until the window ends (issue 13, finding 1). A complaint closed without being resolved
 * (no `resolvedAt`) or joined into another gives nothing to rate or reopen.
 */
export interface FollowUpFacts {
  /** When the handling unit reported the work done; cleared when the complaint goes back to work. */
  resolvedAt: Date | null;
  /** Status of the top-level lead assignment: the work must be done (or accepted by the owner). */
  leadStatus: string | null;
  merged: boolean;
  rating: number | null;
}

export interface FollowUp {
  canRate: boolean;
  canReopen: boolean;
  /** The last instant rating and reopening are open, or null when the complaint is not resolved. */
  until: Date | null;
  /** Why not, for the refusal: not resolved yet, or the window has passed. */
  refusal: 'not_resolved' | 'window_closed' | null;
}

export function citizenFollowUp(facts: FollowUpFacts, now: Date): FollowUp {
  const resolved = !facts.merged && facts.resolvedAt !== null && (facts.leadStatus === 'done' || facts.leadStatus === 'accepted');
  if (!resolved || !facts.resolvedAt) return { canRate: false, canReopen: false, until: null, refusal: 'not_resolved' };
  const until = new Date(facts.resolvedAt.getTime() + days(complaintLimits.reopenWithinDays));
  const open = now.getTime() <= until.getTime();
  return { canRate: open && facts.rating === null, canReopen: open, until, refusal: open ? null : 'window_closed' };
}
