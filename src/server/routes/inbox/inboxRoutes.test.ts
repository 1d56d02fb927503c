import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())("a unit's inbox (%s)", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  it('shows work sent to my unit, waiting for acknowledgement, then for action once acknowledged', async () => {
    const f = new CaseFixtures(t.db, t.clock);
    const { caseId, assignmentIds } = await f.directive({ to: ['DO-5001'], title: 'ตรวจสอบสะพานข้ามคลอง' });
    const officer = await t.as('officer', 'DO-5001');

    const inbox = await officer.get('/api/inbox');
    expect(inbox.status).toBe(200);
    const item = inbox.body.items.find((i: { case: { id: string } }) => i.case.id === caseId);
    expect(item).toMatchObject({
      waitingFor: 'acknowledgement',
      case: { kind: 'directive', title: 'ตรวจสอบสะพานข้ามคลอง' },
      assignment: { id: assignmentIds['DO-5001'], allowedActions: ['acknowledge', 'return'] },
    });

    expect((await officer.post(`/api/assignments/${assignmentIds['DO-5001']}/acknowledge`, {})).status).toBe(200);
    const after = await officer.get('/api/inbox');
    expect(after.body.items.find((i: { case: { id: string } }) => i.case.id === caseId).waitingFor).toBe('action');

    const elsewhere = await t.as('officer', 'DO-5003');
    expect((await elsewhere.get('/api/inbox')).body.items.some((i: { case: { id: string } }) => i.case.id === caseId)).toBe(false);
  });
});
