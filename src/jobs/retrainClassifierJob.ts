import { trainClassifierModel, type TrainResult } from '../commands/complaints/trainClassifierModel.ts';
import { countStaffExamplesSince } from '../db/queries/classifierExampleQueries.ts';
import { currentClassifierModelRow, lastClassifierAttempt } from '../db/queries/classifierModelQueries.ts';
import { retrainDue, type RetrainSchedule } from '../domain/complaints/learning/retrainSchedule.ts';
import { loadRetrainSchedule } from '../commands/complaints/retrainScheduleSetting.ts';

/** The scheduler's name for the nightly retrain (`scheduler.ts`). */
export const CLASSIFIER_RETRAIN_JOB = 'classifier-retrain';

/**
 * The scheduled retrain: checked every few minutes, it trains once per scheduled time, and only
 * when staff have labelled complaints since the current model (otherwise nothing could change).
 * Time is the app's clock, so tests move it instead of waiting for 02:00.
 */
export async function retrainClassifierJob(
  deps: Parameters<typeof trainClassifierModel>[0] & { schedule?: RetrainSchedule },
): Promise<TrainResult | { skipped: string }> {
  const schedule = deps.schedule === undefined ? loadRetrainSchedule() : deps.schedule;
  if (!schedule) return { skipped: 'off' };
  const [current, last] = [await currentClassifierModelRow(deps.db), await lastClassifierAttempt(deps.db)];
  const newStaffExamples = await countStaffExamplesSince(deps.db, current?.knew_until ?? null);
  const due = retrainDue({ schedule, now: deps.clock.now(), lastAttemptAt: last?.trained_at ?? null, newStaffExamples });
  if (!due) return { skipped: newStaffExamples === 0 ? 'no new staff examples' : 'not yet' };
  return trainClassifierModel(deps);
}
