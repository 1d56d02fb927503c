import type { Clock } from '../domain/clock.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { seedComplaintCategories } from './queries/complaintConfigQueries.ts';
import { signUnsignedComplaints } from './queries/complaintSignatureQueries.ts';
import { loadReferenceData } from './reference/loadReferenceData.ts';
import { seedPublicHolidays } from './reference/publicHolidays.ts';

/** Brings a database up to date: every migration, then the shipped reference data if it changed. */
export async function prepareDatabase(
  db: Database,
  options: { clock: Clock; log?: (line: string) => void },
): Promise<{ migrations: string[]; referenceLoaded: boolean }> {
  const migrations = await migrate(db, { onApplied: (name) => options.log?.(`applied migration ${name}`) });
  const { loaded } = await loadReferenceData(db, { clock: options.clock });
  if (loaded) options.log?.('loaded reference data: areas, groupings and units');
  const holidays = await seedPublicHolidays(db, { now: options.clock.now() });
  if (holidays > 0) options.log?.(`added ${holidays} public holidays from the shipped calendar`);
  const categories = await seedComplaintCategories(db, options.clock.now());
  if (categories > 0) options.log?.(`added ${categories} default complaint categories`);
  const signed = await signUnsignedComplaints(db);
  if (signed > 0) options.log?.(`signed ${signed} complaints' texts for the duplicate check`);
  return { migrations, referenceLoaded: loaded };
}
