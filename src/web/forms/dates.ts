import { BUDDHIST_ERA_OFFSET, thaiDay } from '../../shared/thaiTime.ts';

/**
 * Dates are typed as day, month and Buddhist-era year (GOV.UK's date input,
 * with the year Thai offices write: 2569, not 2026), then sent to the API as
 * a Gregorian `YYYY-MM-DD`. Thai digits (๑๒๓) are accepted as typed.
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate: DateParts = { day: '', month: '', year: '' };

export type DateProblem = 'incomplete' | 'invalid' | 'notBuddhist';
export type DateReading = { ok: true; iso: string | null } | { ok: false; problem: DateProblem };

function arabicDigits(text: string): string {
  return text.trim().replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

/** The ISO day the parts name, null when all are empty, or what is wrong with them. */
export function readDate(parts: DateParts): DateReading {
  const day = arabicDigits(parts.day);
  const month = arabicDigits(parts.month);
  const year = arabicDigits(parts.year);
  if (!day && !month && !year) return { ok: true, iso: null };
  if (!day || !month || !year) return { ok: false, problem: 'incomplete' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, problem: 'invalid' };
  const beYear = Number(year);
  if (beYear < 2400) return { ok: false, problem: 'notBuddhist' };
  const ceYear = beYear - BUDDHIST_ERA_OFFSET;
  const date = new Date(Date.UTC(ceYear, Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== ceYear || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return { ok: false, problem: 'invalid' };
  }
  return {
    ok: true,
    iso: `${String(ceYear).padStart(4, '0')}-${String(Number(month)).padStart(2, '0')}-${String(Number(day)).padStart(2, '0')}`,
  };
}

/** The parts of the Bangkok day of an instant from the API, to prefill a date field. */
export function partsFromInstant(iso: string | null | undefined): DateParts {
  if (!iso) return emptyDate;
  const [year, month, day] = thaiDay(iso).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: String(Number(year) + BUDDHIST_ERA_OFFSET) };
}

/** The message for what is wrong with a date, in the reader's language. */
export function dateProblemText(
  problem: DateProblem,
  messages: { dateIncomplete: string; dateInvalid: string; dateNotBuddhist: string },
): string {
  if (problem === 'incomplete') return messages.dateIncomplete;
  if (problem === 'notBuddhist') return messages.dateNotBuddhist;
  return messages.dateInvalid;
}
