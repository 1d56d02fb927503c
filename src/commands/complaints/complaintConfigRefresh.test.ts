import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { currentComplaintConfig } from './complaintConfig.ts';

/**
 * Several processes (issue #15, item 3): each keeps the complaint configuration in memory and reloads
 * it when the version moves. Triggers move it for every writer, so a change made anywhere (another
 * process's admin page, a CLI import, plain SQL as here) reaches this process's next read.
 */
describe.each(testEngines())('the complaint configuration in memory (%s)', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => db.close());

  it('reloads after a change of category keywords, the default service level or the units, whoever made it', async () => {
    const before = await currentComplaintConfig(db);
    await db.query(`update complaint_categories set keywords = array_append(keywords, 'ท่อประปาแตกทดสอบ') where code = 'noise'`);
    const keywords = await currentComplaintConfig(db);
    expect(keywords.version).toBeGreaterThan(before.version);
    expect(keywords.categoryTerms.get('noise')).toContain('ท่อประปาแตกทดสอบ');

    await db.query(`update service_levels set resolve_hours = 999 where case_kind = 'complaint' and category is null and priority is null`);
    const serviceLevel = await currentComplaintConfig(db);
    expect(serviceLevel.version).toBeGreaterThan(keywords.version);
    expect(serviceLevel.defaultResolveHours).toBe(999);

    await db.query(`update units set name_en = 'Renamed intake centre' where code = 'OPM-1111'`);
    const units = await currentComplaintConfig(db);
    expect(units.intakeUnit?.nameEn).toBe('Renamed intake centre');
    // Nothing changed since: the copy in memory is used as it is.
    expect(await currentComplaintConfig(db)).toBe(units);
  });
});
