import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { latestClassifierModel } from '../../db/queries/classifierModelQueries.ts';
import { ManualClock } from '../../domain/clock.ts';
import { defaultClassifierModel } from '../../db/reference/defaultClassifierModel.ts';
import { rankCategories } from '../../domain/complaints/classifier/index.ts';
import { hours } from '../../shared/thaiTime.ts';
import { unitByCode } from '../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { suggestCategory, useClassifierModel } from './activeClassifier.ts';
import { loadClassifierModel } from './loadClassifierModel.ts';
import { trainClassifierModel } from './trainClassifierModel.ts';

describe.each(testEngines())('tidtam train (%s)', (engine) => {
  let db: Database;
  const clock = new ManualClock('2026-03-02T02:00:00Z');
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => db.close());

  it('learns from closed complaints, stores the model, and a restarted process uses it', async () => {
    // A word the shipped data never saw, in closed complaints an officer filed under stray animals.
    const word = 'แมวป่าซีวิท';
    useClassifierModel(defaultClassifierModel()); // as shipped, whatever an earlier engine's run installed
    expect(suggestCategory(`${word} เข้ามาในบ้าน`)[0]?.code).not.toBe('stray_animals');
    const unit = await unitByCode(db, 'DO-1007');
    for (let i = 0; i < 40; i++) {
      await db.query(
        `insert into cases (ref, kind, title, body, status, category, owner_unit_id, created_at, updated_at, closed_at)
         values ($1, 'complaint', $2, $3, 'closed', 'stray_animals', $4, $5, $5, $5)`,
        [`TEST-${i}`, `${word} ตัวที่ ${i}`, `พบ${word}เดินในซอย`, unit.id, new Date(clock.now().getTime() - hours(i))],
      );
    }
    const result = await trainClassifierModel({ db, clock });
    expect(result).toMatchObject({ shipped: 2799, closedCases: 40 });
    expect(result.top1).toBeGreaterThanOrEqual(0.7);
    expect(suggestCategory(`${word} เข้ามาในบ้าน`)[0]?.code).toBe('stray_animals');

    const stored = await latestClassifierModel(db);
    expect(stored?.examples).toBe(2540 + 40);
    expect(rankCategories(stored!, `${word} เข้ามาในบ้าน`)[0]?.code).toBe('stray_animals');
    expect(await loadClassifierModel(db)).toBe(true);
  });
});
