/**
 * A complaint's text as a fixed-size set of its character trigrams, for
 * finding likely duplicates quickly. Trigrams are taken as pg_trgm takes
 * them: the text in lower case is cut into words (letters, marks and digits,
 * so Thai vowel and tone marks stay inside their word), each word padded
 * with two spaces in front and one behind, and every three consecutive
 * characters are a trigram. Each trigram sets one of 2,048 bits (FNV-1a).
 *
 * Two signatures give an estimate of the texts' trigram similarity (shared
 * trigrams over all trigrams), in SQL by `trigram_signature_similarity` and
 * here by `signatureSimilarity`: a bit stands for every trigram hashed to it,
 * so a set's size is read from its share of set bits (the Bloom filter
 * estimate, -m ln(1 - bits / m)). Made in TypeScript at intake rather than in
 * the database, where it was a fifth of intake's database time.
 */
export const SIGNATURE_BITS = 2048;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SPACE = 0x20;

/** Calls `visit` with the code points of each trigram of the text, a trigram as often as it occurs. */
function forEachTrigram(text: string, visit: (a: number, b: number, c: number) => void): void {
  for (const [word] of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    let a = SPACE;
    let b = SPACE;
    for (const char of word) {
      const c = char.codePointAt(0)!;
      visit(a, b, c);
      a = b;
      b = c;
    }
    visit(a, b, SPACE);
  }
}

/** The trigrams of a text, each once (for tests and for checking the estimate). */
export function trigramsOf(text: string): Set<string> {
  const trigrams = new Set<string>();
  forEachTrigram(text, (a, b, c) => trigrams.add(String.fromCodePoint(a, b, c)));
  return trigrams;
}

/** FNV-1a over a trigram's three code points. */
function trigramBit(a: number, b: number, c: number): number {
  let hash = 0x811c9dc5;
  hash = Math.imul(hash ^ a, 0x01000193);
  hash = Math.imul(hash ^ b, 0x01000193);
  hash = Math.imul(hash ^ c, 0x01000193);
  return (hash >>> 0) % SIGNATURE_BITS;
}

/** The signature, 256 bytes, first bit the high bit of the first byte (as PostgreSQL reads `bit(2048)`). */
export function textSignature(text: string): Uint8Array {
  const bits = new Uint8Array(SIGNATURE_BITS / 8);
  forEachTrigram(text, (a, b, c) => {
    const bit = trigramBit(a, b, c);
    bits[bit >> 3]! |= 0x80 >> (bit & 7);
  });
  return bits;
}

/** The signature as hexadecimal digits, for SQL: `('x' || $1)::bit(2048)`. */
export function textSignatureHex(text: string): string {
  return Buffer.from(textSignature(text)).toString('hex');
}

function setBits(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) {
    let b = byte;
    while (b) {
      b &= b - 1;
      count++;
    }
  }
  return count;
}

/** The estimated trigram similarity of two signatures, as the SQL function computes it; null when it cannot tell. */
export function signatureSimilarity(a: Uint8Array, b: Uint8Array): number | null {
  const union = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) union[i] = a[i]! | b[i]!;
  const m = SIGNATURE_BITS;
  const [na, nb, nu] = [setBits(a), setBits(b), setBits(union)];
  if (nu >= m || nu === 0) return null;
  return (Math.log(1 - nu / m) - Math.log(1 - na / m) - Math.log(1 - nb / m)) / -Math.log(1 - nu / m);
}
