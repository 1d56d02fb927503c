import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { sweepServiceLevels } from '../../../jobs/sweepServiceLevels.ts';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { MS_PER_HOUR as HOUR } from '../../../shared/thaiTime.ts';

const source = { type: 'meeting', title: 'การประชุมคณะรัฐมนตรี', date: '2026-11-10', reference: 'นร 0505/1234', authority: 'คณะรัฐมนตรี' };

describe.each(testEngines())('case kinds and acknowledgement reach (%s)', (engine) => {
  let t: TestApp;
  let f: CaseFixtures;
  let pmdu: TestClient;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-11-20T02:00:00Z') });
    f = new CaseFixtures(t.db, t.clock);
    pmdu = await t.as('delivery_unit', 'PMDU');
  });
  afterAll(() => t.close());

  it('keeps a directive source and refuses details that do not fit the kind, naming each field', async () => {
    const ok = await pmdu.post('/api/cases', { kind: 'directive', title: 'เปิดคลินิกแม่เลี้ยงเดียว', details: { source } });
    expect(ok.status).toBe(201);
    expect(ok.body.case.details).toEqual({ source });

    const bad = await pmdu.post('/api/cases', {
      kind: 'policy',
      title: 'นโยบายทดสอบ',
      details: { source: { ...source, date: '10/11/2569', authority: '' }, colour: 'red' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      '/details/colour',
      '/details/source/authority',
      '/details/source/date',
    ]);
  });

  it('opens a parliamentary question due on its answer deadline, and records the answer once', async () => {
    const ministry = await f.unit('MSDHS');
    const missing = await pmdu.post('/api/cases', { kind: 'parliamentary_question', title: 'กระทู้ถามเรื่องคลินิก', details: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((field: { path: string }) => field.path)).toContain('/details/askingMember');

    const created = await pmdu.post('/api/cases', {
      kind: 'parliamentary_question',
      title: 'กระทู้ถามเรื่องคลินิกแม่เลี้ยงเดียว',
      details: { askingMember: 'นางสาวสมศรี ใจดี', answeringUnitId: ministry.id, answerDeadline: '2026-12-05' },
      assignments: [{ targets: { unitIds: [ministry.id] }, role: 'lead' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.case.dueAt).toBe('2026-12-05T16:59:59.999Z');
    const id = created.body.case.id;

    const lampang = await t.as('coordinator', 'PH-52');
    expect((await lampang.post(`/api/cases/${id}/answer`, { answer: 'ตอบแล้ว', answeredOn: '2026-11-25' })).status).toBe(404);
    const answerer = await t.as('coordinator', 'MSDHS');
    // It is 20 November in Bangkok (09:00): an answer cannot be dated tomorrow.
    const future = await answerer.post(`/api/cases/${id}/answer`, { answer: 'เปิดแล้ว 77 จังหวัด', answeredOn: '2026-11-21' });
    expect(future.status).toBe(400);
    expect(future.body.error).toMatchObject({
      code: 'validation_failed',
      fields: [{ path: '/answeredOn', th: 'วันที่ตอบต้องไม่เกินวันนี้ โปรดใส่วันที่ตอบกระทู้จริง' }],
    });
    const answered = await answerer.post(`/api/cases/${id}/answer`, { answer: 'เปิดแล้ว 77 จังหวัด', answeredOn: '2026-11-20' });
    expect(answered.status).toBe(200);
    expect((await answerer.post(`/api/cases/${id}/answer`, { answer: 'อีกครั้ง', answeredOn: '2026-11-19' })).status).toBe(409);
    const detail = await pmdu.get(`/api/cases/${id}`);
    expect(detail.body.case.details.answer).toMatchObject({ text: 'เปิดแล้ว 77 จังหวัด', answeredOn: '2026-11-20' });
    const events = await pmdu.get(`/api/cases/${id}/events`);
    expect(events.body.items.map((event: { type: string }) => event.type)).toContain('question_answered');
  });

  it('moves a draft bill one stage at a time, from drafting toward the Royal Gazette', async () => {
    const created = await pmdu.post('/api/cases', { kind: 'draft_bill', title: 'ร่างพระราชบัญญัติส่งเสริมครอบครัว', details: {} });
    expect(created.body.case.details.stage).toBe('drafting');
    const id = created.body.case.id;
    expect((await pmdu.post(`/api/cases/${id}/bill-stage`, { stage: 'house', on: '2026-11-21' })).status).toBe(409);
    const moved = await pmdu.post(`/api/cases/${id}/bill-stage`, { stage: 'public_hearing', on: '2026-11-21' });
    expect(moved.body).toEqual({ stage: 'public_hearing' });
    const events = await pmdu.get(`/api/cases/${id}/events`);
    expect(events.body.items.at(-1)).toMatchObject({ type: 'bill_stage_changed', data: { from: 'drafting', to: 'public_hearing' } });
  });

  it('counts reach by level and grouping, names who has not acknowledged with their zone, and times acknowledgement', async () => {
    const { caseId, assignmentIds } = await f.directive({ to: ['MSDHS'] });
    await f.bringTo(assignmentIds['MSDHS']!, 'MSDHS', 'acknowledged');
    const offices = await f.cascade(assignmentIds['MSDHS']!, 'MSDHS', ['MSDHS-P-50', 'MSDHS-P-52', 'MSDHS-P-58', 'MSDHS-P-10']);
    t.clock.advanceMs(10 * HOUR);
    await f.bringTo(offices['MSDHS-P-50']!, 'MSDHS-P-50', 'acknowledged');
    t.clock.advanceMs(20 * HOUR);
    await f.bringTo(offices['MSDHS-P-10']!, 'MSDHS-P-10', 'acknowledged');
    t.clock.advanceMs(6 * HOUR);

    const centre = await t.as('delivery_unit', 'PMDU'); // sessions idle out while the clock moves
    const reach = await centre.get(`/api/cases/${caseId}/reach`);
    expect(reach.status).toBe(200);
    expect(reach.body.total).toEqual({ assigned: 5, acknowledged: 3 });
    expect(reach.body.byLevel).toEqual([
      { level: 'ministry', assigned: 1, acknowledged: 1 },
      { level: 'province', assigned: 4, acknowledged: 2 },
    ]);
    const zone15 = reach.body.byGrouping.find((g: { id: string }) => g.id === 'zone:15');
    expect(zone15).toMatchObject({ kind: 'inspection_zone', assigned: 3, acknowledged: 1 });
    expect(reach.body.notAcknowledged.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['MSDHS-P-52', 'MSDHS-P-58']);
    expect(reach.body.notAcknowledged[0].groupings.map((g: { id: string }) => g.id)).toContain('zone:15');
    expect(reach.body.notAcknowledged[0].waitingHours).toBe(36);
    expect(reach.body.timing.medianHours).toBe(10); // 0 (the ministry), 10, 30
    expect(reach.body.timing.slowest.unit.code).toBe('MSDHS-P-10');
    expect(reach.body.timing.slowest.hours).toBe(30);

    // A provincial office sees only its own part and the chain above it.
    const lampang = await t.as('officer', 'MSDHS-P-52');
    const own = await lampang.get(`/api/cases/${caseId}/reach`);
    expect(own.body.total).toEqual({ assigned: 2, acknowledged: 1 });
    const stranger = await t.as('officer', 'PH-50');
    expect((await stranger.get(`/api/cases/${caseId}/reach`)).status).toBe(404);
  });
});

describe.each(testEngines())('service levels of parliamentary questions (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-11-20T02:00:00Z') });
  });
  afterAll(() => t.close());

  it('reminds the answering ministry after 2 days and escalates to the delivery unit after 3', async () => {
    const pmdu = await t.as('delivery_unit', 'PMDU');
    const ministry = await new CaseFixtures(t.db, t.clock).unit('MSDHS');
    const created = await pmdu.post('/api/cases', {
      kind: 'parliamentary_question',
      title: 'กระทู้ถามเรื่องศูนย์พักพิงคนไร้บ้าน',
      details: { askingMember: 'นายสมชาย รักษ์ดี', answeringUnitId: ministry.id, answerDeadline: '2026-12-05' },
      assignments: [{ targets: { unitIds: [ministry.id] }, role: 'lead' }],
    });
    expect(created.status).toBe(201);
    t.clock.advanceMs(2.5 * 24 * HOUR);
    expect(await sweepServiceLevels(t)).toEqual({ reminders: 1, escalations: 0 });
    t.clock.advanceMs(1 * 24 * HOUR);
    expect(await sweepServiceLevels(t)).toEqual({ reminders: 0, escalations: 1 });
    const centre = await t.as('delivery_unit', 'PMDU');
    const inbox = await centre.get('/api/inbox');
    expect(inbox.body.items.find((item: { case: { id: string } }) => item.case.id === created.body.case.id)).toMatchObject({
      waitingFor: 'escalation',
      escalation: { reason: 'acknowledge', level: 1 },
    });
  });
});
