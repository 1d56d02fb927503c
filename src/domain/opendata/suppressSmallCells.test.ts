import { describe, expect, it } from 'vitest';
import { OPEN_DATA_MIN_CELL, suppressSmallCells } from './suppressSmallCells.ts';

describe('suppressSmallCells', () => {
  it('blanks every count under 5, zero included, and keeps 5 and more', () => {
    const rows = [0, 1, 4, 5, 6, 120].map((received) => suppressSmallCells({ month: '2026-03', received, resolved: 5 }, ['received']));
    expect(rows.map((row) => row.received)).toEqual([null, null, null, 5, 6, 120]);
    expect(rows.every((row) => row.resolved === 5 && row.month === '2026-03')).toBe(true);
    expect(OPEN_DATA_MIN_CELL).toBe(5);
  });

  it('suppresses each count of a row on its own', () => {
    expect(suppressSmallCells({ received: 9, resolved: 3 }, ['received', 'resolved'])).toEqual({ received: 9, resolved: null });
    expect(suppressSmallCells({ received: 2, resolved: 0 }, ['received', 'resolved'])).toEqual({ received: null, resolved: null });
  });

  it('takes another threshold and never changes the row it was given', () => {
    const row = { received: 7 };
    expect(suppressSmallCells(row, ['received'], 10)).toEqual({ received: null });
    expect(row).toEqual({ received: 7 });
  });
});
