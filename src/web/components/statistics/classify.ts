/**
 * Classed ranges for a choropleth: up to five classes by quantile, so a map of counts is not one
 * dark Bangkok and 76 pale provinces, and each class is labelled with the smallest and largest
 * value actually in it, so a reader can check a province against the legend by number.
 */
export interface ValueClass {
  index: number;
  min: number;
  max: number;
}

export function classify(
  values: readonly (number | null)[],
  wanted = 5,
): { classes: ValueClass[]; classOf(value: number | null): number | null } {
  const sorted = values.filter((value): value is number => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  // Quantiles of the values, or of the distinct values when ties (a map of mostly zeros) would
  // otherwise fold every area into one class.
  const distinct = [...new Set(sorted)];
  const quantiles = (from: readonly number[]) => {
    const found: number[] = [];
    for (let k = 1; k < wanted && from.length > 0; k++) {
      const threshold = from[Math.floor((k * from.length) / wanted)]!;
      if (threshold > from[0]! && !found.includes(threshold)) found.push(threshold);
    }
    return found;
  };
  const byValue = quantiles(sorted);
  const thresholds = byValue.length + 1 >= Math.min(wanted, distinct.length) ? byValue : quantiles(distinct);
  const indexOf = (value: number) => thresholds.filter((threshold) => value >= threshold).length;
  const classes: ValueClass[] = [];
  for (const value of sorted) {
    const index = indexOf(value);
    const existing = classes[index];
    if (existing) existing.max = value;
    else classes[index] = { index, min: value, max: value };
  }
  const present = classes.filter(Boolean);
  const renumber = new Map(present.map((c, i) => [c.index, i]));
  return {
    classes: present.map((c, i) => ({ ...c, index: i })),
    classOf: (value) => (value === null || !Number.isFinite(value) ? null : (renumber.get(indexOf(value)) ?? null)),
  };
}
