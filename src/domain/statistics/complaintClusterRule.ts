/**
 * When a rise of complaints in one district and category is a cluster worth a directive.
 *
 * The test, in one sentence: a district's month is flagged when it received at least 10
 * complaints of a category and, had the district's mean of the previous 6 months held, so many or
 * more would arrive by chance less than once in 1,000 months (a one-sided Poisson test).
 *
 * Why Poisson against the area's own baseline: complaint arrivals in a small area are counts of
 * rare independent events, the textbook Poisson case, and each district is compared with itself,
 * so a big district with many complaints every month is not flagged for being big (the same idea
 * as the CDC's EARS C-methods and Farrington's outbreak detection, kept to a rule one can explain).
 * The floor of 10 keeps a jump from 0 to 3 off the delivery unit's desk; the 0.5 floor on the
 * baseline keeps a district with no history from making every count astronomically unlikely.
 */
export const clusterRule = {
  minimumCount: 10,
  baselineMonths: 6,
  maxProbability: 0.001,
  baselineFloor: 0.5,
} as const;

export interface ClusterJudgement {
  /** Mean complaints per month over the previous months (missing months count as 0). */
  baselineMean: number;
  /** P(X ≥ count) for X ~ Poisson(max(baselineMean, floor)). */
  probability: number;
  /** count ÷ baseline mean; null when the baseline is 0. */
  ratio: number | null;
  flagged: boolean;
}

/** Judges one month's count against the counts of the months before it (oldest first). */
export function judgeCluster(count: number, previous: readonly number[]): ClusterJudgement {
  const months = clusterRule.baselineMonths;
  const window = previous.slice(-months);
  const baselineMean = window.reduce((sum, n) => sum + n, 0) / months;
  const probability = poissonTailAtLeast(count, Math.max(baselineMean, clusterRule.baselineFloor));
  return {
    baselineMean,
    probability,
    ratio: baselineMean > 0 ? count / baselineMean : null,
    flagged: count >= clusterRule.minimumCount && probability < clusterRule.maxProbability,
  };
}

/**
 * P(X ≥ k) for X ~ Poisson(lambda). Above the mean the tail is summed directly from its first term
 * (no 1 − almost-1 cancellation, so one in a billion is still exact enough to rank by); at or below
 * the mean it is 1 minus the head.
 */
export function poissonTailAtLeast(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  const logTerm = (i: number) => -lambda + i * Math.log(lambda) - logFactorial(i);
  if (k > lambda) {
    let term = Math.exp(logTerm(k));
    let sum = term;
    for (let i = k + 1; term > sum * 1e-16 && i < k + 100_000; i++) {
      term *= lambda / i;
      sum += term;
    }
    return Math.min(1, sum);
  }
  let term = Math.exp(-lambda);
  let head = term;
  for (let i = 1; i < k; i++) {
    term *= lambda / i;
    head += term;
  }
  return Math.max(0, 1 - head);
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}
