import { describe, expect, it } from 'vitest';
import { segmentWords, toSearchWords } from './segmentWords.ts';

describe('Thai word cutting', () => {
  it('cuts Thai into words with ICU and keeps English and numbers', () => {
    expect(segmentWords('ไฟฟ้าส่องสว่างดับทั้งซอย')).toEqual(['ไฟฟ้า', 'ส่อง', 'สว่าง', 'ดับ', 'ทั้ง', 'ซอย']);
    expect(segmentWords('Street light ดับ 3 วัน')).toEqual(['street', 'light', 'ดับ', '3', 'วัน']);
  });

  it('misses some compounds, which is why search also uses trigrams', () => {
    // ICU keeps บ่อน้ำ together, so the word น้ำ alone is not in the word index of this text.
    expect(segmentWords('บ่อน้ำท่วมขัง')).toEqual(['บ่อน้ำ', 'ท่วม', 'ขัง']);
    expect(segmentWords('น้ำท่วม')).toEqual(['น้ำ', 'ท่วม']);
  });

  it('normalises to NFC so a word typed with combining marks matches the composed word', () => {
    expect(toSearchWords('Cafe\u0301 ไฟดับ')).toBe(toSearchWords('Caf\u00e9 ไฟดับ'));
    expect(toSearchWords('Cafe\u0301')).toBe('caf\u00e9');
  });
});
