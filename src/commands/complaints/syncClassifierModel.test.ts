import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { insertClassifierModel } from '../../db/queries/classifierModelQueries.ts';
import { trainClassifier } from '../../domain/complaints/classifier/index.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { activeClassifier, suggestCategory } from './activeClassifier.ts';
import { currentComplaintConfig } from './complaintConfig.ts';

// A word no shipped complaint has: only a model trained on it files it under noise.
const WORD = 'กรึ๊บกรั๊บ';

/**
 * Several processes (issue #15, item 3): a model another process stored (a retrain there) is
 * taken up here at the next read of the complaint configuration, whose version the stored row moved.
 */
describe.each(testEngines())('a classifier model stored elsewhere is used here (%s)', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => {
    activeClassifier.reset();
    return db.close();
  });

  it('follows the newest installed model after the configuration version moves', async () => {
    activeClassifier.reset();
    await currentComplaintConfig(db);
    expect(activeClassifier.storedId()).toBeNull();
    const model = trainClassifier(
      [
        ...Array.from({ length: 6 }, (_, i) => ({ text: `${WORD} ดังมาก ${i}`, codes: ['noise'] })),
        ...Array.from({ length: 6 }, (_, i) => ({ text: `ถนนเป็นหลุม ${i}`, codes: ['roads'] })),
      ],
      { calibrate: false },
    );
    // As another process's retrain stores it: nothing in this process is told.
    const id = await insertClassifierModel(db, {
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
    const config = await currentComplaintConfig(db);
    expect(config.classifierModelId).toBe(id);
    expect(activeClassifier.storedId()).toBe(id);
    expect(suggestCategory(`${WORD} ทุกคืน`)[0]?.code).toBe('noise');
  });
});
