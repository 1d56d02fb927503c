import {
  deletePublicHoliday,
  findPublicHoliday,
  insertPublicHoliday,
  listHolidayYears,
  listPublicHolidays,
  updatePublicHoliday,
  type PublicHolidayRow,
} from '../../db/queries/publicHolidayQueries.ts';
import { formatDate } from '../../shared/buddhistEra.ts';
import { calendarDayProblem } from '../../domain/calendar/serviceLevelFigures.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageWorkingCalendar } from '../../domain/policies/calendarPolicy.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';

/** A holiday as an administrator sends it. */
export interface PublicHolidayInput {
  day: string;
  nameTh: string;
  nameEn: string;
}

function requireAdmin(ctx: CommandContext): void {
  if (!canManageWorkingCalendar(ctx.actor)) throw new AppError('forbidden');
}

function requireDay(day: string, path: string): void {
  const problem = calendarDayProblem(day, path);
  if (problem) throw new AppError('validation_failed', { fields: [problem], th: problem.th, en: problem.en });
}

function cleanNames(input: { nameTh: string; nameEn: string }): { nameTh: string; nameEn: string } {
  const nameTh = input.nameTh.normalize('NFC').trim();
  const nameEn = input.nameEn.normalize('NFC').trim();
  const fields = [
    ...(nameTh ? [] : [{ path: '/nameTh', th: 'โปรดใส่ชื่อวันหยุดภาษาไทย', en: 'Enter the Thai name of the holiday.' }]),
    ...(nameEn ? [] : [{ path: '/nameEn', th: 'โปรดใส่ชื่อวันหยุดภาษาอังกฤษ', en: 'Enter the English name of the holiday.' }]),
  ];
  if (fields.length > 0) throw new AppError('validation_failed', { fields });
  return { nameTh, nameEn };
}

/** Midday in Bangkok of a calendar day, to write it as people read it (Buddhist era). */
const noon = (day: string) => `${day}T12:00:00+07:00`;

const snapshot = (row: { name_th: string; name_en: string }) => ({ nameTh: row.name_th, nameEn: row.name_en });

/** The holidays of a Gregorian year (or all), with the years that have any. */
export async function listHolidays(
  ctx: CommandContext,
  input: { year: number | null },
): Promise<{ year: number | null; years: number[]; items: PublicHolidayRow[] }> {
  requireAdmin(ctx);
  const [items, years] = await Promise.all([listPublicHolidays(ctx.db, input), listHolidayYears(ctx.db)]);
  return { year: input.year, years, items };
}

/**
 * Adds a holiday (a special holiday the Cabinet announces, next year's lunar days). Working-day deadlines
 * are computed by the sweep and the reads each time, so the next sweep and read count with it; a step
 * already taken stays taken. A day that already has one is refused (409 `conflict`): change its name instead.
 */
export async function addHoliday(ctx: CommandContext, input: PublicHolidayInput): Promise<PublicHolidayRow> {
  requireAdmin(ctx);
  requireDay(input.day, '/day');
  const names = cleanNames(input);
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await insertPublicHoliday(tx, { day: input.day, ...names, now: at });
    if (!row)
      throw new AppError('conflict', {
        fields: [{ path: '/day', th: 'วันนี้เป็นวันหยุดอยู่แล้ว', en: 'This day is already a holiday.' }],
        th: `วันที่ ${formatDate(noon(input.day), 'th', 'long')} เป็นวันหยุดอยู่แล้ว แก้ชื่อวันหยุดเดิมแทนการเพิ่มใหม่`,
        en: `${formatDate(noon(input.day), 'en', 'long')} is already a holiday. Change its name instead of adding it again.`,
      });
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at },
      { action: 'public_holiday.create', targetType: 'public_holiday', targetId: input.day, before: null, after: snapshot(row) },
    );
    return row;
  });
}

/** Changes a holiday's names (its day is its key: to move a holiday, remove it and add the new day). */
export async function renameHoliday(ctx: CommandContext, day: string, input: { nameTh: string; nameEn: string }): Promise<void> {
  requireAdmin(ctx);
  requireDay(day, '/day');
  const names = cleanNames(input);
  const at = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const before = await findPublicHoliday(tx, day, { lock: true });
    if (!before) throw new AppError('not_found');
    const after = await updatePublicHoliday(tx, { day, ...names, now: at });
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at },
      { action: 'public_holiday.update', targetType: 'public_holiday', targetId: day, before: snapshot(before), after: snapshot(after!) },
    );
  });
}

/** Removes a holiday: the day is a working day again (if not a weekend) for every deadline not yet passed. */
export async function removeHoliday(ctx: CommandContext, day: string): Promise<void> {
  requireAdmin(ctx);
  requireDay(day, '/day');
  await ctx.db.transaction(async (tx) => {
    const before = await findPublicHoliday(tx, day, { lock: true });
    if (!before) throw new AppError('not_found');
    await deletePublicHoliday(tx, day);
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: ctx.clock.now() },
      { action: 'public_holiday.delete', targetType: 'public_holiday', targetId: day, before: snapshot(before), after: null },
    );
  });
}
