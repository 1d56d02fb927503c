import { segmentWords } from '../thai/segmentWords.ts';
import { canonicalSpelling, foldSpelling } from './foldSpelling.ts';

/**
 * How a search typed by a person becomes SQL conditions over the word index
 * (a `simple` tsvector of ICU-cut words), the trigram indexes of the raw
 * lowercased text and of its spelling-folded form (`foldSpelling.ts`), and the
 * synonym groups administrators keep (`search_synonyms`).
 *
 * The query is cut into slots: a stretch that is a term of a synonym group
 * (ไฟถนน, street light) is one slot matched by any term of its group; the rest
 * is cut into words. A case ranks, best first:
 * 0. its reference typed whole, or the query's words next to each other in its text;
 * 1. every query word as a whole word;
 * 2. every slot as a whole word or through a synonym (a group's term, as a phrase of words);
 * 3. every slot as the start of a word;
 * 4. every slot anywhere in the text, as typed or with spelling slips folded
 *    (so น้ำท่วม finds บ่อน้ำท่วมขัง, which ICU cuts as บ่อน้ำ|ท่วม|ขัง, and นํ้าท่วมมากกก);
 * 5. all slots but one (a query of three or more), or the synonym term of a
 *    two-slot query (flooded soi: flooding without "soi");
 * 6. nothing of the above, but the folded query is close to a stretch of the
 *    folded text (typos), above a similarity floor.
 * Tiers 0 to 3 come from one tsquery on the word index; 4 to 6 need LIKE and
 * trigram scans, so search runs them only when the earlier tiers fill less than a page.
 */
export interface SearchPlan {
  /** tsquery of the query's words in their order, next to each other (the phrase, tier 0). */
  phraseQuery: string;
  /** tsquery requiring every query word as a whole word (tier 1). */
  exactQuery: string;
  /** Every slot as a whole word or through a synonym (tier 2). */
  strongQuery: string;
  /** Every slot as the start of a word, or through a synonym (tier 3): the one condition of the first query. */
  weakQuery: string;
  slots: SearchSlot[];
  /** The folded query for trigram similarity, or null when too short to be useful. */
  fuzzy: string | null;
}

/** One part of the query that a case must match; every slot must match (or all but one: the "most words" tier). */
export interface SearchSlot {
  /** tsquery of the slot as a whole word, or any term of its synonym group as a phrase of words. */
  strong: string;
  /** tsquery of the slot as the start of a word (or, for a synonym slot, its typed words' starts). */
  weak: string;
  /** LIKE patterns over the raw text (a synonym's Thai terms too short for a folded pattern) for the partial tier. */
  likes: string[];
  /** LIKE patterns over the folded text (spelling slips, compounds ICU cut otherwise) for the partial tier. */
  foldedLikes: string[];
  /** A term of a synonym group: the service a query is about, kept when a two-slot query drops a word. */
  synonym: boolean;
}

/**
 * Below this word similarity a trigram-only match is noise. Measured on PostgreSQL 15 over the 2,799
 * shipped complaints with ten misspelt queries (ผักตบขวา, นกพิรบ, ยางมะตอบ, ทางม้าลา, สุนัขจรจด, แมวจรจด,
 * หาบเรแผงลอบ, ป้ายโฆษนา, สายสือสาน, and น้ำเน่า as typed), comparing word_similarity(folded query,
 * search_fold) of the complaints judged relevant to the intended word (test/fixtures/searchRelevance.json)
 * with that of all others: no other complaint reached 0.65 (the highest were 0.63 for ทางม้าลา and
 * สุนัขจรจด; 0.50 for น้ำเน่า, which pg_trgm's default 0.6 let through before folding); relevant ones
 * from 0.65 up: 30 of 168, the same as from 0.7 (nothing falls between 0.63 and 0.7); 0.75 keeps the same 30.
 * Thai trigrams are short-lived (a one-letter slip in a five-letter word changes most of them), so this
 * tier rescues few Thai typos; the folds and the word tiers carry the rest.
 */
export const FUZZY_SIMILARITY_FLOOR = 0.65;

const MAX_SLOTS = 12;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Latin letters and digits only: matched as whole words, since `%tree%` would find "street". */
function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\d\s.'-]+$/u.test(text);
}

function phraseQuery(term: string): string | null {
  const words = segmentWords(term);
  return words.length ? words.map(quoteLexeme).join(' <-> ') : null;
}

/**
 * A LIKE pattern for the folded text, or none when the folded text is shorter than a trigram: the
 * trigram index cannot answer `%ทอ%` (ท่อ folded), so such a word is matched by the word index alone.
 */
function foldedLike(text: string): string[] {
  const folded = foldSpelling(text).trim();
  return [...folded].length >= 3 ? [`%${escapeLike(folded)}%`] : [];
}

function wordSlot(word: string): SearchSlot {
  const lexeme = quoteLexeme(word);
  return {
    strong: lexeme,
    weak: `${lexeme}:*`,
    likes: [],
    foldedLikes: isLatin(word) ? [] : foldedLike(word),
    synonym: false,
  };
}

/** Any term of the group, as a phrase of words (ICU cuts a term the same way in a complaint) or by substring. */
function synonymSlot(typed: string, terms: string[]): SearchSlot {
  const phrases = [...new Set(terms.map(phraseQuery).filter((query): query is string => query !== null))];
  const strong = `(${phrases.map((phrase) => `(${phrase})`).join(' | ')})`;
  const typedWords = segmentWords(typed).map((word) => `${quoteLexeme(word)}:*`);
  const thai = terms.filter((term) => !isLatin(term));
  return {
    strong,
    weak: typedWords.length ? `(${strong} | (${typedWords.join(' & ')}))` : strong,
    // A term found in the raw text is found folded in the folded text too, so the raw pattern is kept
    // only for a term too short to fold into a trigram (หมา).
    likes: thai.filter((term) => foldedLike(term).length === 0).map((term) => `%${escapeLike(term)}%`),
    foldedLikes: [...new Set(thai.flatMap(foldedLike))],
    synonym: true,
  };
}

interface GroupTerm {
  text: string;
  group: number;
}

/**
 * Where synonym terms stand in the query as typed: longest first, not overlapping, Latin terms on word
 * boundaries. (The query's spelling is made canonical first, so นํ้าเน่า still finds the term น้ำเน่า.)
 */
function findTerms(query: string, terms: GroupTerm[]): { start: number; end: number; group: number }[] {
  const found: { start: number; end: number; group: number }[] = [];
  const taken = new Array<boolean>(query.length).fill(false);
  for (const term of [...terms].sort((a, b) => b.text.length - a.text.length)) {
    for (let at = query.indexOf(term.text); at >= 0; at = query.indexOf(term.text, at + 1)) {
      const end = at + term.text.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      if (isLatin(term.text) && (/[a-z0-9]/.test(query[at - 1] ?? '') || /[a-z0-9]/.test(query[end] ?? ''))) continue;
      taken.fill(true, at, end);
      found.push({ start: at, end, group: term.group });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * @param synonymGroups the groups of `search_synonyms`, read for this search (administrators'
 *   changes show in the next search); each group's terms as stored.
 */
export function planSearch(query: string, synonymGroups: readonly (readonly string[])[] = []): SearchPlan | null {
  const normalized = canonicalSpelling(query);
  if (!normalized) return null;
  const words = [...new Set(segmentWords(normalized))].slice(0, MAX_SLOTS);
  if (words.length === 0) return null;

  const groups = synonymGroups.map((terms) => [...new Set(terms.map((term) => canonicalSpelling(term)))].filter(Boolean));
  const groupTerms = groups.flatMap((terms, group) => terms.map((term) => ({ text: term, group })));
  const folded = foldSpelling(normalized).trim();
  const slots: SearchSlot[] = [];
  const seenWords = new Set<string>();
  const addWords = (text: string) => {
    for (const word of segmentWords(text)) {
      if (!seenWords.has(word)) slots.push(wordSlot(word));
      seenWords.add(word);
    }
  };
  let cursor = 0;
  for (const hit of findTerms(normalized, groupTerms)) {
    addWords(normalized.slice(cursor, hit.start));
    slots.push(synonymSlot(normalized.slice(hit.start, hit.end), groups[hit.group]!));
    cursor = hit.end;
  }
  if (cursor === 0) for (const word of words) slots.push(wordSlot(word));
  else addWords(normalized.slice(cursor));

  const kept = slots.slice(0, MAX_SLOTS);
  return {
    phraseQuery: segmentWords(normalized).slice(0, MAX_SLOTS).map(quoteLexeme).join(' <-> '),
    exactQuery: words.map(quoteLexeme).join(' & '),
    strongQuery: kept.map((slot) => slot.strong).join(' & '),
    weakQuery: kept.map((slot) => slot.weak).join(' & '),
    slots: kept,
    fuzzy: [...folded].length >= 3 ? folded : null,
  };
}
