/**
 * The spelling slips people make when typing Thai, folded away so that both
 * spellings meet: tone marks (left out, doubled, typed before or after the
 * vowel above: นํ้า, นำ้ and น้ำ all fold to นำ), เเ typed for แ, the
 * repetition mark ๆ (with or without spaces around it), and runs of one
 * letter (มากกกก, ดับบบ; Latin letters from three on: sooo). Folding drops
 * tone marks, so ข้าว and ขาว meet too: that is why search ranks a match on
 * the folded text below the literal tiers.
 *
 * The same steps run in SQL as `fold_search_text` (migration
 * `20261208101000-add-search-fold.sql`), which fills `cases.search_fold`;
 * `foldSpelling.test.ts` holds the two to the same answers on the shipped complaints.
 */
export function foldSpelling(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0E48-\u0E4B]/g, '')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/\u0E40\u0E40/g, '\u0E41')
    .replace(/\s*\u0E46\s*/g, ' ')
    .replace(/([\u0E01-\u0E4F])\1+/g, '$1')
    .replace(/([a-z])\1\1+/g, '$1')
    .replace(/\s+/g, ' ');
}
