import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { sweepServiceLevels } from '../../../jobs/sweepServiceLevels.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

type Item = { case: { id: string; ref: string }; waitingFor: string; group: { unit: { code: string; kind: string }; overdue: boolean }[] };

const report = {
  aim: 'ลดจุดความร้อน',
  approach: 'ตั้งชุดดับไฟป่า',
  workingEvidence: 'จุดความร้อนลดลง',
  changes: 'เพิ่มชุดลาดตระเวน',
  centreHelp: 'ขอเฮลิคอปเตอร์',
  rag: 'red',
  confidence: 'red',
  helpNeeded: true,
};

/**
 * Issue 11, item 4: a directive to the four provincial halls of inspection zone 15. Two ask the
 * delivery unit for help; the other two miss the acknowledgement service level (7 days) and are
 * escalated to the Ministry of Interior. Each inbox shows one line per case and reason,
 * expandable to its units, not one line per unit; a hall's own work stays its own line.
 */
describe.each(testEngines())('an inbox groups several units of one case (%s)', (engine) => {
  let t: TestApp;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-12-01T03:00:00.000Z') });
    const pmdu = await t.as('delivery_unit', 'PMDU');
    const created = await pmdu.post('/api/cases', {
      kind: 'directive',
      title: 'เร่งรัดการแก้ปัญหาหมอกควัน',
      body: 'ให้ศาลากลางจังหวัดรายงานมาตรการ',
      assignments: [{ targets: { kind: 'provincial_hall', groupingId: 'zone:15' }, role: 'lead' }],
    });
    expect(created.status).toBe(201);
    caseId = created.body.case.id;
    for (const code of ['PH-50', 'PH-51']) {
      const hall = await t.as('officer', code);
      const mine = created.body.assignments.find((a: { unit: { code: string } }) => a.unit.code === code);
      expect((await hall.post(`/api/assignments/${mine.id}/acknowledge`, {})).status).toBe(200);
      expect((await hall.post(`/api/assignments/${mine.id}/reports`, report)).status).toBe(201);
    }
    t.clock.advanceDays(7.5);
    const swept = await sweepServiceLevels(t);
    expect(swept.escalations).toBe(2);
  });
  afterAll(() => t.close());

  it('shows the ministry one line for the halls that have not acknowledged, with each hall', async () => {
    const ministry = await t.as('coordinator', 'MOI');
    const inbox = await ministry.get('/api/inbox');
    expect(inbox.status).toBe(200);
    const lines = inbox.body.items.filter((item: Item) => item.case.id === caseId);
    expect(lines).toHaveLength(1);
    expect(lines[0].waitingFor).toBe('escalation');
    expect(lines[0].group.map((member: Item['group'][number]) => member.unit.code).sort()).toEqual(['PH-52', 'PH-58']);
    expect(lines[0].group.every((member: Item['group'][number]) => member.unit.kind === 'provincial_hall')).toBe(true);
  });

  it('shows the delivery unit one line for the halls asking for help', async () => {
    const pmdu = await t.as('delivery_unit', 'PMDU');
    const lines = (await pmdu.get('/api/inbox')).body.items.filter((item: Item) => item.case.id === caseId);
    expect(lines.map((item: Item) => [item.waitingFor, item.group.length])).toEqual([['help', 2]]);
  });

  it("keeps a hall's own work as its own line", async () => {
    const hall = await t.as('officer', 'PH-52');
    const lines = (await hall.get('/api/inbox')).body.items.filter((item: Item) => item.case.id === caseId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ waitingFor: 'acknowledgement' });
    expect(lines[0].group.map((member: Item['group'][number]) => member.unit.code)).toEqual(['PH-52']);
  });
});
