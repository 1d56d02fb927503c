import { describe, expect, it } from 'vitest';
import { checkSynonymTerms, normalizeSynonymTerm, splitSynonymInput } from './searchSynonymTerms.ts';

describe('search synonym terms', () => {
  it('stores one spelling of a term: NFC, trimmed, one space, Latin lower-cased, Thai untouched', () => {
    // น้ำ typed with SARA AM in two parts (nikhahit + sara aa), which NFC leaves apart, is the one letter.
    expect(normalizeSynonymTerm(' น\u0E49\u0E4D\u0E32ประปา ')).toBe('น\u0E49\u0E33ประปา');
    expect(normalizeSynonymTerm('  BTS   สถานี\tAsok ')).toBe('bts สถานี asok');
    expect(normalizeSynonymTerm('Café'.normalize('NFD'))).toBe('café');
  });

  it('drops repeats after normalizing and counts characters, not UTF-16 units', () => {
    expect(checkSynonymTerms(['ขยะ', ' ขยะ ', 'Garbage', 'garbage', 'มูลฝอย'])).toEqual({
      terms: ['ขยะ', 'garbage', 'มูลฝอย'],
      problems: [],
    });
    expect(checkSynonymTerms(['ขยะ', '😀'.repeat(60)]).problems).toEqual([]);
    expect(checkSynonymTerms(['ขยะ', '😀'.repeat(61)]).problems).toEqual([{ kind: 'too_long', index: 1, term: '😀'.repeat(61) }]);
  });

  it('names each problem: an empty term, a comma, too few or too many distinct terms', () => {
    expect(checkSynonymTerms(['ขยะ', ' ']).problems).toEqual([{ kind: 'empty', index: 1 }]);
    expect(checkSynonymTerms(['ขยะ', 'ก,ข']).problems).toEqual([{ kind: 'comma', index: 1, term: 'ก,ข' }]);
    expect(checkSynonymTerms(['ขยะ', 'ขยะ']).problems).toEqual([{ kind: 'too_few' }]);
    expect(checkSynonymTerms(Array.from({ length: 31 }, (_, i) => `คำ${i}`)).problems).toEqual([{ kind: 'too_many', count: 31 }]);
  });

  it('splits what was typed on lines and commas (Latin, full-width and ideographic), dropping blanks', () => {
    expect(splitSynonymInput('ไฟถนน\nไฟส่องสว่าง, หลอดไฟ\n\n  ,street light，街灯、x')).toEqual([
      'ไฟถนน',
      'ไฟส่องสว่าง',
      'หลอดไฟ',
      'street light',
      '街灯',
      'x',
    ]);
  });
});
