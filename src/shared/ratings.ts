/**
 * The delivery method's two judgements on a unit's work: a RAG rating of where
 * it stands now, and a five-level confidence that it will deliver. Both are
 * ordered best first, so "worst of" is the highest index
 * (`domain/reports/ratings.ts`). The browser offers them in this order.
 */
export const ragRatings = ['green', 'amber', 'red'] as const;
export type Rag = (typeof ragRatings)[number];

export const confidenceLevels = ['green', 'amber_green', 'amber', 'amber_red', 'red'] as const;
export type Confidence = (typeof confidenceLevels)[number];
