import type { Queryable } from '../../db/database.ts';
import { latestClassifierModel } from '../../db/queries/classifierModelQueries.ts';
import { useClassifierModel } from './activeClassifier.ts';

/** Uses the newest model `tidtam train` stored, if any; otherwise the shipped model is trained on first use. */
export async function loadClassifierModel(db: Queryable): Promise<boolean> {
  const model = await latestClassifierModel(db);
  if (model) useClassifierModel(model);
  return Boolean(model);
}
