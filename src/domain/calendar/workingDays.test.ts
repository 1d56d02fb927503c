import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  dayOfReceipt,
  isCalendarDay,
  isWorkingDay,
  nthWorkingDayAfter,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './workingDays.ts';

// A few of the 2026–2027 holidays of reference-data/calendar/thai-public-holidays.json.
const holidays = new Set([
  '2026-01-01',
  '2026-04-06',
  '2026-04-13',
  '2026-04-14',
  '2026-04-15',
  '2026-12-07',
  '2026-12-10',
  '2026-12-31',
  '2027-01-01',
]);
const none = new Set<string>();
const at = (iso: string) => new Date(iso);

describe('isWorkingDay', () => {
  it('is false on Saturdays, Sundays and holidays, true on other days', () => {
    expect(isWorkingDay('2026-03-06', none)).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07', none)).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08', none)).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-13', holidays)).toBe(false); // Songkran, a Monday
    expect(isWorkingDay('2026-04-13', none)).toBe(true); // the same Monday without the calendar
  });

  it('checks calendar days', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('26-01-01')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('does not count the day of receipt and ends at 23:59:59.999 Bangkok of the n-th working day', () => {
    // Monday 2 March 2026, 09:00 Bangkok: day 1 is Tuesday, day 5 is Monday 9 March.
    expect(addWorkingDays(at('2026-03-02T02:00:00Z'), 1, none).toISOString()).toBe('2026-03-03T16:59:59.999Z');
    expect(addWorkingDays(at('2026-03-02T02:00:00Z'), 5, none).toISOString()).toBe('2026-03-09T16:59:59.999Z');
    expect(addWorkingDays(at('2026-03-02T02:00:00Z'), 0, none).toISOString()).toBe('2026-03-02T16:59:59.999Z');
  });

  it('skips weekends', () => {
    // Friday 6 March 2026: day 1 is Monday 9 March.
    expect(nthWorkingDayAfter(at('2026-03-06T03:00:00Z'), 1, none)).toBe('2026-03-09');
    expect(nthWorkingDayAfter(at('2026-03-06T03:00:00Z'), 15, none)).toBe('2026-03-27');
  });

  it('skips Songkran: a request of Friday 10 April 2026 has its first working day on Thursday 16 April', () => {
    expect(nthWorkingDayAfter(at('2026-04-10T03:00:00Z'), 1, holidays)).toBe('2026-04-16');
    expect(nthWorkingDayAfter(at('2026-04-10T03:00:00Z'), 1, none)).toBe('2026-04-13');
    // 15 working days from Wednesday 1 April: the Chakri day and three Songkran days move it four days.
    expect(nthWorkingDayAfter(at('2026-04-01T03:00:00Z'), 15, none)).toBe('2026-04-22');
    expect(nthWorkingDayAfter(at('2026-04-01T03:00:00Z'), 15, holidays)).toBe('2026-04-28');
  });

  it('crosses the year end over New Year holidays', () => {
    // Wednesday 30 December 2026: 31 Dec and 1 Jan are holidays, then a weekend: day 1 is Monday 4 January 2027.
    expect(nthWorkingDayAfter(at('2026-12-30T05:00:00Z'), 1, holidays)).toBe('2027-01-04');
    expect(addWorkingDays(at('2026-12-30T05:00:00Z'), 1, holidays).toISOString()).toBe('2027-01-04T16:59:59.999Z');
  });

  it('takes a request filed on a holiday or a weekend as received on the next working day, itself not counted', () => {
    // Filed on Songkran Monday 13 April 2026: received Thursday 16, day 1 is Friday 17.
    expect(dayOfReceipt(at('2026-04-13T03:00:00Z'), holidays)).toBe('2026-04-16');
    expect(nthWorkingDayAfter(at('2026-04-13T03:00:00Z'), 1, holidays)).toBe('2026-04-17');
    // Filed on Saturday 7 March 2026: received Monday 9, day 1 is Tuesday 10.
    expect(nthWorkingDayAfter(at('2026-03-07T03:00:00Z'), 1, none)).toBe('2026-03-10');
  });

  it('reads the day in Bangkok: 23:59 is still that day, 00:00 is the next', () => {
    // 23:59 Bangkok on Friday 6 March 2026 is 16:59 UTC: received Friday, day 1 is Monday.
    expect(nthWorkingDayAfter(at('2026-03-06T16:59:00Z'), 1, none)).toBe('2026-03-09');
    // 00:00 Bangkok on Saturday 7 March is still Friday in UTC: received Monday, day 1 is Tuesday.
    expect(nthWorkingDayAfter(at('2026-03-06T17:00:00Z'), 1, none)).toBe('2026-03-10');
    // 06:00 Bangkok on Tuesday 3 March is Monday in UTC: Tuesday is the day of receipt.
    expect(nthWorkingDayAfter(at('2026-03-02T23:00:00Z'), 1, none)).toBe('2026-03-04');
  });

  it('moves a deadline that would fall on a holiday to the next working day', () => {
    // Thursday 3 December 2026 + 2 working days: Friday 4, then Monday 7 is a substitution day → Tuesday 8.
    expect(nthWorkingDayAfter(at('2026-12-03T03:00:00Z'), 2, holidays)).toBe('2026-12-08');
  });

  it('refuses negative, fractional and enormous counts', () => {
    expect(() => addWorkingDays(at('2026-03-02T02:00:00Z'), -1, none)).toThrow(RangeError);
    expect(() => addWorkingDays(at('2026-03-02T02:00:00Z'), 1.5, none)).toThrow(RangeError);
    expect(() => addWorkingDays(at('2026-03-02T02:00:00Z'), 1_000_000, none)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('is the inverse of addWorkingDays', () => {
    const starts = ['2026-03-02T02:00:00Z', '2026-04-10T16:59:00Z', '2026-04-13T03:00:00Z', '2026-12-30T05:00:00Z'];
    for (const start of starts) {
      for (const n of [0, 1, 2, 5, 15, 30]) {
        expect(workingDaysBetween(at(start), addWorkingDays(at(start), n, holidays), holidays)).toBe(n);
      }
    }
  });

  it('counts working days after the day of receipt up to the later day, 0 before', () => {
    expect(workingDaysBetween(at('2026-03-02T02:00:00Z'), at('2026-03-08T10:00:00Z'), none)).toBe(4); // Tue–Fri
    expect(workingDaysBetween(at('2026-04-10T02:00:00Z'), at('2026-04-16T02:00:00Z'), holidays)).toBe(1);
    expect(workingDaysBetween(at('2026-03-09T02:00:00Z'), at('2026-03-02T02:00:00Z'), none)).toBe(0);
  });

  it('finds the next working day on or after a day', () => {
    expect(workingDayOnOrAfter('2026-12-31', holidays)).toBe('2027-01-04');
    expect(workingDayOnOrAfter('2026-03-04', holidays)).toBe('2026-03-04');
  });
});
