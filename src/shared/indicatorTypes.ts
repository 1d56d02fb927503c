/** What an outcome indicator is (seed 002: people's well-being is the measure, not process). */
export const indicatorKinds = ['goal', 'progress', 'unintended_effect'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

export const directions = ['up', 'down'] as const;
/** Which way is better: `up` when more is better (clinics opened), `down` when less is (mothers without support). */
export type Direction = (typeof directions)[number];

export const aggregations = ['sum', 'mean', 'max', 'latest'] as const;
export type Aggregation = (typeof aggregations)[number];
