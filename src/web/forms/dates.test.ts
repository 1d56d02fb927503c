import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { th } from '../i18n/th.ts';
import { dateProblemText, emptyDate, partsFromInstant, readDate } from './dates.ts';

describe('readDate: a date typed in the Buddhist era', () => {
  it('reads day, month and BE year as the Gregorian day the API expects', () => {
    expect(readDate({ day: '31', month: '12', year: '2569' })).toEqual({ ok: true, iso: '2026-12-31' });
    expect(readDate({ day: '1', month: '1', year: '2570' })).toEqual({ ok: true, iso: '2027-01-01' });
  });

  it('accepts Thai digits and spaces as typed', () => {
    expect(readDate({ day: ' ๕ ', month: '๑๒', year: '๒๕๖๙' })).toEqual({ ok: true, iso: '2026-12-05' });
  });

  it('is empty, not wrong, when nothing is typed (an optional date)', () => {
    expect(readDate(emptyDate)).toEqual({ ok: true, iso: null });
    expect(readDate({ day: ' ', month: '', year: '' })).toEqual({ ok: true, iso: null });
  });

  it('says a date is incomplete when a part is missing', () => {
    expect(readDate({ day: '5', month: '', year: '2569' })).toEqual({ ok: false, problem: 'incomplete' });
    expect(readDate({ day: '', month: '3', year: '' })).toEqual({ ok: false, problem: 'incomplete' });
  });

  it('refuses a Gregorian year: 2026 is 543 years ago in the Buddhist era', () => {
    expect(readDate({ day: '5', month: '12', year: '2026' })).toEqual({ ok: false, problem: 'notBuddhist' });
  });

  it('refuses days that do not exist and parts that are not numbers', () => {
    // BE 2569 is 2026, not a leap year; BE 2567 is 2024, a leap year.
    expect(readDate({ day: '29', month: '2', year: '2569' })).toEqual({ ok: false, problem: 'invalid' });
    expect(readDate({ day: '29', month: '2', year: '2567' })).toEqual({ ok: true, iso: '2024-02-29' });
    expect(readDate({ day: '31', month: '4', year: '2569' })).toEqual({ ok: false, problem: 'invalid' });
    expect(readDate({ day: '1', month: '13', year: '2569' })).toEqual({ ok: false, problem: 'invalid' });
    expect(readDate({ day: 'x', month: '1', year: '2569' })).toEqual({ ok: false, problem: 'invalid' });
    expect(readDate({ day: '1', month: '1', year: '69' })).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('partsFromInstant: a date field prefilled from the API', () => {
  it('shows the Bangkok day in the Buddhist era', () => {
    expect(partsFromInstant('2026-12-31T10:00:00.000Z')).toEqual({ day: '31', month: '12', year: '2569' });
  });

  it('takes the day in Bangkok, not in UTC: 18:00 UTC is already the next day there', () => {
    expect(partsFromInstant('2026-11-30T18:00:00.000Z')).toEqual({ day: '1', month: '12', year: '2569' });
  });

  it('is empty when the API has no date', () => {
    expect(partsFromInstant(null)).toEqual(emptyDate);
    expect(partsFromInstant(undefined)).toEqual(emptyDate);
  });

  it('reads back as the same day it showed', () => {
    const shown = partsFromInstant('2027-02-28T23:30:00.000+07:00');
    expect(readDate(shown)).toEqual({ ok: true, iso: '2027-02-28' });
  });
});

describe('dateProblemText', () => {
  it('names each problem in the reader’s language', () => {
    expect(dateProblemText('incomplete', th.forms)).toBe(th.forms.dateIncomplete);
    expect(dateProblemText('notBuddhist', th.forms)).toBe(th.forms.dateNotBuddhist);
    expect(dateProblemText('invalid', en.forms)).toBe(en.forms.dateInvalid);
  });
});
