import type { Database } from '../db/database.ts';
import { defaultComplaintAcknowledgeHours, foldDirtyComplaints, markFolded } from '../db/queries/complaintStatisticsFold.ts';
import type { Clock } from '../domain/clock.ts';

/** Complaints folded per transaction: small enough that intake never waits long on a fold's locks. */
const BATCH = 5_000;

/**
 * Brings the complaint statistics up to date: folds every complaint changed since the last run
 * (and every one whose deadline has passed) into the aggregates, a batch per transaction. Runs
 * every 10 seconds under the scheduler's lease, so the figures are at most about 10 seconds behind.
 */
export async function foldComplaintStatistics(deps: { db: Database; clock: Clock; batch?: number }): Promise<{ folded: number }> {
  const { db } = deps;
  const defaultAcknowledgeHours = await defaultComplaintAcknowledgeHours(db);
  let folded = 0;
  for (;;) {
    const now = deps.clock.now();
    const count = await db.transaction((tx) => foldDirtyComplaints(tx, { now, limit: deps.batch ?? BATCH, defaultAcknowledgeHours }));
    folded += count;
    if (count === 0) {
      await markFolded(db, now);
      return { folded };
    }
  }
}
