/**
 * Thai is written without spaces between words, and PostgreSQL has no Thai
 * parser, so words are cut here with ICU's dictionary-based word breaker
 * (`Intl.Segmenter('th')`) and stored space-separated for a `simple`
 * tsvector. ICU misses some compounds (it cuts น้ำท่วม as น้ำ|ท่วม but
 * บ่อน้ำท่วมขัง as บ่อน้ำ|ท่วม|ขัง), which is why search also keeps a trigram
 * index over the raw text.
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const part of segmenter.segment(text.normalize('NFC').toLowerCase())) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words;
}

/** The text stored for the word index: every word once per occurrence, separated by spaces. */
export function toSearchWords(...texts: (string | null | undefined)[]): string {
  return segmentWords(texts.filter(Boolean).join(' ')).join(' ');
}
