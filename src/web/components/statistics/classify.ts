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
  const thresholds: number[] = [];
  for (let k = 1; k < wanted && sorted.length > 0; k++) {
    const threshold = sorted[Math.floor((k * sorted.length) / wanted)]!;
    if (threshold > sorted[0]! && !thresholds.includes(threshold)) thresholds.push(threshold);
  }
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
