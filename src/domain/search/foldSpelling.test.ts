import { describe, expect, it } from 'vitest';
import { foldSpelling } from './foldSpelling.ts';

describe('spelling folds', () => {
  it('meets tone-mark order, เเ for แ, ๆ and runs of a letter', () => {
    expect(foldSpelling('นํ้า')).toBe(foldSpelling('น้ำ'));
    expect(foldSpelling('นำ้')).toBe(foldSpelling('น้ำ'));
    expect(foldSpelling('เเมว')).toBe('แมว');
    expect(foldSpelling('มากกกก ดับบบ')).toBe('มาก ดับ');
    expect(foldSpelling('บ่อยๆทุกวัน')).toBe(foldSpelling('บ่อย ๆ ทุกวัน'));
    expect(foldSpelling('Sooo street 100')).toBe('so street 100');
  });
});
