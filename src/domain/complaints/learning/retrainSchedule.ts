import { BANGKOK_OFFSET_MS, MS_PER_DAY } from '../../../shared/thaiTime.ts';

/** The Bangkok time of day the scheduled retrain runs, or null: never (only `tidtam train` and the admin page). */
export type RetrainSchedule = { hour: number; minute: number } | null;

/** The default: 02:00 in Bangkok, when intake is quietest and a few seconds of training slow nobody. */
export const DEFAULT_RETRAIN_AT = '02:00';

/**
 * Reads `CLASSIFIER_RETRAIN_AT`: `HH:MM` (Bangkok time, 24-hour), or `off`. Unset or empty means
 * the default, 02:00. Anything else is refused at start rather than silently never retraining.
 */
export function parseRetrainSchedule(value: string | undefined): RetrainSchedule {
  const text = (value ?? '').trim() || DEFAULT_RETRAIN_AT;
  if (text === 'off') return null;
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) {
    throw new Error(`CLASSIFIER_RETRAIN_AT must be a Bangkok time such as 02:00, or off, not "${text}"`);
  }
  return { hour, minute };
}

/** The latest instant at or before `now` when the schedule's Bangkok time of day came round. */
export function lastScheduledAt(schedule: { hour: number; minute: number }, now: Date): Date {
  const local = now.getTime() + BANGKOK_OFFSET_MS;
  const dayStart = Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
  let at = dayStart + (schedule.hour * 60 + schedule.minute) * 60_000;
  if (at > local) at -= MS_PER_DAY;
  return new Date(at - BANGKOK_OFFSET_MS);
}

/**
 * The scheduled retrain is due once per scheduled time: when that time has come round since the
 * last attempt (or, with none, since the current model was trained), and staff have labelled
 * complaints since the current model. A server that was down at 02:00 retrains at its next check.
 */
export function retrainDue(input: { schedule: RetrainSchedule; now: Date; lastAttemptAt: Date | null; newStaffExamples: number }): boolean {
  if (!input.schedule || input.newStaffExamples === 0) return false;
  const slot = lastScheduledAt(input.schedule, input.now);
  return input.lastAttemptAt === null || input.lastAttemptAt.getTime() < slot.getTime();
}
