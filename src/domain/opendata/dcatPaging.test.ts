import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { DCAT_DATASETS_PER_PAGE, pageCatalogue, parseModifiedSince } from './dcatPaging.ts';

/** 250 datasets, one modified each day from 2026-01-01; every tenth never exported. */
const many = Array.from({ length: 250 }, (_, i) => ({
  name: `dataset-${String(i).padStart(3, '0')}`,
  modifiedAt: i % 10 === 9 ? null : new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
}));

function refusal(run: () => unknown): { code: string; path: string | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, path: error.fields[0]?.path };
    throw error;
  }
  throw new Error('not refused');
}

describe('catalogue pages', () => {
  it('cuts 100 datasets a page, in the order given, and counts them all', () => {
    expect(DCAT_DATASETS_PER_PAGE).toBe(100);
    const pages = [1, 2, 3].map((page) => pageCatalogue(many, { page }));
    expect(pages.map((p) => p.items.length)).toEqual([100, 100, 50]);
    expect(pages.map((p) => p.lastPage)).toEqual([3, 3, 3]);
    expect(pages.every((p) => p.totalItems === 250 && p.itemsPerPage === 100)).toBe(true);
    expect(pages.flatMap((p) => p.items.map((d) => d.name))).toEqual(many.map((d) => d.name));
    expect(pageCatalogue(many).page).toBe(1);
  });

  it('has a first page even when nothing matches, and refuses a page past the last', () => {
    expect(pageCatalogue([], {})).toMatchObject({ items: [], page: 1, lastPage: 1, totalItems: 0 });
    expect(refusal(() => pageCatalogue(many, { page: 4 }))).toEqual({ code: 'validation_failed', path: '/page' });
    expect(refusal(() => pageCatalogue(many, { page: 0 }))).toEqual({ code: 'validation_failed', path: '/page' });
    expect(refusal(() => pageCatalogue(many, { page: 1.5 }))).toEqual({ code: 'validation_failed', path: '/page' });
  });

  it('keeps only datasets modified at or after modified_since, leaving out those never exported', () => {
    const since = new Date('2026-07-01T00:00:00Z'); // day 181 (index 181) onwards
    const page = pageCatalogue(many, { modifiedSince: since });
    const expected = many.filter((d) => d.modifiedAt !== null && d.modifiedAt >= since.toISOString());
    expect(page.items).toEqual(expected);
    expect(page.items[0]!.modifiedAt).toBe('2026-07-01T00:00:00.000Z');
    expect(page.totalItems).toBe(expected.length);
    expect(page.modifiedSince).toEqual(since);
    expect(pageCatalogue(many, { modifiedSince: new Date('2030-01-01T00:00:00Z') }).totalItems).toBe(0);
  });
});

describe('modified_since', () => {
  it('reads a date, a UTC date-time and one with an offset; a date-time without an offset is UTC', () => {
    expect(parseModifiedSince('2026-01-31')?.toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(parseModifiedSince('2026-01-31T08:00:00Z')?.toISOString()).toBe('2026-01-31T08:00:00.000Z');
    expect(parseModifiedSince('2026-01-31T08:00:00+07:00')?.toISOString()).toBe('2026-01-31T01:00:00.000Z');
    expect(parseModifiedSince('2026-01-31T08:00')?.toISOString()).toBe('2026-01-31T08:00:00.000Z');
    expect(parseModifiedSince('2026-01-31T08:00:00.123456Z')?.toISOString()).toBe('2026-01-31T08:00:00.123Z');
    expect(parseModifiedSince(undefined)).toBeNull();
    expect(parseModifiedSince('')).toBeNull();
  });

  it('refuses what is not an ISO 8601 date or a day that does not exist', () => {
    for (const bad of ['yesterday', '31/01/2026', '2026-02-30', '2026-13-01', '2026-01-31T25:00:00Z', '2026-01-31 08:00', '20260131']) {
      expect(
        refusal(() => parseModifiedSince(bad)),
        bad,
      ).toEqual({ code: 'validation_failed', path: '/modified_since' });
    }
  });
});
