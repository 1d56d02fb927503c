import { describe, expect, it } from 'vitest';
import {
  buddhistYear,
  days,
  endOfThaiDay,
  hours,
  minutes,
  MS_PER_DAY,
  MS_PER_HOUR,
  startOfThaiDay,
  thaiDateParts,
  thaiDay,
  thaiMonth,
} from './thaiTime.ts';

describe('Thai time', () => {
  it('counts durations in milliseconds', () => {
    expect(MS_PER_HOUR).toBe(3_600_000);
    expect(MS_PER_DAY).toBe(86_400_000);
    expect(minutes(5)).toBe(300_000);
    expect(hours(12)).toBe(43_200_000);
    expect(days(1.5)).toBe(129_600_000);
  });

  it('starts and ends a Bangkok day seven hours before the UTC one', () => {
    expect(startOfThaiDay('2027-01-01').toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(endOfThaiDay('2026-12-31').toISOString()).toBe('2026-12-31T16:59:59.999Z');
    expect(startOfThaiDay('2027-01-01').getTime() - endOfThaiDay('2026-12-31').getTime()).toBe(1);
  });

  it('puts an instant in its Bangkok day on both sides of midnight Bangkok time', () => {
    expect(thaiDay('2026-12-31T16:59:59.999Z')).toBe('2026-12-31');
    expect(thaiDay('2026-12-31T17:00:00.000Z')).toBe('2027-01-01');
    expect(thaiDay(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(thaiDateParts('2026-12-31T17:30:00Z')).toEqual({ year: 2027, month: 1, day: 1 });
    expect(thaiMonth('2026-11-30T17:00:00Z')).toBe('2026-12');
    expect(thaiMonth('2026-11-30T16:59:59Z')).toBe('2026-11');
  });

  it('agrees with the time-zone database on every day of a year (no daylight saving in Bangkok)', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' });
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += days(1) + hours(7) / 3) {
      expect(thaiDay(new Date(t))).toBe(zone.format(new Date(t)));
    }
  });

  it('turns the Buddhist-era year at midnight Bangkok time on 1 January, not at midnight UTC', () => {
    expect(buddhistYear('2026-12-31T16:59:59.999Z')).toBe(2569);
    // 00:30 on 1 January in Bangkok is 17:30 on 31 December in UTC: already 2570.
    expect(buddhistYear('2026-12-31T17:30:00Z')).toBe(2570);
    expect(buddhistYear(new Date('2027-01-01T06:59:59Z'))).toBe(2570);
  });

  it('throws on an invalid instant instead of naming a day that does not exist', () => {
    expect(() => thaiDay('not a date')).toThrow(RangeError);
  });
});
