import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

type Page = { items: { id: number; type: string }[]; hasEarlier: boolean };

/**
 * Issue 15, item 5: the timeline is read a page at a time (a directive to every province collects
 * thousands of events). The newest page comes first, oldest first within it; `before` walks back
 * to the start, and the pages put together are the whole timeline.
 */
describe.each(testEngines())('the case timeline a page at a time (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    pmdu = await t.as('delivery_unit', 'PMDU');
    const created = await pmdu.post('/api/cases', {
      kind: 'directive',
      title: 'สำรวจพื้นที่เสี่ยงภัยแล้ง',
      body: 'ให้จังหวัดรายงานแหล่งน้ำสำรอง',
      assignments: [{ targets: { kind: 'provincial_hall', groupingId: 'zone:15' }, role: 'lead' }],
    });
    expect(created.status).toBe(201);
    caseId = created.body.case.id;
    for (const assignment of created.body.assignments as { id: string; unit: { code: string } }[]) {
      const hall = await t.as('officer', assignment.unit.code);
      expect((await hall.post(`/api/assignments/${assignment.id}/acknowledge`, {})).status).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('answers the whole of a short timeline, oldest first, with nothing earlier', async () => {
    const all = await pmdu.get(`/api/cases/${caseId}/events`);
    expect(all.status).toBe(200);
    const page = all.body as Page;
    expect(page.hasEarlier).toBe(false);
    expect(page.items.length).toBeGreaterThanOrEqual(6);
    expect(page.items[0]!.type).toBe('created');
    expect(page.items.map((event) => event.id)).toEqual([...page.items.map((event) => event.id)].sort((a, b) => a - b));
  });

  it('walks back from the newest page to the first with before, and the pages make the whole', async () => {
    const whole = ((await pmdu.get(`/api/cases/${caseId}/events`)).body as Page).items.map((event) => event.id);
    const newest = (await pmdu.get(`/api/cases/${caseId}/events?limit=2`)).body as Page;
    expect(newest.items.map((event) => event.id)).toEqual(whole.slice(-2));
    expect(newest.hasEarlier).toBe(true);
    let pages = [newest.items.map((event) => event.id)];
    let page = newest;
    while (page.hasEarlier) {
      page = (await pmdu.get(`/api/cases/${caseId}/events?limit=2&before=${page.items[0]!.id}`)).body as Page;
      pages = [page.items.map((event) => event.id), ...pages];
    }
    expect(pages.flat()).toEqual(whole);
  });

  it('refuses a page size out of range with a 400 and a stable code', async () => {
    for (const query of ['limit=0', 'limit=1001', 'before=abc']) {
      const refused = await pmdu.get(`/api/cases/${caseId}/events?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('validation_failed');
    }
  });
});
