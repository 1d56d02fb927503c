import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';
import { defaultJobs } from '../../jobs/scheduler.ts';
import type { CommandOutput } from '../adminChannel/adminRequest.ts';
import { runOnDataFolder } from '../adminChannel/runOnDataFolder.ts';

/** Runs every background job once and prints what each did. */
export async function runSweep(deps: { db: Database; clock: Clock }, out: CommandOutput): Promise<number> {
  for (const job of defaultJobs) {
    const result = await job.run(deps);
    out.stdout(`${job.name}: ${JSON.stringify(result)}\n`);
  }
  return 0;
}

/** Runs every background job once (for cron, or right now while the server runs: through its admin channel). */
export async function sweepCommand(config: Config): Promise<void> {
  await runOnDataFolder(config, { command: 'sweep' }, runSweep);
}
