import { describe, expect, it } from 'vitest';
import { canonicalSpelling, foldSpelling } from './foldSpelling.ts';

describe('spelling folds', () => {
  it('meets tone-mark order, เเ for แ, ๆ and runs of a letter', () => {
    expect(foldSpelling('นํ้า')).toBe(foldSpelling('น้ำ'));
    expect(foldSpelling('นำ้')).toBe(foldSpelling('น้ำ'));
    expect(foldSpelling('เเมว')).toBe('แมว');
    expect(foldSpelling('มากกกก ดับบบ')).toBe('มาก ดับ');
    expect(foldSpelling('บ่อยๆทุกวัน')).toBe(foldSpelling('บ่อย ๆ ทุกวัน'));
    expect(foldSpelling('Sooo street 100')).toBe('so street 100');
  });

  it('mends a query without losing tone marks or doubled consonants', () => {
    expect(canonicalSpelling('นํ้าเน่า')).toBe('น้ำเน่า');
    expect(canonicalSpelling('นำ้ท่วม')).toBe('น้ำท่วม');
    expect(canonicalSpelling('เเมวจรจัด')).toBe('แมวจรจัด');
    expect(canonicalSpelling('ผักตบชวาาา')).toBe('ผักตบชวา');
    expect(canonicalSpelling('สายห้อยยย ห้อยๆ')).toBe('สายห้อย ห้อย');
    expect(canonicalSpelling('ถนนพัง')).toBe('ถนนพัง');
  });
});
