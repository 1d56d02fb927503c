import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { systemClock } from '../../domain/clock.ts';

export async function migrateCommand(config: Config): Promise<void> {
  const db = await openDatabase(config);
  try {
    const result = await prepareDatabase(db, { clock: systemClock, log: (line) => process.stderr.write(`${line}\n`) });
    process.stderr.write(`${result.migrations.length} migration(s) applied; database is up to date\n`);
  } finally {
    await db.close();
  }
}
