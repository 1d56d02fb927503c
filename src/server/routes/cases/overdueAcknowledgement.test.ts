import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { MS_PER_HOUR } from '../../../shared/thaiTime.ts';

type Item = { case: { id: string }; assignment: { id: string; overdue: boolean } };
type Tally = { id: string; overdue: number };

/**
 * Issue 13, item 15: the overdue filter missed work that was never acknowledged. A directive to two
 * provincial halls has no due date, only the directive service level's acknowledgement deadline
 * (7 days). Eight days on, the hall that did not acknowledge is overdue everywhere that says so (the
 * case list's filter, the inbox, the assignment tree, the national picture's count); the one that
 * acknowledged in time is not.
 */
describe.each(testEngines())('overdue includes work past its acknowledgement deadline (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  let coordinator: TestClient;
  let hall: TestClient;
  let caseId: string;
  let silent: string;
  let onTime: string;
  let fresh: string;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-12-01T03:00:00.000Z') });
    const f = new CaseFixtures(t.db, t.clock);
    const made = await f.directive({ to: ['PH-50', 'PH-52'], title: 'สำรวจสะพานชำรุดทุกอำเภอ' });
    caseId = made.caseId;
    silent = made.assignmentIds['PH-52']!;
    onTime = made.assignmentIds['PH-50']!;
    await f.bringTo(onTime, 'PH-50', 'acknowledged');
    t.clock.advanceMs(8 * 24 * MS_PER_HOUR);
    fresh = (await f.directive({ to: ['PH-52'], title: 'ส่งรายชื่อผู้ประสานงาน' })).caseId;
    pmdu = await t.as('delivery_unit', 'PMDU');
    coordinator = await t.as('coordinator', 'PH-52');
    hall = await t.as('officer', 'PH-52');
  });
  afterAll(() => t.close());

  it('lists the case under "overdue" for the delivery unit and for the coordinator of the silent hall', async () => {
    for (const viewer of [pmdu, coordinator]) {
      const overdue = (await viewer.get('/api/cases?overdue=true')).body.items.map((item: { id: string }) => item.id);
      expect(overdue).toContain(caseId);
      expect(overdue).not.toContain(fresh);
      const notOverdue = (await viewer.get('/api/cases?overdue=false')).body.items.map((item: { id: string }) => item.id);
      expect(notOverdue).not.toContain(caseId);
      expect(notOverdue).toContain(fresh);
    }
    const listed = (await pmdu.get('/api/cases?overdue=true')).body.items.find((item: { id: string }) => item.id === caseId);
    expect(listed.overdue).toBe(true);
  });

  it('flags the silent hall overdue in its inbox and in the assignment tree, and not the hall that acknowledged', async () => {
    const inbox = (await hall.get('/api/inbox')).body.items as Item[];
    expect(inbox.find((item) => item.case.id === caseId)?.assignment).toMatchObject({ id: silent, overdue: true });
    expect(inbox.find((item) => item.case.id === fresh)?.assignment.overdue).toBe(false);
    const detail = await pmdu.get(`/api/cases/${caseId}`);
    const tree = Object.fromEntries(detail.body.assignments.map((a: { id: string; overdue: boolean }) => [a.id, a.overdue]));
    expect(tree).toEqual({ [silent]: true, [onTime]: false });
  });

  it('counts one overdue unit on the national picture, the number the filter lists', async () => {
    const picture = await pmdu.get('/api/delivery/picture');
    expect(picture.status).toBe(200);
    const row = (picture.body.cases as Tally[]).find((c) => c.id === caseId);
    expect(row?.overdue).toBe(1);
  });

  it('is no longer overdue once the hall acknowledges', async () => {
    expect((await hall.post(`/api/assignments/${silent}/acknowledge`, {})).status).toBe(200);
    const overdue = (await pmdu.get('/api/cases?overdue=true')).body.items.map((item: { id: string }) => item.id);
    expect(overdue).not.toContain(caseId);
  });
});
