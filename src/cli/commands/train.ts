import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { systemClock } from '../../domain/clock.ts';
import { trainClassifierModel } from '../../commands/complaints/trainClassifierModel.ts';

/** `tidtam train`: retrains the complaint classifier on the shipped data and the closed complaints, and stores it. */
export async function trainCommand(config: Config): Promise<void> {
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, { clock: systemClock });
    const result = await trainClassifierModel({ db, clock: systemClock });
    process.stdout.write(
      `model ${result.modelId}: ${result.shipped} shipped complaints + ${result.closedCases} closed cases; ` +
        `held-out by time (${result.tested}): top-1 ${result.top1.toFixed(3)}, top-3 ${result.top3.toFixed(3)}\n`,
    );
  } finally {
    await db.close();
  }
}
