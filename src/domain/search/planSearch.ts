import { segmentWords } from '../thai/segmentWords.ts';
import { foldSpelling } from './foldSpelling.ts';

/**
 * How a search typed by a person becomes SQL conditions over the word index
 * (a `simple` tsvector of ICU-cut words), the trigram indexes of the raw
 * lowercased text and of its spelling-folded form (`foldSpelling.ts`), and the
 * synonym groups administrators keep (`search_synonyms`).
 *
 * The query is cut into slots: a stretch that is a term of a synonym group
 * (ไฟถนน, street light) is one slot matched by any term of its group; the rest
 * is cut into words. A case ranks, best first:
 * 0. its reference typed whole, or the exact phrase in its text;
 * 1. every query word as a whole word;
 * 2. every slot as a whole word or through a synonym;
 * 3. every slot as the start of a word or anywhere in the text, as typed or
 *    with spelling slips folded (so น้ำท่วม finds บ่อน้ำท่วมขัง, which ICU cuts as
 *    บ่อน้ำ|ท่วม|ขัง, and นํ้าท่วมมากกก);
 * 4. nothing of the above, but the folded query is close to a stretch of the
 *    folded text (typos), above a similarity floor.
 * Tiers are cheap boolean conditions, so a page sorts by tier, then newest.
 */
export interface SearchPlan {
  /** LIKE pattern for the whole phrase, lowercased and escaped. */
  phraseLike: string;
  /** tsquery requiring every query word as a whole word. */
  exactQuery: string;
  slots: SearchSlot[];
  /** The folded query for trigram similarity, or null when too short to be useful. */
  fuzzy: string | null;
}

/** One part of the query that a case must match; every slot must match. */
export interface SearchSlot {
  /** Whole-word or synonym matches (tier 2): tsqueries over the word index and LIKE patterns over the raw text. */
  strong: { tsqueries: string[]; likes: string[] };
  /** Partial matches (tier 3), added to the strong ones: prefix tsqueries, LIKE patterns over the raw and the folded text. */
  weak: { tsqueries: string[]; likes: string[]; foldedLikes: string[] };
  /** For a synonym slot: the words of the term as typed, all of which matching weakly also matches the slot (ไฟดับ in ไฟฟ้าส่องสว่างดับ). */
  typedWords: SearchSlot[];
}

/**
 * Below this word similarity a trigram-only match is noise: measured on the 2,799 shipped
 * complaints (test/searchRelevance.test.ts), "น้ำเน่า" at 0.6 (pg_trgm's default) still found
 * complaints about น้ำ without anything rotten.
 */
export const FUZZY_SIMILARITY_FLOOR = 0.75;

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

/** A LIKE pattern for the folded text, or none when folding leaves nothing (a word of tone marks alone). */
function foldedLike(text: string): string[] {
  const folded = foldSpelling(text).trim();
  return folded ? [`%${escapeLike(folded)}%`] : [];
}

function wordSlot(word: string): SearchSlot {
  const lexeme = quoteLexeme(word);
  const latin = isLatin(word);
  return {
    strong: { tsqueries: [lexeme], likes: [] },
    weak: {
      tsqueries: [`${lexeme}:*`],
      likes: latin ? [] : [`%${escapeLike(word)}%`],
      foldedLikes: latin ? [] : foldedLike(word),
    },
    typedWords: [],
  };
}

function synonymSlot(typed: string, terms: string[]): SearchSlot {
  const slot: SearchSlot = {
    strong: { tsqueries: [], likes: [] },
    weak: { tsqueries: [], likes: [], foldedLikes: [] },
    typedWords: segmentWords(typed).map(wordSlot),
  };
  for (const term of terms) {
    if (isLatin(term)) {
      const query = phraseQuery(term);
      if (query) slot.strong.tsqueries.push(query);
    } else {
      slot.strong.likes.push(`%${escapeLike(term)}%`);
      slot.weak.foldedLikes.push(...foldedLike(term));
    }
  }
  return slot;
}

interface GroupTerm {
  text: string;
  group: number;
}

/**
 * Where synonym terms stand in the query as typed: longest first, not overlapping, Latin terms on word
 * boundaries. (A term typed with a slip is not expanded; its words still match the folded text.)
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
  const normalized = query.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!normalized) return null;
  const words = [...new Set(segmentWords(normalized))].slice(0, MAX_SLOTS);
  if (words.length === 0) return null;

  const groups = synonymGroups.map((terms) =>
    [...new Set(terms.map((term) => term.normalize('NFC').toLowerCase().trim()))].filter(Boolean),
  );
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

  return {
    phraseLike: `%${escapeLike(normalized)}%`,
    exactQuery: words.map(quoteLexeme).join(' & '),
    slots: slots.slice(0, MAX_SLOTS),
    fuzzy: [...folded].length >= 3 ? folded : null,
  };
}
