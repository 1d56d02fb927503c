import { FUZZY_SIMILARITY_FLOOR, type SearchPlan, type SearchSlot } from '../../domain/search/planSearch.ts';

/** One step of a search: the rows it adds (`where`) and their tier; the steps run in order until a page is full. */
export interface SearchStep {
  where: string;
  tier: string;
}

/**
 * A search plan as SQL over `cases c`, in steps. Every condition that selects rows is one a GIN
 * index answers: the first four steps are a single tsquery on `search_vector`; the fifth, LIKE patterns on
 * the trigram indexes of `search_text` and `search_fold` (each slot a BitmapOr, all slots a BitmapAnd);
 * the sixth, `<%` on the trigram index of `search_fold`. A later step leaves out the rows of the earlier
 * ones, and the tier is a few boolean checks on the selected rows, never a score over the whole table.
 *
 * @param ref the parameter holding the query as a case reference (DIR-2569-000123 finds that case first)
 */
export const SEARCH_STEPS = 7;

/** The last tier of each step, for resuming a page after a cursor. */
export const STEP_LAST_TIER = [0, 1, 2, 3, 4, 5, 6] as const;

/** The step of trigram matches alone (tier 6). */
export const FUZZY_STEP = 6;

/**
 * Step 0 to 3 are one tier each (the phrase, every word, every slot, every slot as a prefix), so
 * each is `where <tsquery> order by created_at desc limit n`: a rare word comes from the GIN index, a
 * common one (ไฟ at a million complaints) from walking the created_at index until the page is full.
 */
export function searchStep(plan: SearchPlan, p: (value: unknown) => string, ref: string, step: number): SearchStep | null {
  const ts = (query: string) => `c.search_vector @@ to_tsquery('simple', ${p(query)})`;
  const any = (conditions: string[]) => (conditions.length ? `(${conditions.join(' or ')})` : 'false');
  const all = (conditions: string[]) => (conditions.length ? `(${conditions.join(' and ')})` : 'true');
  const wordTiers = [
    () => `(c.ref = ${ref} or ${ts(plan.phraseQuery)})`,
    () => ts(plan.exactQuery),
    () => ts(plan.strongQuery),
    () => ts(plan.weakQuery),
  ];
  if (step < wordTiers.length) {
    const earlier = wordTiers.slice(0, step).map((tier) => tier());
    return { where: earlier.length ? `${wordTiers[step]!()} and not ${any(earlier)}` : wordTiers[step]!(), tier: String(step) };
  }
  const words = `(c.ref = ${ref} or ${ts(plan.weakQuery)})`;
  const partial = (slot: SearchSlot) =>
    any([
      ts(slot.weak),
      ...slot.likes.map((like) => `c.search_text like ${p(like)}`),
      ...slot.foldedLikes.map((like) => `c.search_fold like ${p(like)}`),
    ]);
  const slots = plan.slots.map(partial);
  const allSlots = all(slots);
  let mostWords: string | null = null;
  // A synonym slot is what the query is about (ไฟสะพานลอยดับ: the footbridge), so it is never the one left out.
  const droppable = plan.slots.flatMap((slot, i) => (slot.synonym ? [] : [i]));
  if (slots.length >= 3) mostWords = any(droppable.map((skip) => all(slots.filter((__, i) => i !== skip))));
  else if (slots.length === 2 && plan.slots.filter((slot) => slot.synonym).length === 1) {
    mostWords = slots[plan.slots.findIndex((slot) => slot.synonym)]!;
  }
  if (mostWords === '(false)' || mostWords === 'false') mostWords = null;
  const partialOrMost = mostWords ? `(${allSlots} or ${mostWords})` : allSlots;
  // One tier a step, so each page is `order by created_at desc limit n` and a common match walks the created_at
  // index until the page is full instead of sorting tens of thousands of rows (bench/search.ts).
  if (step === 4) return { where: `${allSlots} and not ${words}`, tier: '4' };
  if (step === 5) return mostWords ? { where: `${mostWords} and not ${allSlots} and not ${words}`, tier: '5' } : null;
  if (!plan.fuzzy) return null;
  const fuzzy = p(plan.fuzzy);
  return {
    // `<%` (pg_trgm.word_similarity_threshold, 0.6 by default) lets the index find candidates; the floor is the rule.
    where: `${fuzzy} <% c.search_fold and word_similarity(${fuzzy}, c.search_fold) >= ${FUZZY_SIMILARITY_FLOOR}
            and not ${words} and not ${partialOrMost}`,
    tier: '6',
  };
}
