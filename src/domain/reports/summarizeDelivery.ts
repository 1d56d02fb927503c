import { worstConfidence, worstRag, type Confidence, type Rag } from './ratings.ts';
import { isStale } from './reportingCycle.ts';

/** One assigned unit's standing, as the summary needs it. */
export interface UnitStanding {
  assignedAt: Date;
  acknowledgedAt: Date | null;
  /** Returned work does not count: the unit said it is not theirs. */
  returned: boolean;
  /** Accepted work is finished: it no longer reports, so it is never stale. */
  finished: boolean;
  lastReport: { at: Date; rag: Rag; confidence: Confidence; helpNeeded: boolean } | null;
  /** The latest progress note (free text with evidence, no rating): a report too, whichever way the unit chose to send it. */
  lastNoteAt: Date | null;
}

/** When the unit last reported, by a cycle report or a progress note. */
export function lastReportedAt(unit: Pick<UnitStanding, 'lastReport' | 'lastNoteAt'>): Date | null {
  const times = [unit.lastReport?.at, unit.lastNoteAt].filter((at): at is Date => at instanceof Date);
  return times.length === 0 ? null : new Date(Math.max(...times.map((at) => at.getTime())));
}

export interface DeliverySummary {
  assigned: number;
  acknowledged: number;
  /** acknowledged / assigned, 0–100, rounded down; null when nothing is assigned. */
  reachPercent: number | null;
  /** The worst latest RAG and confidence among the units that reported. */
  rag: Rag | null;
  confidence: Confidence | null;
  stale: number;
  helpNeeded: number;
  /** Units that reported at all, by a cycle report or a progress note (issue 13, item 8). */
  reported: number;
}

/**
 * Where delivery stands on one case, from its units: how many acknowledged,
 * the worst latest rating and confidence (a priority is as much at risk as its
 * weakest unit), how many are stale (a cycle without a report, whatever they
 * last said) and how many asked the centre for help in their latest report.
 * A progress note counts as reporting (for `reported` and staleness) but carries no rating.
 */
export function summarizeDelivery(units: readonly UnitStanding[], input: { cycleMonths: number; now: Date }): DeliverySummary {
  const counted = units.filter((unit) => !unit.returned);
  const acknowledged = counted.filter((unit) => unit.acknowledgedAt !== null).length;
  const reports = counted.flatMap((unit) => (unit.lastReport ? [unit.lastReport] : []));
  return {
    assigned: counted.length,
    acknowledged,
    reachPercent: counted.length === 0 ? null : Math.floor((acknowledged * 100) / counted.length),
    rag: worstRag(reports.map((report) => report.rag)),
    confidence: worstConfidence(reports.map((report) => report.confidence)),
    stale: counted.filter(
      (unit) =>
        !unit.finished &&
        isStale({ lastReportAt: lastReportedAt(unit), assignedAt: unit.assignedAt, cycleMonths: input.cycleMonths, now: input.now }),
    ).length,
    helpNeeded: reports.filter((report) => report.helpNeeded).length,
    reported: counted.filter((unit) => lastReportedAt(unit) !== null).length,
  };
}
