import { FUZZY_SIMILARITY_FLOOR, type SearchPlan, type SearchSlot } from '../../domain/search/planSearch.ts';

/**
 * A search plan as SQL over `cases c`: each condition is one the GIN indexes answer (tsquery on
 * `search_vector`, LIKE on the trigram indexes of `search_text` and `search_fold`, `<%` on
 * `search_fold`), so the matching rows come from bitmap index scans and the tier is a few
 * boolean checks per matching row, never a score computed over the whole table.
 */
export function searchConditions(
  plan: SearchPlan,
  p: (value: unknown) => string,
): { allStrong: string; allWeak: string; fuzzy: string | null } {
  const all = (conditions: string[][]) => conditions.map((any) => (any.length ? `(${any.join(' or ')})` : 'false')).join(' and ');
  const tsquery = (query: string) => `c.search_vector @@ to_tsquery('simple', ${p(query)})`;
  const strong = (slot: SearchSlot) => [
    ...(slot.strong.tsqueries.length ? [tsquery(slot.strong.tsqueries.map((q) => `(${q})`).join(' | '))] : []),
    ...slot.strong.likes.map((like) => `c.search_text like ${p(like)}`),
  ];
  const weak = (slot: SearchSlot): string[] => [
    ...strong(slot),
    ...(slot.weak.tsqueries.length ? [tsquery(slot.weak.tsqueries.map((q) => `(${q})`).join(' | '))] : []),
    ...slot.weak.likes.map((like) => `c.search_text like ${p(like)}`),
    ...slot.weak.foldedLikes.map((like) => `c.search_fold like ${p(like)}`),
    ...(slot.typedWords.length ? [`(${all(slot.typedWords.map(weak))})`] : []),
  ];
  const fuzzy = plan.fuzzy ? p(plan.fuzzy) : null;
  return {
    allStrong: all(plan.slots.map(strong)),
    allWeak: all(plan.slots.map(weak)),
    // `<%` (pg_trgm.word_similarity_threshold, 0.6 by default) lets the index find candidates; the floor is the rule.
    fuzzy: fuzzy ? `(${fuzzy} <% c.search_fold and word_similarity(${fuzzy}, c.search_fold) >= ${FUZZY_SIMILARITY_FLOOR})` : null,
  };
}
