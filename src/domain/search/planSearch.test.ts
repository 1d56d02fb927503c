import { describe, expect, it } from 'vitest';
import { planSearch } from './planSearch.ts';

describe('search planning', () => {
  it('makes a prefix query and a substring pattern for each word, and an exact phrase pattern', () => {
    const plan = planSearch('  ไฟดับ ');
    expect(plan).not.toBeNull();
    expect(plan!.phraseLike).toBe('%ไฟดับ%');
    expect(plan!.words).toEqual([
      { prefixQuery: "'ไฟ':*", like: '%ไฟ%' },
      { prefixQuery: "'ดับ':*", like: '%ดับ%' },
    ]);
    expect(plan!.exactQuery).toBe("'ไฟ' & 'ดับ'");
  });

  it('escapes LIKE wildcards and tsquery quotes so typed text is taken literally', () => {
    const plan = planSearch("50% o'neil_x");
    expect(plan!.phraseLike).toBe("%50\\% o'neil\\_x%");
    expect(plan!.words.some((w) => w.prefixQuery.includes("''"))).toBe(true);
  });

  it('returns nothing for a query of punctuation only', () => {
    expect(planSearch('   ')).toBeNull();
    expect(planSearch('!!! ...')).toBeNull();
  });
});
