import type { Queryable } from '../../src/db/database.ts';
import { insertClassifierModel } from '../../src/db/queries/classifierModelQueries.ts';
import { trainClassifier } from '../../src/domain/complaints/classifier/index.ts';

/**
 * Stores, as installed, a small model that files `word` under noise (and potholes under roads), the
 * way a retrain in another process stores its model: nothing in the calling process is told.
 * Returns the stored model's id.
 */
export async function storeInstalledModel(db: Queryable, word: string): Promise<number> {
  const model = trainClassifier(
    [
      ...Array.from({ length: 6 }, (_, i) => ({ text: `${word} ดังมาก ${i}`, codes: ['noise'] })),
      ...Array.from({ length: 6 }, (_, i) => ({ text: `ถนนเป็นหลุม ${i}`, codes: ['roads'] })),
    ],
    { calibrate: false },
  );
  return insertClassifierModel(db, {
    model,
    trainedAt: new Date(),
    examples: 12,
    top1: 1,
    top3: 1,
    installed: true,
    trainedThrough: new Date(),
    shipped: 0,
    staff: 12,
    closed: 0,
    heldOut: 0,
    perCategory: null,
    baselineTop1: null,
    baselineTop3: null,
    outcome: 'installed',
  });
}
