import { exportOpenData, type ExportOpenDataResult } from '../commands/opendata/exportOpenData.ts';
import type { Database } from '../db/database.ts';
import { selectExportedOpenDatasets } from '../db/queries/openDataExportQueries.ts';
import { takeJobLease } from '../db/queries/serviceLevelQueries.ts';
import type { Clock } from '../domain/clock.ts';
import { OPEN_DATASETS } from '../domain/opendata/openDatasets.ts';
import { days } from '../shared/thaiTime.ts';
import { foldComplaintStatistics } from './foldComplaintStatistics.ts';

/** The scheduler's name for the daily export (`scheduler.ts`). */
export const OPEN_DATA_EXPORT_JOB = 'open-data-export';

/**
 * Writes the open-data files (`commands/opendata/exportOpenData.ts`) after bringing the complaint
 * statistics up to date, so the statistics file holds every complaint received until now. Run
 * daily by the scheduler, by `tidtam opendata export` and by `tidtam sweep`.
 */
export async function exportOpenDataJob(deps: { db: Database; clock: Clock }): Promise<ExportOpenDataResult> {
  await foldComplaintStatistics(deps);
  return exportOpenData(deps);
}

/**
 * Writes the datasets that have no file yet (a new database, the demo just seeded, a dataset added
 * by an upgrade), so the catalogue is not empty until the next daily run. One cheap read when
 * every dataset has its files, which is almost always.
 */
export async function exportMissingOpenDataJob(deps: { db: Database; clock: Clock }): Promise<ExportOpenDataResult | { missing: 0 }> {
  const exported = new Set(await selectExportedOpenDatasets(deps.db));
  const missing = OPEN_DATASETS.filter((dataset) => !exported.has(dataset.name)).map((dataset) => dataset.name);
  if (missing.length === 0) return { missing: 0 };
  await foldComplaintStatistics(deps);
  return exportOpenData({ ...deps, datasets: missing, onlyMissing: true });
}

/**
 * Exports now, on demand (the command line, the demo after seeding), and counts it as the day's
 * run: the scheduler's lease on the daily export is taken for a day when no process holds it, so a
 * server started right after does not write the same files again.
 */
export async function exportOpenDataNow(deps: { db: Database; clock: Clock }): Promise<ExportOpenDataResult> {
  const result = await exportOpenDataJob(deps);
  await takeJobLease(deps.db, { name: OPEN_DATA_EXPORT_JOB, holder: 'on-demand', now: deps.clock.now(), ms: days(1) });
  return result;
}
