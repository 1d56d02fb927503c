import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { ManualClock } from '../../domain/clock.ts';
import { createStaff, type TestStaff } from '../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { createCase, createCaseInTx, type CreateCaseInput } from './createCase.ts';

const directive = (title: string): CreateCaseInput => ({
  kind: 'directive',
  title,
  body: '',
  priority: 'normal',
  category: null,
  areaCode: null,
  dueAt: null,
  details: {},
  assignments: [],
});

/** A command that opens a case as part of its own work commits both or neither: the InTx core joins the caller's transaction. */
describe.each(testEngines())('createCase and createCaseInTx (%s)', (engine) => {
  let db: Database;
  let coordinator: TestStaff;
  const clock = new ManualClock();
  const count = async (title: string) =>
    (await db.query<{ n: number }>('select count(*)::int as n from cases where title = $1', [title])).rows[0]!.n;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    coordinator = await createStaff(db, { role: 'coordinator', unitCode: 'PH-50' });
  });
  afterAll(() => db.close());

  it('opens the case with its created event when the caller commits', async () => {
    const ctx = { clock, actor: coordinator.actor };
    const created = await db.transaction((tx) => createCaseInTx(tx, ctx, directive('ติดตามงานตามมติ')));
    expect(await count('ติดตามงานตามมติ')).toBe(1);
    const events = await db.query<{ type: string }>('select type from case_events where case_id = $1', [created.id]);
    expect(events.rows.map((e) => e.type)).toEqual(['created']);
  });

  it('leaves nothing behind when the caller rolls back after it', async () => {
    const ctx = { clock, actor: coordinator.actor };
    await expect(
      db.transaction(async (tx) => {
        await createCaseInTx(tx, ctx, directive('ไม่ควรถูกบันทึก'));
        throw new Error('the caller fails after the case was made');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await count('ไม่ควรถูกบันทึก')).toBe(0);
  });

  it('keeps the policy in the core: a viewer may not open a case either way', async () => {
    const viewer = await createStaff(db, { role: 'viewer', unitCode: 'PH-50' });
    await expect(createCase({ db, clock, actor: viewer.actor }, directive('ผู้ดูเปิดไม่ได้'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(db.transaction((tx) => createCaseInTx(tx, { clock, actor: viewer.actor }, directive('ผู้ดูเปิดไม่ได้')))).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await count('ผู้ดูเปิดไม่ได้')).toBe(0);
  });
});
