import { describe, expect, it } from 'vitest';
import { planSearch } from './planSearch.ts';

describe('search planning', () => {
  it('makes one word-index query per tier: the phrase, every word, every slot, every slot as a prefix', () => {
    const plan = planSearch('  ไฟดับ ');
    expect(plan).not.toBeNull();
    expect(plan!.phraseQuery).toBe("'ไฟ' <-> 'ดับ'");
    expect(plan!.exactQuery).toBe("'ไฟ' & 'ดับ'");
    expect(plan!.weakQuery).toBe("'ไฟ':* & 'ดับ':*");
    // ไฟ folds to two letters: no trigram, so no LIKE pattern the trigram index could not answer.
    expect(plan!.slots.map((slot) => slot.foldedLikes)).toEqual([[], ['%ดับ%']]);
  });

  it('escapes LIKE wildcards and tsquery quotes so typed text is taken literally', () => {
    const plan = planSearch("50% o'neil_x");
    expect(plan!.slots.some((slot) => slot.weak.includes("''"))).toBe(true);
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
    expect(plan!.slots[0]!.foldedLikes).toEqual(['%ไฟสองสวาง%', '%ไฟถน%']);
    expect(plan!.slots[0]!.strong).toBe("(('ไฟ' <-> 'ส่อง' <-> 'สว่าง') | ('ไฟ' <-> 'ถนน') | ('street' <-> 'light'))");
    expect(plan!.slots[1]!.strong).toBe("'ดับ'");
    expect(planSearch('streetlight', [['street light']])!.slots[0]!.foldedLikes).toEqual([]);
  });

  it('reads the query with its spelling slips mended before matching words and synonym terms', () => {
    const groups = [['น้ำเน่า', 'น้ำครำ']];
    expect(planSearch('นํ้าเน่า', groups)!.slots[0]!.foldedLikes).toEqual(['%นำเนา%', '%นำครำ%']);
    expect(planSearch('นำ้เน่า', groups)!.slots[0]!.synonym).toBe(true);
    expect(planSearch('สายห้อยยย')!.exactQuery).toBe(planSearch('สายห้อย')!.exactQuery);
    expect(planSearch('ห้อยๆ')!.exactQuery).toBe("'ห้อย'");
    expect(planSearch('ถนน')!.exactQuery).toBe("'ถนน'");
  });
});
