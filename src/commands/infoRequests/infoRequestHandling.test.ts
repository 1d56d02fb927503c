import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { ManualClock } from '../../domain/clock.ts';
import { createStaff, unitByCode, type TestStaff } from '../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { transitionAssignment } from '../assignments/transitionAssignment.ts';
import { answerClarification, askClarification } from './clarifyInfoRequest.ts';
import { fileInfoRequest } from './fileInfoRequest.ts';
import { readInfoRequest, readRequester } from './readInfoRequest.ts';
import { trackInfoRequest } from './trackInfoRequest.ts';
import { transferInfoRequest } from './transferInfoRequest.ts';
import { withdrawInfoRequest } from './withdrawInfoRequest.ts';

const DAY = 24 * 60 * 60 * 1000;

describe.each(testEngines())('handling an information request (%s)', (engine) => {
  let db: Database;
  const clock = new ManualClock(new Date('2026-12-07T03:00:00Z'));
  let chiangMai: TestStaff;
  let lampang: TestStaff;
  let finance: TestStaff;
  let oic: TestStaff;
  let chiangMaiId: string;
  let financeId: string;

  const file = async () =>
    fileInfoRequest(
      { db, clock, actor: null },
      {
        channel: 'web',
        agencyUnitId: chiangMaiId,
        title: 'งบประมาณซ่อมถนนปี 2569',
        body: 'ขอสำเนารายงานการใช้งบประมาณซ่อมถนนของจังหวัดในปีงบประมาณ 2569 ทั้งหมด',
        formWanted: 'copy',
        requester: { name: 'สมหญิง ใจดี', email: 'somying@example.com', address: '1 ถนนนิมมานเหมินท์ เชียงใหม่' },
        publishConsent: true,
      },
    );
  const row = async (caseId: string) =>
    (
      await db.query<{ state: string; agency_unit_id: string; due_at: Date; long_overdue_at: Date; clarification_since: Date | null }>(
        'select state, agency_unit_id, due_at, long_overdue_at, clarification_since from info_requests where case_id = $1',
        [caseId],
      )
    ).rows[0]!;
  const assignments = async (caseId: string) =>
    (
      await db.query<{ id: string; unit_id: string; status: string; paused_at: Date | null; paused_ms: string }>(
        'select id, unit_id, status, paused_at, paused_ms from assignments where case_id = $1 order by created_at',
        [caseId],
      )
    ).rows;
  const outbox = async (caseId: string) =>
    (await db.query<{ kind: string; body: string }>('select kind, body from outbox where case_id = $1 order by id', [caseId])).rows;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    chiangMai = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    lampang = await createStaff(db, { role: 'officer', unitCode: 'PH-52' });
    finance = await createStaff(db, { role: 'officer', unitCode: 'MOF' });
    oic = await createStaff(db, { role: 'officer', unitCode: 'OIC' });
    chiangMaiId = (await unitByCode(db, 'PH-50')).id;
    financeId = (await unitByCode(db, 'MOF')).id;
  });
  afterAll(() => db.close());

  it('tells the requester on filing, with the tracking code', async () => {
    const filed = await file();
    const messages = await outbox(filed.id);
    expect(messages.map((m) => m.kind)).toEqual(['info_request_received']);
    expect(messages[0]!.body).toContain(filed.trackingCode);
  });

  it('transfers to another agency with a reason: new lead and deadline, owner moved, requester told; acknowledging resumes', async () => {
    const filed = await file();
    clock.advanceDays(2);
    const before = await row(filed.id);
    await transferInfoRequest({ db, clock, actor: chiangMai.actor }, filed.id, {
      toUnitId: financeId,
      reason: 'ข้อมูลนี้อยู่ที่กระทรวงการคลัง',
    });
    const after = await row(filed.id);
    expect(after).toMatchObject({ state: 'transferred', agency_unit_id: financeId });
    expect(after.due_at.getTime()).toBeGreaterThan(before.due_at.getTime());
    const owner = await db.query<{ owner_unit_id: string }>('select owner_unit_id from cases where id = $1', [filed.id]);
    expect(owner.rows[0]!.owner_unit_id).toBe(financeId);
    const leads = await assignments(filed.id);
    expect(leads.map((a) => [a.unit_id, a.status])).toEqual([
      [chiangMaiId, 'returned'],
      [financeId, 'sent'],
    ]);
    const transfers = await db.query<{ reason: string }>('select reason from info_request_transfers where case_id = $1', [filed.id]);
    expect(transfers.rows).toEqual([{ reason: 'ข้อมูลนี้อยู่ที่กระทรวงการคลัง' }]);
    const events = await db.query<{ type: string }>(
      `select type from case_events where case_id = $1 and type = 'info_request_transferred'`,
      [filed.id],
    );
    expect(events.rows).toHaveLength(1);
    expect((await outbox(filed.id)).map((m) => m.kind)).toContain('info_request_transferred');
    const tracked = await trackInfoRequest({ db, clock }, filed.trackingCode);
    expect(tracked.displayState).toBe('transferred');
    expect(tracked.transfers[0]!.reason).toBe('ข้อมูลนี้อยู่ที่กระทรวงการคลัง');
    // The old agency no longer acts on it; the new one acknowledges through the ordinary assignment action.
    await expect(
      transferInfoRequest({ db, clock, actor: chiangMai.actor }, filed.id, { toUnitId: chiangMaiId, reason: 'กลับมา' }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^(forbidden|not_found)$/) });
    await transitionAssignment({ db, clock, actor: finance.actor }, leads[1]!.id, 'acknowledge', {});
    expect((await row(filed.id)).state).toBe('awaiting_response');
  });

  it('refuses a transfer to the same agency, without a reason, by an outsider, and after withdrawal', async () => {
    const filed = await file();
    await expect(
      transferInfoRequest({ db, clock, actor: chiangMai.actor }, filed.id, { toUnitId: chiangMaiId, reason: 'ส่งให้ตัวเอง' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      transferInfoRequest({ db, clock, actor: chiangMai.actor }, filed.id, { toUnitId: financeId, reason: '  ' }),
    ).rejects.toMatchObject({ code: 'validation_failed', fields: [{ path: '/reason' }] });
    await expect(
      transferInfoRequest({ db, clock, actor: lampang.actor }, filed.id, { toUnitId: financeId, reason: 'ไม่ใช่ของเรา' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await withdrawInfoRequest({ db, clock }, filed.trackingCode);
    await expect(
      transferInfoRequest({ db, clock, actor: chiangMai.actor }, filed.id, { toUnitId: financeId, reason: 'ส่งต่อ' }),
    ).rejects.toMatchObject({ code: 'invalid_transition' });
    expect(await db.query('select 1 from info_request_transfers where case_id = $1', [filed.id])).toMatchObject({ rows: [] });
  });

  it('pauses the clock while the requester clarifies and moves every deadline later by the paused time', async () => {
    const filed = await file();
    const before = await row(filed.id);
    await askClarification({ db, clock, actor: chiangMai.actor }, filed.id, { question: 'ต้องการของอำเภอใดบ้าง' });
    const asked = await row(filed.id);
    expect(asked.state).toBe('clarification_needed');
    expect(asked.clarification_since).toEqual(clock.now());
    expect((await assignments(filed.id))[0]!.paused_at).toEqual(clock.now());
    expect((await trackInfoRequest({ db, clock }, filed.trackingCode)).clarificationQuestion).toBe('ต้องการของอำเภอใดบ้าง');
    // Long past the deadline while waiting: never overdue, since the clock stands still.
    clock.advanceDays(40);
    expect((await trackInfoRequest({ db, clock }, filed.trackingCode)).displayState).toBe('clarification_needed');
    await answerClarification({ db, clock }, filed.trackingCode, { answer: 'อำเภอเมืองและอำเภอแม่ริม' });
    const resumed = await row(filed.id);
    expect(resumed.state).toBe('awaiting_response');
    expect(resumed.clarification_since).toBeNull();
    expect(resumed.due_at.getTime() - before.due_at.getTime()).toBe(40 * DAY);
    expect(resumed.long_overdue_at.getTime() - before.long_overdue_at.getTime()).toBe(40 * DAY);
    const lead = (await assignments(filed.id))[0]!;
    expect(lead.paused_at).toBeNull();
    expect(Number(lead.paused_ms)).toBe(40 * DAY);
    await expect(answerClarification({ db, clock }, filed.trackingCode, { answer: 'อีกครั้ง' })).rejects.toMatchObject({
      code: 'invalid_transition',
    });
    expect((await outbox(filed.id)).map((m) => m.kind)).toContain('info_request_clarification');
  });

  it('lets the requester withdraw: state withdrawn, case and assignments closed, told once; not twice', async () => {
    const filed = await file();
    await withdrawInfoRequest({ db, clock }, filed.trackingCode);
    expect((await row(filed.id)).state).toBe('withdrawn');
    const kase = await db.query<{ status: string }>('select status from cases where id = $1', [filed.id]);
    expect(kase.rows[0]!.status).toBe('closed');
    expect((await assignments(filed.id)).every((a) => a.status === 'returned')).toBe(true);
    expect((await outbox(filed.id)).map((m) => m.kind)).toContain('info_request_withdrawn');
    await expect(withdrawInfoRequest({ db, clock }, filed.trackingCode)).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(withdrawInfoRequest({ db, clock }, 'AAAA-BBBB-CCCC')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('records every read of the requester, and only the handling agency reads it; the Commission reads the request', async () => {
    const filed = await file();
    const reads = async () =>
      (
        await db.query<{ n: number }>(
          'select count(*)::int as n from complainant_contact_reads where case_id = $1 and user_id is not null',
          [filed.id],
        )
      ).rows[0]!.n;
    const contacts = await readRequester({ db, clock, actor: chiangMai.actor }, filed.id);
    expect(contacts[0]).toMatchObject({ name: 'สมหญิง ใจดี', email: 'somying@example.com', address: '1 ถนนนิมมานเหมินท์ เชียงใหม่' });
    expect(await reads()).toBe(1);
    const logged = await db.query<{ n: number }>(
      `select count(*)::int as n from case_events where case_id = $1 and type = 'contact_read' and actor_user_id = $2`,
      [filed.id, chiangMai.actor.userId],
    );
    expect(logged.rows[0]!.n).toBe(1);
    await expect(readRequester({ db, clock, actor: oic.actor }, filed.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(readRequester({ db, clock, actor: lampang.actor }, filed.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await reads()).toBe(1);
    const read = await readInfoRequest({ db, clock, actor: oic.actor }, filed.id);
    expect(read.allowedActions).toEqual([]);
    expect(JSON.stringify(read)).not.toContain('สมหญิง');
    const own = await readInfoRequest({ db, clock, actor: chiangMai.actor }, filed.id);
    expect(own.allowedActions).toEqual(['transfer', 'clarify', 'read_requester', 'answer']);
  });
});
