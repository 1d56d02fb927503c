import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../../test/support/caseFixtures.ts';
import { startTestApp, type TestApp } from '../../../test/support/testApp.ts';
import { testEngines } from '../../../test/support/testDatabase.ts';
import { closeCase } from '../cases/closeCase.ts';

/** Optimistic concurrency (issue #15, item 3): `If-Match` carries the version the page showed. */
describe.each(testEngines())('a stale write is refused, not written over (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  it('raises the version on every change and refuses an If-Match the row has moved past', async () => {
    const f = new CaseFixtures(t.db, t.clock);
    const { caseId, assignmentIds } = await f.directive({ to: ['DO-5003'] });
    const id = assignmentIds['DO-5003']!;
    const district = await t.as('officer', 'DO-5003');
    const read = async () => {
      const detail = await district.get(`/api/cases/${caseId}`);
      return { kase: detail.body.case.version as number, assignment: detail.body.assignments[0].version as number };
    };
    const before = await read();
    expect(before.assignment).toBe(1);

    const stale = await district.request('POST', `/api/assignments/${id}/acknowledge`, {}, { 'if-match': `"${before.assignment + 1}"` });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'stale_write',
      message: expect.stringMatching(/Reload/),
      messageTh: expect.any(String),
    });
    expect((await read()).assignment).toBe(before.assignment);

    const fresh = await district.request('POST', `/api/assignments/${id}/acknowledge`, {}, { 'if-match': `"${before.assignment}"` });
    expect(fresh.status).toBe(200);
    const after = await read();
    expect(after.assignment).toBe(before.assignment + 1);
    expect(after.kase).toBeGreaterThan(before.kase);

    // A page still showing the first version cannot report progress over the acknowledgement...
    const progressStale = await district.request(
      'POST',
      `/api/assignments/${id}/progress`,
      { note: 'ครึ่งทาง' },
      { 'if-match': `W/"${before.assignment}"` },
    );
    expect(progressStale.status).toBe(409);
    expect(progressStale.body.error.code).toBe('stale_write');
    // ...the current one can, a bare number is read as the same tag, and no header behaves as before.
    expect(
      (await district.request('POST', `/api/assignments/${id}/progress`, { note: 'ครึ่งทาง' }, { 'if-match': String(after.assignment) }))
        .status,
    ).toBe(201);
    expect((await district.post(`/api/assignments/${id}/progress`, { note: 'เกือบเสร็จ' })).status).toBe(201);
    expect((await district.request('POST', `/api/assignments/${id}/progress`, { note: 'x' }, { 'if-match': 'soon' })).body.error.code).toBe(
      'validation_failed',
    );
    const events = await t.db.query<{ type: string }>(`select type from case_events where case_id = $1 order by id`, [caseId]);
    expect(events.rows.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
    expect(events.rows.filter((e) => e.type === 'progress_reported')).toHaveLength(2);
  });

  it('checks a case edit in the command layer against the case version', async () => {
    const f = new CaseFixtures(t.db, t.clock);
    const { caseId } = await f.directive({ to: ['DO-5004'] });
    const owner = await f.actorOf('PMDU', 'delivery_unit');
    const ctx = { db: t.db, clock: t.clock, actor: owner };
    const { rows } = await t.db.query<{ version: number }>('select version from cases where id = $1', [caseId]);
    const version = rows[0]!.version;
    await expect(closeCase(ctx, caseId, { note: 'ปิดเรื่องเพราะซ้ำ', expectedVersion: version - 1 })).rejects.toMatchObject({
      code: 'stale_write',
    });
    await closeCase(ctx, caseId, { note: 'ปิดเรื่องเพราะซ้ำ', expectedVersion: version });
    const closed = await t.db.query<{ status: string; version: number }>('select status, version from cases where id = $1', [caseId]);
    expect(closed.rows[0]).toEqual({ status: 'closed', version: version + 1 });
  });
});
