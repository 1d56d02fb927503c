import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell, writeCsv } from './writeCsv.ts';

const leads = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

describe('writing CSV that a spreadsheet will not run', () => {
  it('puts a quote before every cell that would start a formula (OWASP CSV injection)', () => {
    expect(neutraliseCell('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutraliseCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(neutraliseCell('+1+cmd|x')).toBe("'+1+cmd|x");
    expect(neutraliseCell('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
    expect(neutraliseCell('\t=1')).toBe("'\t=1");
    expect(neutraliseCell('\r=1')).toBe("'\r=1");
    expect(neutraliseCell('\uFF1D1+1')).toBe("'\uFF1D1+1");
  });

  it('leaves plain numbers and ordinary text alone', () => {
    for (const same of ['-5', '+5', '-1.25', '-1e-7', '.5', '120', '', 'น้ำท่วม', "'quoted", 'a=b', 'PH-50']) {
      expect(neutraliseCell(same)).toBe(same);
    }
  });

  it('round-trips any text through neutralise and restore', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(fc.constantFrom(...leads), fc.string()).map(([a, b]) => a + b),
        ),
        (text) => {
          const written = neutraliseCell(text);
          expect(leads.includes(written[0] ?? '') && !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(written)).toBe(false);
          expect(restoreCell(written)).toBe(text.startsWith("'") && leads.includes(text[1] ?? '') ? text.slice(1) : text);
        },
      ),
    );
  });

  it('writes a header and quoted rows after a byte-order mark', () => {
    const file = writeCsv([{ a: '=1+1', b: 'x,"y"' }], ['a', 'b'] as const);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(file, { bom: true })).toEqual([
      ['a', 'b'],
      ["'=1+1", 'x,"y"'],
    ]);
  });
});
