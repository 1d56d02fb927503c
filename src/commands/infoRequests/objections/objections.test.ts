import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/database.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { extendedComplaintDue } from '../../../domain/infoRequests/objectionClocks.ts';
import { createStaff, unitByCode, type TestStaff } from '../../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../../test/support/testDatabase.ts';
import { answerInfoRequest } from '../answerInfoRequest.ts';
import { fileInfoRequest } from '../fileInfoRequest.ts';
import { decideObjection } from './decideObjection.ts';
import { fileObjection, withdrawObjection } from './fileObjection.ts';
import { listObjections, readObjectionWays } from './listObjections.ts';

describe.each(testEngines())('objections to information requests (%s)', (engine) => {
  let db: Database;
  let officer: TestStaff;
  let oic: TestStaff;
  const clock = new ManualClock(new Date('2026-12-07T03:00:00Z'));
  const ctx = () => ({ db, clock });

  const file = async () => {
    const agency = await unitByCode(db, 'PH-50');
    return fileInfoRequest(
      { db, clock, actor: null },
      {
        channel: 'web',
        agencyUnitId: agency.id,
        title: 'บันทึกการประชุม',
        body: 'ขอสำเนาบันทึกการประชุมคณะกรรมการจัดซื้อ',
        formWanted: 'copy',
        requester: { name: 'สมชาย ใจกล้า', phone: '0812345678' },
        publishConsent: false,
      },
    );
  };
  const refuse = async (caseId: string) =>
    answerInfoRequest({ db, clock, actor: officer.actor }, caseId, { outcome: 'refused', message: 'ไม่อาจเปิดเผย', groundCodes: ['s15_3'] });

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    officer = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    oic = await createStaff(db, { role: 'officer', unitCode: 'OIC' });
  });
  afterAll(() => db.close());

  it('refuses an appeal after its deadline, saying what is left, and takes one before it', async () => {
    clock.set('2026-12-07T03:00:00Z');
    const late = await file();
    await refuse(late.id);
    clock.set('2026-12-23T00:00:00Z');
    await expect(fileObjection(ctx(), late.trackingCode, { kind: 'appeal', reason: 'ขอให้ทบทวน' })).rejects.toMatchObject({
      code: 'appeal_deadline_passed',
    });
    clock.set('2026-12-07T03:00:00Z');
    const timely = await file();
    await refuse(timely.id);
    clock.set('2026-12-22T16:00:00Z');
    const appeal = await fileObjection(ctx(), timely.trackingCode, { kind: 'appeal', reason: 'ข้อมูลนี้ไม่ใช่ความเห็นภายใน' });
    expect(appeal.dueAt.getTime()).toBeGreaterThan(clock.now().getTime());
    const ways = await readObjectionWays(ctx(), timely.trackingCode);
    expect(ways.ways.appeal).toMatchObject({ open: false, reason: 'already_open' });
    const events = await db.query<{ type: string }>(
      `select type from case_events where case_id = $1 and type like 'info_request_objection%'`,
      [timely.id],
    );
    expect(events.rows).toEqual([{ type: 'info_request_objection_filed' }]);
  });

  it('refuses a complaint of delay before the request is overdue, and takes it after', async () => {
    clock.set('2026-12-07T03:00:00Z');
    const filed = await file();
    await expect(fileObjection(ctx(), filed.trackingCode, { kind: 'oic_complaint', reason: 'ล่าช้า' })).rejects.toMatchObject({
      code: 'objection_not_available',
    });
    await expect(fileObjection(ctx(), filed.trackingCode, { kind: 'appeal', reason: 'อุทธรณ์' })).rejects.toMatchObject({
      code: 'objection_not_available',
    });
    clock.set(new Date(filed.dueAt!.getTime() + 60_000));
    const complaint = await fileObjection(ctx(), filed.trackingCode, { kind: 'oic_complaint', reason: 'พ้นกำหนดแล้วยังไม่ได้คำตอบ' });
    const row = await db.query<{ status: string; kind: string; answer_id: string | null }>(
      'select status, kind, answer_id from info_request_objections where id = $1',
      [complaint.id],
    );
    expect(row.rows[0]).toEqual({ status: 'open', kind: 'oic_complaint', answer_id: null });
  });

  it('extends a complaint once to 60 days, then decides it, each time telling the requester', async () => {
    clock.set('2026-12-07T03:00:00Z');
    const filed = await file();
    clock.set(new Date(filed.dueAt!.getTime() + 60_000));
    const complaint = await fileObjection(ctx(), filed.trackingCode, { kind: 'oic_complaint', reason: 'ล่าช้า' });
    const filedAt = clock.now();
    const extended = await decideObjection({ db, clock, actor: oic.actor }, complaint.id, {
      decision: 'extended',
      note: 'รอคำชี้แจงจากหน่วยงาน',
    });
    expect(extended).toEqual({ status: 'open', dueAt: extendedComplaintDue(filedAt), reopened: false });
    await expect(decideObjection({ db, clock, actor: oic.actor }, complaint.id, { decision: 'extended' })).rejects.toMatchObject({
      code: 'objection_already_extended',
    });
    await expect(decideObjection({ db, clock, actor: oic.actor }, complaint.id, { decision: 'upheld' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    const decided = await decideObjection({ db, clock, actor: oic.actor }, complaint.id, { decision: 'agency_ordered_to_answer' });
    expect(decided.status).toBe('decided');
    const row = await db.query<{ status: string; decision: string; extended_at: Date | null }>(
      'select status, decision, extended_at from info_request_objections where id = $1',
      [complaint.id],
    );
    expect(row.rows[0]).toMatchObject({ status: 'decided', decision: 'agency_ordered_to_answer' });
    expect(row.rows[0]!.extended_at).not.toBeNull();
    const sms = await db.query<{ channel: string; kind: string }>(
      `select channel, kind from outbox where case_id = $1 and kind like 'info_request_objection%' order by id`,
      [filed.id],
    );
    expect(sms.rows).toEqual([
      { channel: 'sms', kind: 'info_request_objection_decided' },
      { channel: 'sms', kind: 'info_request_objection_decided' },
    ]);
    await expect(decideObjection({ db, clock, actor: oic.actor }, complaint.id, { decision: 'no_fault' })).rejects.toMatchObject({
      code: 'objection_not_open',
    });
  });

  it('sends the request back to the agency when an appeal is overturned: lead reopened, awaiting response, new deadline', async () => {
    clock.set('2026-12-07T03:00:00Z');
    const filed = await file();
    await refuse(filed.id);
    clock.advanceDays(3);
    const appeal = await fileObjection(ctx(), filed.trackingCode, { kind: 'appeal', reason: 'ขอให้เปิดเผย' });
    await expect(decideObjection({ db, clock, actor: officer.actor }, appeal.id, { decision: 'overturned' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const listed = await listObjections({ db, clock, actor: oic.actor }, { status: 'open', limit: 50, offset: 0 });
    expect(listed.items.some((item) => item.id === appeal.id)).toBe(true);
    clock.advanceDays(10);
    const decided = await decideObjection({ db, clock, actor: oic.actor }, appeal.id, { decision: 'overturned', note: 'ให้เปิดเผย' });
    expect(decided.reopened).toBe(true);
    const request = await db.query<{ state: string; answered_at: Date | null; due_at: Date }>(
      'select state, answered_at, due_at from info_requests where case_id = $1',
      [filed.id],
    );
    expect(request.rows[0]).toMatchObject({ state: 'awaiting_response', answered_at: null });
    expect(request.rows[0]!.due_at.getTime()).toBeGreaterThan(clock.now().getTime());
    const lead = await db.query<{ status: string; due_at: Date }>(
      `select status, due_at from assignments where case_id = $1 and role = 'lead'`,
      [filed.id],
    );
    expect(lead.rows[0]).toEqual({ status: 'in_progress', due_at: request.rows[0]!.due_at });
    // The agency answers again, which it could not before the decision.
    const again = await answerInfoRequest({ db, clock, actor: officer.actor }, filed.id, { outcome: 'not_held', message: 'ไม่มีข้อมูลแล้ว' });
    expect(again.answerId).toBeTruthy();
  });

  it('lets the requester withdraw an open objection, and only theirs', async () => {
    clock.set('2026-12-07T03:00:00Z');
    const filed = await file();
    const other = await file();
    await refuse(filed.id);
    const appeal = await fileObjection(ctx(), filed.trackingCode, { kind: 'appeal', reason: 'อุทธรณ์' });
    await expect(withdrawObjection(ctx(), other.trackingCode, appeal.id)).rejects.toMatchObject({ code: 'not_found' });
    await withdrawObjection(ctx(), filed.trackingCode, appeal.id);
    await expect(withdrawObjection(ctx(), filed.trackingCode, appeal.id)).rejects.toMatchObject({ code: 'objection_not_open' });
    expect((await readObjectionWays(ctx(), filed.trackingCode)).ways.appeal.open).toBe(true);
  });

  it('keeps the list to the Commission office and the national roles', async () => {
    await expect(listObjections({ db, clock, actor: officer.actor }, { status: 'open', limit: 5, offset: 0 })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
