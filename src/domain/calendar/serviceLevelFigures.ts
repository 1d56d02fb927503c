import type { FieldProblem } from '../errors.ts';
import { isCalendarDay } from './workingDays.ts';

/** A service level in working days, as an administrator sets it for an agency. */
export interface WorkingDayFiguresInput {
  acknowledgeWorkingDays: number;
  resolveWorkingDays: number;
  longOverdueWorkingDays: number;
  escalateEveryWorkingDays: number;
  maxEscalationLevels: number;
}

/** What is wrong with the figures beyond their ranges (the schema checks those), each with how to fix it. */
export function workingDayFigureProblems(input: WorkingDayFiguresInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.acknowledgeWorkingDays > input.resolveWorkingDays)
    problems.push({
      path: '/acknowledgeWorkingDays',
      th: 'วันรับเรื่องต้องไม่เกินวันที่ต้องตอบ โปรดใส่จำนวนวันทำการที่น้อยกว่าหรือเท่ากับกำหนดตอบ',
      en: 'Acknowledging cannot take longer than answering. Enter no more working days than the answer is due in.',
    });
  if (input.longOverdueWorkingDays <= input.resolveWorkingDays)
    problems.push({
      path: '/longOverdueWorkingDays',
      th: 'ค้างนานต้องมากกว่ากำหนดตอบ โปรดใส่จำนวนวันทำการที่มากกว่ากำหนดตอบ',
      en: 'Long overdue must come after the answer is due. Enter more working days than the answer is due in.',
    });
  return problems;
}

/** The refusal of a day that is not a real calendar day (2027-02-29), at `path`. */
export function calendarDayProblem(day: string, path: string): FieldProblem | null {
  if (isCalendarDay(day)) return null;
  return {
    path,
    th: `วันที่ ${day} ไม่มีในปฏิทิน โปรดใส่วันที่แบบ ปปปป-ดด-วว ตามปีคริสต์ศักราช เช่น 2026-04-13`,
    en: `${day} is not a calendar day. Enter a date as YYYY-MM-DD in the Gregorian calendar, such as 2026-04-13.`,
  };
}
