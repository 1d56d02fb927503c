import { describe, expect, it } from 'vitest';
import { planSearch } from './planSearch.ts';

describe('search planning', () => {
  it('makes a prefix query and a substring pattern for each word, and an exact phrase pattern', () => {
    const plan = planSearch('  ไฟดับ ');
    expect(plan).not.toBeNull();
    expect(plan!.phraseLike).toBe('%ไฟดับ%');
    expect(plan!.slots.map((slot) => [slot.strong.tsqueries, slot.weak.tsqueries, slot.weak.likes])).toEqual([
      [["'ไฟ'"], ["'ไฟ':*"], ['%ไฟ%']],
      [["'ดับ'"], ["'ดับ':*"], ['%ดับ%']],
    ]);
    expect(plan!.exactQuery).toBe("'ไฟ' & 'ดับ'");
  });

  it('escapes LIKE wildcards and tsquery quotes so typed text is taken literally', () => {
    const plan = planSearch("50% o'neil_x");
    expect(plan!.phraseLike).toBe("%50\\% o'neil\\_x%");
    expect(plan!.slots.some((slot) => slot.weak.tsqueries.some((q) => q.includes("''")))).toBe(true);
  });

  it('returns nothing for a query of punctuation only', () => {
    expect(planSearch('   ')).toBeNull();
    expect(planSearch('!!! ...')).toBeNull();
  });

  it('makes a stretch that is a synonym term one slot matched by any term of its group, the rest word by word', () => {
    const plan = planSearch('ไฟถนนดับ', [
      ['ไฟส่องสว่าง', 'ไฟถนน', 'street light'],
      ['ขยะ', 'มูลฝอย'],
    ]);
    expect(plan!.slots).toHaveLength(2);
    expect(plan!.slots[0]!.strong.likes).toEqual(['%ไฟส่องสว่าง%', '%ไฟถนน%']);
    expect(plan!.slots[0]!.strong.tsqueries).toEqual(["'street' <-> 'light'"]);
    expect(plan!.slots[1]!.strong.tsqueries).toEqual(["'ดับ'"]);
    expect(planSearch('streetlight', [['street light']])!.slots[0]!.strong.likes).toEqual([]);
  });
});
