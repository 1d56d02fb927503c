import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../database.ts';
import { insertMissingPublicHolidays } from '../queries/publicHolidayQueries.ts';
import { referenceDataDir } from './referenceFiles.ts';

const VERSION_NAME = 'public-holidays';

export interface PublicHolidayFile {
  holidays: { day: string; name_th: string; name_en: string; kind: 'fixed' | 'lunar' | 'substitution' }[];
}

/** The shipped holiday calendar (reference-data/calendar/, see PROVENANCE.md) and its hash. */
export function readPublicHolidayFile(): { data: PublicHolidayFile; sha256: string } {
  const text = readFileSync(path.join(referenceDataDir, 'calendar', 'thai-public-holidays.json'), 'utf8');
  return { data: JSON.parse(text) as PublicHolidayFile, sha256: createHash('sha256').update(text).digest('hex') };
}

/**
 * Adds the shipped public holidays when the file changed since the last load, never over a day the
 * table already has: an administrator's correction of a name or a removed-then-re-added day stands.
 * A day an administrator removed comes back only when a newer file is shipped.
 */
export async function seedPublicHolidays(
  db: Database,
  options: { now: Date; file?: { data: PublicHolidayFile; sha256: string } },
): Promise<number> {
  const file = options.file ?? readPublicHolidayFile();
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7315003)');
    const current = await tx.query<{ sha256: string }>('select sha256 from reference_data_versions where name = $1', [VERSION_NAME]);
    if (current.rows[0]?.sha256 === file.sha256) return 0;
    const added = await insertMissingPublicHolidays(tx, file.data.holidays, options.now);
    await tx.query(
      `insert into reference_data_versions (name, sha256, loaded_at) values ($1, $2, $3)
       on conflict (name) do update set sha256 = excluded.sha256, loaded_at = excluded.loaded_at`,
      [VERSION_NAME, file.sha256, options.now],
    );
    return added;
  });
}
