import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { storeInstalledModel } from '../../../test/support/storedClassifierModel.ts';
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
    // As another process's retrain stores it: nothing in this process is told.
    const id = await storeInstalledModel(db, WORD);
    const config = await currentComplaintConfig(db);
    expect(config.classifierModelId).toBe(id);
    expect(activeClassifier.storedId()).toBe(id);
    expect(suggestCategory(`${WORD} ทุกคืน`)[0]?.code).toBe('noise');
  });
});
