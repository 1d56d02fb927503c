import { confidenceLevels, ragRatings, type Confidence, type Rag } from './ratings.ts';

/** Counts of assignments as the database groups them (see `listDeliveryTallies`). */
export interface TallyPart {
  case_id: string;
  assigned: number;
  acknowledged: number;
  overdue: number;
  help_needed: number;
  worst_rag: number;
  worst_confidence: number;
}

export interface Tally {
  cases: number;
  assigned: number;
  acknowledged: number;
  reachPercent: number | null;
  overdue: number;
  helpNeeded: number;
  rag: Rag | null;
  confidence: Confidence | null;
}

/**
 * Adds grouped counts into one row of the picture: sums, the number of distinct cases, reach
 * rounded down (as on a case's own page, so 99.6% never shows as a finished 100%), and the worst
 * latest rating (a priority is as much at risk as its weakest unit).
 */
export function tallyDelivery(parts: readonly TallyPart[]): Tally {
  const cases = new Set<string>();
  let assigned = 0;
  let acknowledged = 0;
  let overdue = 0;
  let helpNeeded = 0;
  let rag = -1;
  let confidence = -1;
  for (const part of parts) {
    cases.add(part.case_id);
    assigned += part.assigned;
    acknowledged += part.acknowledged;
    overdue += part.overdue;
    helpNeeded += part.help_needed;
    rag = Math.max(rag, part.worst_rag);
    confidence = Math.max(confidence, part.worst_confidence);
  }
  return {
    cases: cases.size,
    assigned,
    acknowledged,
    reachPercent: assigned === 0 ? null : Math.floor((acknowledged * 100) / assigned),
    overdue,
    helpNeeded,
    rag: ragRatings[rag] ?? null,
    confidence: confidenceLevels[confidence] ?? null,
  };
}

/** Groups parts by a key (rows without one are left out), each group tallied. */
export function tallyBy<T extends TallyPart>(parts: readonly T[], keyOf: (part: T) => string | null): Map<string, Tally> {
  const groups = new Map<string, T[]>();
  for (const part of parts) {
    const key = keyOf(part);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(part);
    else groups.set(key, [part]);
  }
  return new Map([...groups].map(([key, group]) => [key, tallyDelivery(group)]));
}

/**
 * Attention order of the picture's cases: help asked first, then red, then amber, then the
 * most overdue units, the same order as the delivery unit's overview.
 */
export function attentionScore(tally: Tally): number {
  return tally.helpNeeded * 1_000_000 + (tally.rag === 'red' ? 500_000 : tally.rag === 'amber' ? 100_000 : 0) + tally.overdue;
}
