import { MS_PER_DAY, thaiDay } from '../../shared/thaiTime.ts';

/**
 * Days left to answer a parliamentary question, counted in Bangkok calendar
 * days: due today is 0 days left, and the day after the deadline is overdue
 * (-1). An answered question is never overdue.
 */
export function questionDeadlineStatus(deadline: string, now: Date, answered: boolean): { daysLeft: number; overdue: boolean } {
  const today = Date.parse(`${thaiDay(now)}T00:00:00Z`);
  const due = Date.parse(`${deadline}T00:00:00Z`);
  const daysLeft = Math.round((due - today) / MS_PER_DAY);
  return { daysLeft, overdue: !answered && daysLeft < 0 };
}
