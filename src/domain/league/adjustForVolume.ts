/**
 * How league tables stay fair to small offices and large ones alike. A raw rate ranks a unit that
 * fixed its only complaint (100%) above one that fixed 900 of 1,000 (90%): FixMyStreet's "most
 * responsive" list was once topped by a council with a single fix. Each rate is therefore ranked
 * by the lower end of its 95% Wilson score interval (Wilson 1927; Agresti & Coull 1998 show it
 * keeps its coverage at small n, where the normal approximation does not): the lowest rate we can
 * be 95% sure of. Few cases give a wide interval and a low bound; many cases a bound near the rate.
 */

/** z for a two-sided 95% interval. */
export const WILSON_Z = 1.96;

/** The confidence the bound is taken at, as the page states it. */
export const WILSON_CONFIDENCE = 0.95;

/**
 * The lower bound of the Wilson score interval of `successes` out of `trials`, 0–1; null when
 * there were no trials (nothing to judge). `successes` is clamped to 0…trials.
 */
export function wilsonLowerBound(successes: number, trials: number, z: number = WILSON_Z): number | null {
  if (!(trials > 0)) return null;
  const x = Math.min(Math.max(successes, 0), trials);
  const p = x / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return Math.max(0, (centre - margin) / (1 + z2 / trials));
}

/**
 * Ghost fixes (การแก้ปัญหาทิพย์) count against the unit that closed them: a complaint the citizen
 * reopened is taken off the unit's resolved count before the bound, even if it was fixed again,
 * so a quick "fixed" that was not fixed lowers the score instead of raising it. Floored at 0.
 */
export function effectiveResolved(resolved: number, reopened: number): number {
  return Math.max(0, resolved - reopened);
}

/** successes ÷ trials, or null with no trials. */
export function rateOf(successes: number, trials: number): number | null {
  return trials > 0 ? successes / trials : null;
}
