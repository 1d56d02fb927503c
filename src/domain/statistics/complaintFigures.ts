/** The sums kept in `complaint_stats` for a set of complaints. */
export interface FigureSums {
  received: number;
  resolved: number;
  overdue: number;
  reopened: number;
  rated: number;
  ratingSum: number;
  satisfied: number;
  ackDecided: number;
  ackOnTime: number;
}

/** How many finished complaints took each whole number of days. */
export type DaysHistogram = readonly { days: number; resolved: number }[];

export interface Figures {
  received: number;
  resolved: number;
  resolutionRate: number | null;
  inProgress: number;
  overdue: number;
  reopened: number;
  medianDays: number | null;
  p90Days: number | null;
  rated: number;
  averageRating: number | null;
  satisfiedRate: number | null;
  acknowledgedOnTimeRate: number | null;
}

export const zeroSums: FigureSums = {
  received: 0,
  resolved: 0,
  overdue: 0,
  reopened: 0,
  rated: 0,
  ratingSum: 0,
  satisfied: 0,
  ackDecided: 0,
  ackOnTime: 0,
};

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * The value below which a share `p` of the finished complaints fall, as PostgreSQL's
 * `percentile_disc(p)` gives it: the smallest number of days whose cumulative share reaches `p`,
 * always a real complaint's figure, so the same from a histogram as from the raw rows.
 */
export function percentileDisc(histogram: DaysHistogram, p: number): number | null {
  const sorted = histogram.filter((bin) => bin.resolved > 0).sort((a, b) => a.days - b.days);
  const total = sorted.reduce((sum, bin) => sum + bin.resolved, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const bin of sorted) {
    seen += bin.resolved;
    if (seen / total >= p) return bin.days;
  }
  return sorted.at(-1)!.days;
}

/** The figures people read, from the kept sums and the days histogram. */
export function toFigures(sums: FigureSums, histogram: DaysHistogram): Figures {
  return {
    received: sums.received,
    resolved: sums.resolved,
    resolutionRate: ratio(sums.resolved, sums.received),
    inProgress: sums.received - sums.resolved,
    overdue: sums.overdue,
    reopened: sums.reopened,
    medianDays: percentileDisc(histogram, 0.5),
    p90Days: percentileDisc(histogram, 0.9),
    rated: sums.rated,
    averageRating: ratio(sums.ratingSum, sums.rated),
    satisfiedRate: ratio(sums.satisfied, sums.rated),
    acknowledgedOnTimeRate: ratio(sums.ackOnTime, sums.ackDecided),
  };
}
