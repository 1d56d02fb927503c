import type { Queryable } from '../../db/database.ts';
import { latestClassifierModel } from '../../db/queries/classifierModelQueries.ts';
import { activeClassifier, useClassifierModel } from './activeClassifier.ts';

/** Uses the newest model `tidtam train` stored, if any; otherwise the shipped model is trained on first use. */
export async function loadClassifierModel(db: Queryable): Promise<boolean> {
  const stored = await latestClassifierModel(db);
  if (stored) useClassifierModel(stored.model, stored.id);
  return Boolean(stored);
}

let syncing: Promise<unknown> | undefined;

/**
 * Several server processes (issue #15, item 3): a retrain stored by one process (the admin page's
 * "train now", the nightly job, `tidtam train`) must reach the others' suggestions. Storing a model
 * moves the complaint configuration's version (a trigger), every process reloads its configuration
 * at its next intake or form after that, and the reload calls this with the newest installed id:
 * when it is not the one in memory, the model is read once (concurrent reloads wait for the same
 * read instead of each fetching megabytes). No stored model: the shipped default stays.
 */
export async function syncClassifierModel(db: Queryable, installedId: number | null): Promise<void> {
  if (installedId === null || installedId === activeClassifier.storedId()) return;
  syncing ??= loadClassifierModel(db).finally(() => {
    syncing = undefined;
  });
  await syncing;
}
