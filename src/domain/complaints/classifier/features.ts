import { segmentWords } from '../../thai/segmentWords.ts';

/**
 * The features a complaint's text is judged by: its words (ICU's Thai word
 * breaker), pairs of neighbouring words, and character trigrams of the text
 * without spaces. Trigrams catch what the word breaker cuts differently from
 * one sentence to the next (บ่อน้ำท่วมขัง vs น้ำ|ท่วม|ขัง) and misspellings;
 * words carry the rest. On the Traffy data the mix beats either alone.
 */
export function extractFeatures(text: string): string[] {
  const words = segmentWords(text).filter((word) => !/^\d+$/.test(word));
  const features: string[] = [];
  for (const word of words) features.push(`w:${word}`);
  for (let i = 1; i < words.length; i++) features.push(`b:${words[i - 1]}_${words[i]}`);
  const compact = words.join('');
  for (let i = 0; i + 3 <= compact.length; i++) features.push(`c:${compact.slice(i, i + 3)}`);
  return features;
}
