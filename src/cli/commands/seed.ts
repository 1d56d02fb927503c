import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { seedDemo } from '../../demo/seedDemo.ts';
import { systemClock } from '../../domain/clock.ts';
import { exportOpenDataNow } from '../../jobs/exportOpenDataJob.ts';
import { createProgress } from '../progress.ts';

export async function seedCommand(config: Config, options: { demo: boolean }): Promise<void> {
  if (!options.demo) throw new Error('Only demo seeding exists: run `tidtam seed --demo`.');
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, { clock: systemClock });
    const { seeded } = await seedDemo(db, { clock: systemClock, progress: createProgress() });
    if (seeded) await exportOpenDataNow({ db, clock: systemClock });
    process.stderr.write(seeded ? 'Demo data seeded.\n' : 'The database already has accounts; demo data was not added.\n');
  } finally {
    await db.close();
  }
}
