import { MS_PER_DAY, thaiDay } from '../../shared/thaiTime.ts';
import type { FieldProblem } from '../errors.ts';

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

/**
 * An answer is recorded after it was given, so it cannot be dated after today (the Bangkok day of
 * `now`, from the clock): a later date would make a question look answered before it was. Answers
 * the field's problem, or null.
 */
export function answerDateProblem(answeredOn: string, now: Date): FieldProblem | null {
  const today = thaiDay(now);
  if (answeredOn <= today) return null;
  return {
    path: '/answeredOn',
    th: 'วันที่ตอบต้องไม่เกินวันนี้ โปรดใส่วันที่ตอบกระทู้จริง',
    en: 'The answer date cannot be after today. Enter the day the question was answered.',
  };
}
