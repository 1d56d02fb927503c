import { parseRetrainSchedule, type RetrainSchedule } from '../../domain/complaints/learning/retrainSchedule.ts';

/**
 * When the server retrains the suggester: `CLASSIFIER_RETRAIN_AT` (Bangkok `HH:MM`, default 02:00,
 * or `off`). Read by the nightly job, checked once by `tidtam serve` at start, shown on the admin page.
 */
export function loadRetrainSchedule(env: NodeJS.ProcessEnv = process.env): RetrainSchedule {
  return parseRetrainSchedule(env.CLASSIFIER_RETRAIN_AT);
}

/** `02:00`, or null when off. */
export function retrainScheduleText(schedule: RetrainSchedule): string | null {
  return schedule ? `${String(schedule.hour).padStart(2, '0')}:${String(schedule.minute).padStart(2, '0')}` : null;
}
