import { segmentWords } from '../thai/segmentWords.ts';

/**
 * How a search typed by a person becomes SQL conditions over the word index
 * (a `simple` tsvector of ICU-cut words) and the trigram index (raw lowercased
 * text). A case matches when every word of the query is found, either as the
 * start of an indexed word or anywhere in the text (so น้ำท่วม finds
 * บ่อน้ำท่วมขัง, which ICU cuts as บ่อน้ำ|ท่วม|ขัง), or, failing that, when the
 * query is close to some stretch of the text (typos). Ranking: the exact
 * phrase first, then all words as whole words, then the rest.
 */
export interface SearchPlan {
  /** LIKE pattern for the whole phrase, lowercased and escaped. */
  phraseLike: string;
  /** Per query word: a prefix tsquery and a LIKE pattern. */
  words: { prefixQuery: string; like: string }[];
  /** tsquery requiring every query word as a whole word. */
  exactQuery: string;
  /** The normalised query for trigram similarity, or null when too short to be useful. */
  fuzzy: string | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export function planSearch(query: string): SearchPlan | null {
  const normalized = query.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!normalized) return null;
  const words = [...new Set(segmentWords(normalized))].slice(0, 12);
  if (words.length === 0) return null;
  return {
    phraseLike: `%${escapeLike(normalized)}%`,
    words: words.map((word) => ({ prefixQuery: `${quoteLexeme(word)}:*`, like: `%${escapeLike(word)}%` })),
    exactQuery: words.map(quoteLexeme).join(' & '),
    fuzzy: [...normalized].length >= 3 ? normalized : null,
  };
}
