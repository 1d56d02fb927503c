import { describe, expect, it } from 'vitest';
import { changedFields } from './changedFields.ts';

describe('the fields an administrative change changed', () => {
  it('keeps only the fields that differ, a field added or removed as null on the other side', () => {
    expect(
      changedFields(
        { role: 'officer', active: true, email: 'a@x.th', unitCode: 'PH-50' },
        { role: 'coordinator', active: true, unitCode: 'PH-50', locale: 'en' },
      ),
    ).toEqual({ before: { role: 'officer', email: 'a@x.th', locale: null }, after: { role: 'coordinator', email: null, locale: 'en' } });
  });

  it('answers empty sides when nothing changed', () => {
    expect(changedFields({ a: 1, b: null }, { a: 1, b: null })).toEqual({ before: {}, after: {} });
  });
});
