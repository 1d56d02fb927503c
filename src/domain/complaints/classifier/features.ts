import { segmentWords } from '../../thai/segmentWords.ts';

/**
 * The features a complaint's text is judged by: its words (ICU's Thai word
 * breaker), pairs of neighbouring words, and character 2- and 3-grams of the
 * words written without spaces. Character n-grams catch what the word breaker
 * cuts differently from one sentence to the next (บ่อน้ำท่วมขัง vs
 * น้ำ|ท่วม|ขัง), misspellings and English words inside Thai; words carry the
 * rest. Links and numbers say nothing of the category (every number becomes 0).
 * Chosen on the validation days of the Traffy data (bench/classifier.ts):
 * 4-grams and spaces between words scored the same for twice the features.
 */
export function extractFeatures(text: string): string[] {
  const clean = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\d+/g, '0');
  const words = segmentWords(clean).filter((word) => !/^0+$/.test(word));
  const features: string[] = [];
  for (const word of words) features.push(`w:${word}`);
  for (let i = 1; i < words.length; i++) features.push(`b:${words[i - 1]}_${words[i]}`);
  const compact = words.join('');
  for (let n = 2; n <= 3; n++) {
    for (let i = 0; i + n <= compact.length; i++) features.push(`c:${compact.slice(i, i + n)}`);
  }
  return features;
}
