/**
 * Category names and the keywords administrators set, in Thai and English,
 * as evidence for a category: the text mentions one of its terms. The model
 * learns one weight for "a term of this category is in the text" from the
 * Thai complaints it is trained on, and that weight counts the same for an
 * English term in an English complaint, which the training data rarely has.
 */
export type CategoryKeywords = ReadonlyMap<string, readonly string[]>;

interface CompiledTerms {
  thai: string[];
  latin: RegExp | null;
}

const compiled = new WeakMap<CategoryKeywords, Map<string, CompiledTerms>>();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folds a term or a text for matching: NFC, lower case, runs of white space as one. */
export function foldForKeywords(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}

function compile(keywords: CategoryKeywords): Map<string, CompiledTerms> {
  const cached = compiled.get(keywords);
  if (cached) return cached;
  const result = new Map<string, CompiledTerms>();
  for (const [code, terms] of keywords) {
    const folded = [...new Set(terms.map(foldForKeywords).map((term) => term.trim()))].filter((term) => term.length > 1);
    // Thai has no spaces between words, so a Thai term is found anywhere; a Latin term only as a whole word (plural too).
    const thai = folded.filter((term) => /[\u0E00-\u0E7F]/.test(term));
    const latin = folded.filter((term) => !/[\u0E00-\u0E7F]/.test(term));
    result.set(code, {
      thai,
      latin: latin.length
        ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${latin.map(escapeRegExp).join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'u')
        : null,
    });
  }
  compiled.set(keywords, result);
  return result;
}

/** Per category code in `codes`: 1 when the text holds one of its terms, else 0. */
export function keywordMatches(text: string, codes: readonly string[], keywords: CategoryKeywords | undefined): Float64Array {
  const matches = new Float64Array(codes.length);
  if (!keywords) return matches;
  const terms = compile(keywords);
  const folded = foldForKeywords(text);
  codes.forEach((code, index) => {
    const entry = terms.get(code);
    if (!entry) return;
    if (entry.thai.some((term) => folded.includes(term)) || entry.latin?.test(folded)) matches[index] = 1;
  });
  return matches;
}
