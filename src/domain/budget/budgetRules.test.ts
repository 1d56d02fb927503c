import { describe, expect, it } from 'vitest';
import { parseBaht, satangText } from './bahtAmount.ts';
import { checkBudgetRows } from './checkBudgetRows.ts';
import { costPerPerson, countsPeopleHelped, peopleHelpedIn } from './costPerPerson.ts';
import { fiscalYearOf } from './fiscalYear.ts';

describe('budget rules', () => {
  it('reads baht as people type it, to the satang, and nothing else', () => {
    expect(parseBaht('1,234,567.5')).toBe(123456750);
    expect(parseBaht(' 12 ')).toBe(1200);
    expect(parseBaht('0.05')).toBe(5);
    for (const bad of ['-1', '1.234', 'หนึ่ง', '', '1e6', '1,0.0.0']) expect(parseBaht(bad)).toBeNull();
    expect(satangText(123456705)).toBe('1234567.05');
  });

  it('names the fiscal year by the Buddhist-era year it ends in, from 1 October Bangkok time', () => {
    expect(fiscalYearOf(new Date('2026-09-30T16:59:59Z'))).toBe(2569);
    expect(fiscalYearOf(new Date('2026-09-30T17:00:00Z'))).toBe(2570);
  });

  it('counts people only in a people unit, never an unintended effect or a mean', () => {
    expect(countsPeopleHelped({ unitOfMeasure: ' คน ', kind: 'goal', aggregation: 'sum' })).toBe(true);
    expect(countsPeopleHelped({ unitOfMeasure: 'Persons', kind: 'progress', aggregation: 'latest' })).toBe(true);
    expect(countsPeopleHelped({ unitOfMeasure: 'แห่ง', kind: 'goal', aggregation: 'sum' })).toBe(false);
    expect(countsPeopleHelped({ unitOfMeasure: 'คน', kind: 'unintended_effect', aggregation: 'sum' })).toBe(false);
    expect(countsPeopleHelped({ unitOfMeasure: 'คน', kind: 'goal', aggregation: 'mean' })).toBe(false);
  });

  it('divides the year’s disbursement by the latest national roll-up inside the fiscal year', () => {
    const at = new Date('2027-01-01T00:00:00Z');
    const m = (unitPath: string, period: string, value: number) => ({ unitPath, provinceCode: null, period, value, recordedAt: at });
    const measurements = [m('/a/', '2026-11', 10), m('/a/', '2027-09', 300), m('/b/', '2027-09', 100), m('/a/', '2027-10', 9999)];
    expect(peopleHelpedIn(measurements, { fiscalYear: 2570, aggregation: 'sum' })).toEqual({ period: '2027-09', people: 400 });
    expect(peopleHelpedIn(measurements, { fiscalYear: 2568, aggregation: 'sum' })).toBeNull();
    expect(costPerPerson(100_000_00, 400)).toBe(250);
    expect(costPerPerson(100, 0)).toBeNull();
  });

  it('refuses every bad row with its number and stores nothing; a repeated place is a bad row', () => {
    const context = { provinces: new Set(['10', '50']), units: new Map([['PH-50', { unitId: 'u50', provinceCode: '50' }]]) };
    const good = checkBudgetRows(
      [
        { rowNumber: 2, cells: { province_code: '10', allocated: '100', committed: '', disbursed: '50' } },
        { rowNumber: 3, cells: { unit_code: 'PH-50', allocated: '200.25' } },
      ],
      context,
    );
    expect(good.problems).toEqual([]);
    expect(good.lines[1]).toMatchObject({ unitId: 'u50', provinceCode: '50', allocated: 20025, committed: 0, disbursed: 0 });
    const bad = checkBudgetRows(
      [
        { rowNumber: 2, cells: { province_code: '10', allocated: '100' } },
        { rowNumber: 3, cells: { unit_code: 'PH-50', province_code: '10', allocated: '1' } },
        { rowNumber: 4, cells: { allocated: '1' } },
        { rowNumber: 5, cells: { province_code: '10', allocated: '5' } },
        { rowNumber: 6, cells: { province_code: '50', allocated: '5', disbursed: '6' } },
      ],
      context,
    );
    expect(bad.lines).toEqual([]);
    expect(bad.problems.map((p) => p.path)).toEqual([
      '/rows/3/unit_code',
      '/rows/4/province_code',
      '/rows/5/province_code',
      '/rows/6/disbursed',
    ]);
  });
});
