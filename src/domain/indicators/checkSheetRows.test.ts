import { describe, expect, it } from 'vitest';
import { checkSheetRows, parseValue, type SheetUnit } from './checkSheetRows.ts';

const units = new Map<string, SheetUnit>([
  ['MSDHS-P-50', { unitId: 'u50', inReach: true, open: true }],
  ['MSDHS-P-52', { unitId: 'u52', inReach: false, open: true }],
  ['MSDHS-P-58', { unitId: 'u58', inReach: true, open: false }],
]);
const context = { units, indicatorIds: new Set(['i1']) };
const row = (rowNumber: number, cells: Record<string, string>) => ({ rowNumber, cells });

describe('checking a bulk-update sheet', () => {
  it('reads numbers as people type them, and nothing else', () => {
    expect(parseValue(' 1,234.5 ')).toBe(1234.5);
    expect(parseValue('-3')).toBe(-3);
    expect(parseValue('1e3')).toBe(1000);
    for (const bad of ['', 'สิบ', '12a', '1.2.3', 'NaN', 'Infinity']) expect(parseValue(bad)).toBeNull();
  });

  it('gives the rows to store when all are good, skipping rows left blank', () => {
    const result = checkSheetRows(
      [
        row(2, { unit_code: 'MSDHS-P-50', indicator_id: 'i1', period: '2026-12', value: '12' }),
        row(3, { unit_code: 'MSDHS-P-58', indicator_id: 'i1', period: '2026-12', value: '' }),
      ],
      context,
    );
    expect(result).toEqual({ rows: [{ rowNumber: 2, unitId: 'u50', indicatorId: 'i1', period: '2026-12', value: 12 }], problems: [] });
  });

  it('names every bad row and its reason, and gives no rows to store', () => {
    const result = checkSheetRows(
      [
        row(2, { unit_code: 'MSDHS-P-50', indicator_id: 'i1', period: '2026-12', value: '12' }),
        row(3, { unit_code: 'MSDHS-P-52', indicator_id: 'i1', period: '2026-12', value: '1' }),
        row(4, { unit_code: 'MSDHS-P-58', indicator_id: 'i2', period: '2569-12', value: '1' }),
        row(5, { unit_code: 'MSDHS-P-50', indicator_id: 'i1', period: '2026-12', value: '13' }),
      ],
      context,
    );
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => p.path)).toEqual([
      '/rows/3/unit_code',
      '/rows/4/unit_code',
      '/rows/4/indicator_id',
      '/rows/4/period',
      '/rows/5/unit_code',
    ]);
    expect(result.problems[3]!.th).toBe('แถวที่ 4: งวด "2569-12" เป็นปีพุทธศักราช ในไฟล์นี้ใช้ปีคริสต์ศักราช เช่น 2026-12');
    expect(result.problems[4]!.th).toBe('แถวที่ 5: ซ้ำกับแถวที่ 2 (หน่วยงาน ตัวชี้วัด และงวดเดียวกัน)');
  });

  it('refuses a value beyond the limit the API keeps (±1e12), naming the row, and takes the limit itself', () => {
    const result = checkSheetRows(
      [
        row(2, { unit_code: 'MSDHS-P-50', indicator_id: 'i1', period: '2026-11', value: '-1e15' }),
        row(3, { unit_code: 'MSDHS-P-50', indicator_id: 'i1', period: '2026-12', value: '-1,000,000,000,000' }),
      ],
      context,
    );
    expect(result.problems).toEqual([
      {
        path: '/rows/2/value',
        th: 'แถวที่ 2: ค่า "-1e15" เกินขอบเขต ต้องอยู่ระหว่าง -1,000,000,000,000 ถึง 1,000,000,000,000',
        en: 'Row 2: value "-1e15" is out of range: it must be between -1,000,000,000,000 and 1,000,000,000,000.',
      },
    ]);
    const atLimit = checkSheetRows([row(3, { unit_code: 'MSDHS-P-50', indicator_id: 'i1', period: '2026-12', value: '1e12' })], context);
    expect(atLimit.rows.map((r) => r.value)).toEqual([1e12]);
  });
});
