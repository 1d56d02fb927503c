import { setOpenDatasetPublication } from '../commands/opendata/manageOpenData.ts';
import { setCasePublished } from '../commands/publication/publishCase.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { OPEN_DATASETS } from '../domain/opendata/openDatasets.ts';
import type { Actor } from '../domain/roles.ts';

/**
 * The demo's administrator publishes every dataset, as a real one would decide dataset by dataset,
 * so the portal, the CKAN API and the DCAT catalogue have something to show; the delivery unit
 * publishes its demo directives, so the portal's policy pages have something to show too. The files themselves
 * are written right after seeding (`tidtam serve --demo`, `tidtam seed --demo`), once the complaint
 * statistics are folded.
 */
export async function seedOpenDataDemo(
  db: Database,
  options: { clock: Clock; admin: Actor; publisher: Actor; publishedCaseIds: readonly string[] },
): Promise<void> {
  for (const caseId of options.publishedCaseIds) {
    await setCasePublished({ db, clock: options.clock, actor: options.publisher }, caseId, true);
  }
  for (const dataset of OPEN_DATASETS) {
    await setOpenDatasetPublication({ db, clock: options.clock, actor: options.admin }, dataset.name, true);
  }
}
