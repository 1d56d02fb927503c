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
 * test/searchRelevance.test.ts holds the two to the same answers on the shipped complaints (white space
 * is PostgreSQL's `\s` in a C.UTF-8 database: ASCII only, so a no-break space stays as it is).
 */
export function foldSpelling(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0E48-\u0E4B]/g, '')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/\u0E40\u0E40/g, '\u0E41')
    .replace(/[ \t\n\r\f\v]*\u0E46[ \t\n\r\f\v]*/g, ' ')
    .replace(/([\u0E01-\u0E4F])\1+/g, '$1')
    .replace(/([a-z])\1\1+/g, '$1')
    .replace(/[ \t\n\r\f\v]+/g, ' ');
}

/**
 * The query as it was surely meant, without losing what spelling carries: tone marks put in order
 * (นํ้า and นำ้ as น้ำ), เเ as แ, a vowel or mark typed twice as once (ชวาา), a letter typed three
 * times or more as once (ห้อยยย: no Thai word repeats a letter three times) and ๆ stuck to a word
 * set apart. Unlike `foldSpelling` it keeps tone marks and doubled consonants (ถนน), so the
 * canonical query still matches whole words and synonym terms literally.
 */
export function canonicalSpelling(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u0E4D([\u0E48-\u0E4B])\u0E32/g, '$1\u0E33')
    .replace(/\u0E33([\u0E48-\u0E4B])/g, '$1\u0E33')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/\u0E40\u0E40/g, '\u0E41')
    .replace(/([\u0E30-\u0E3A\u0E40-\u0E4E])\1+/g, '$1')
    .replace(/([\u0E01-\u0E2E])\1\1+/g, '$1')
    .replace(/([a-z])\1\1+/g, '$1')
    .replace(/\s*\u0E46+\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
