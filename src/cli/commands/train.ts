import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { systemClock } from '../../domain/clock.ts';
import { trainClassifierModel, type TrainResult } from '../../commands/complaints/trainClassifierModel.ts';

const share = (value: number | null) => (value === null ? '-' : value.toFixed(3));

/** What `tidtam train` prints: the examples, the two scores on the held-out days, and whether the model was replaced. */
export function describeTraining(result: TrainResult): string {
  const examples = `${result.shipped} shipped complaints + ${result.staff} staff-labelled + ${result.closedCases} closed cases`;
  if (result.outcome === 'nothing_new') {
    return `attempt ${result.modelId}: ${examples}; nothing new since the current model: kept it\n`;
  }
  const scores =
    `held-out latest days (${result.tested}): new top-1 ${share(result.top1)}, top-3 ${share(result.top3)}; ` +
    `current top-1 ${share(result.currentTop1)}, top-3 ${share(result.currentTop3)}`;
  const verdict = result.installed ? 'the new model replaced the current one' : 'the current model scored as well or better: kept it';
  return `attempt ${result.modelId}: ${examples}; ${scores}; ${verdict}\n`;
}

/**
 * `tidtam train`: retrains the complaint classifier on the shipped data, the staff corrections and
 * the closed complaints, and installs it only if it beats the current model on the latest days.
 */
export async function trainCommand(config: Config): Promise<void> {
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, { clock: systemClock });
    process.stdout.write(describeTraining(await trainClassifierModel({ db, clock: systemClock })));
  } finally {
    await db.close();
  }
}
