/**
 * The delivery method's two judgements on a unit's work: a RAG rating of where
 * it stands now, and a five-level confidence that it will deliver. Both are
 * ordered best first, so "worst of" is the highest index.
 */
import { confidenceLevels, ragRatings, type Confidence, type Rag } from '../../shared/ratings.ts';

export { confidenceLevels, ragRatings, type Confidence, type Rag } from '../../shared/ratings.ts';

/** The worst rating of several (a case is as much at risk as its weakest unit), or null when there is none. */
export function worstRag(ratings: readonly Rag[]): Rag | null {
  return worstOf(ragRatings, ratings);
}

export function worstConfidence(levels: readonly Confidence[]): Confidence | null {
  return worstOf(confidenceLevels, levels);
}

function worstOf<T extends string>(order: readonly T[], values: readonly T[]): T | null {
  let worst = -1;
  for (const value of values) worst = Math.max(worst, order.indexOf(value));
  return worst < 0 ? null : (order[worst] ?? null);
}
