import { days as daysToMs } from '../shared/thaiTime.ts';

/**
 * Time comes from a clock passed in, never from `new Date()` inside domain or
 * command code, so service levels, deadlines and overdue lists can be tested
 * by moving a controllable clock instead of waiting for days.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests and simulations: starts at a given instant and moves only when told. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string = '2026-01-05T02:00:00.000Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  advanceDays(days: number): void {
    this.current += daysToMs(days);
  }

  advanceMs(ms: number): void {
    this.current += ms;
  }
}
