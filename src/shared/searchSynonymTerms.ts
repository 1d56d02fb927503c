/**
 * The terms of a search synonym group (issue #14, item 5): words people use for the same public
 * service (ไฟส่องสว่าง / ไฟถนน / หลอดไฟ). The browser splits what an administrator typed and the
 * server checks the same rules before it stores a group, so the form refuses what the API would.
 */
export const synonymLimits = {
  /** Characters (code points, after NFC) in one term. */
  termMax: 60,
  /** Distinct terms in one group: the table's own check (`cardinality(terms) between 2 and 30`). */
  termsMin: 2,
  termsMax: 30,
  noteMax: 500,
} as const;

export type SynonymTermProblem =
  | { kind: 'empty'; index: number }
  | { kind: 'too_long'; index: number; term: string }
  | { kind: 'comma'; index: number; term: string }
  | { kind: 'too_few' }
  | { kind: 'too_many'; count: number };

/**
 * One term as it is stored and compared: Unicode NFC, SARA AM typed as its two parts (nikhahit
 * U+0E4D then sara aa U+0E32, which Thai keyboards allow and NFC leaves apart) made the one letter
 * U+0E33, spaces trimmed and runs of them made one, Latin letters lower-cased (Thai has no case;
 * "BTS" and "bts" are one term).
 */
export function normalizeSynonymTerm(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\u0E4D\u0E32/gu, '\u0E33')
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/\p{Script=Latin}+/gu, (latin) => latin.toLowerCase());
}

/**
 * The group's terms, normalized and with repeats dropped (first one kept), and what is wrong with
 * them. A comma is refused inside a term because the form takes terms comma-separated.
 */
export function checkSynonymTerms(raw: readonly string[]): { terms: string[]; problems: SynonymTermProblem[] } {
  const problems: SynonymTermProblem[] = [];
  const terms: string[] = [];
  raw.forEach((value, index) => {
    const term = normalizeSynonymTerm(value);
    if (term === '') problems.push({ kind: 'empty', index });
    else if ([...term].length > synonymLimits.termMax) problems.push({ kind: 'too_long', index, term });
    else if (term.includes(',')) problems.push({ kind: 'comma', index, term });
    else if (!terms.includes(term)) terms.push(term);
  });
  if (problems.length === 0 && terms.length < synonymLimits.termsMin) problems.push({ kind: 'too_few' });
  if (terms.length > synonymLimits.termsMax) problems.push({ kind: 'too_many', count: terms.length });
  return { terms, problems };
}

/** What an administrator typed in the form (one term a line, or separated by commas) as the list of terms; blanks dropped. */
export function splitSynonymInput(text: string): string[] {
  return text
    .split(/[\n,，、]/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
