import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { ManualClock } from '../../domain/clock.ts';
import type { FilingInput } from '../../domain/infoRequests/validateFiling.ts';
import { createStaff, unitByCode } from '../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { fileInfoRequest } from './fileInfoRequest.ts';

describe.each(testEngines())('fileInfoRequest (%s)', (engine) => {
  let db: Database;
  let agencyId: string;
  const clock = new ManualClock(new Date('2026-12-07T03:00:00Z'));
  const request = (overrides: Partial<FilingInput> = {}): FilingInput => ({
    channel: 'web',
    agencyUnitId: agencyId,
    title: 'สัญญาจ้างซ่อมถนนปี 2569',
    body: 'ขอสำเนาสัญญาจ้างซ่อมถนนสายหลักของกรมในปีงบประมาณ 2569 พร้อมรายงานการตรวจรับงาน',
    formWanted: 'copy',
    requester: { name: 'สมหญิง ใจดี', email: 'somying@example.com' },
    publishConsent: true,
    ...overrides,
  });

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    agencyId = (await unitByCode(db, 'MOF')).id;
  });
  afterAll(() => db.close());

  it('files the case, its row, the contact apart and the lead assignment, with their events, in one transaction', async () => {
    const filed = await fileInfoRequest({ db, clock, actor: null }, request());
    expect(filed.ref).toMatch(/^OIA-2569-\d{6}$/);
    expect(filed.trackingCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const row = await db.query<{ kind: string; owner_unit_id: string; state: string; form_wanted: string; due_at: Date | null }>(
      `select c.kind, c.owner_unit_id, r.state, r.form_wanted, r.due_at
         from cases c join info_requests r on r.case_id = c.id where c.id = $1`,
      [filed.id],
    );
    expect(row.rows[0]).toMatchObject({ kind: 'info_request', owner_unit_id: agencyId, state: 'awaiting_response', form_wanted: 'copy' });
    expect(row.rows[0]!.due_at!.getTime()).toBeGreaterThan(clock.now().getTime());
    const contact = await db.query<{ name: string; email: string }>('select name, email from complainant_contacts where case_id = $1', [
      filed.id,
    ]);
    expect(contact.rows).toEqual([{ name: 'สมหญิง ใจดี', email: 'somying@example.com' }]);
    const caseText = await db.query<{ title: string; body: string }>('select title, body from cases where id = $1', [filed.id]);
    expect(JSON.stringify(caseText.rows)).not.toContain('สมหญิง');
    const assignments = await db.query<{ unit_id: string; role: string; status: string }>(
      'select unit_id, role, status from assignments where case_id = $1',
      [filed.id],
    );
    expect(assignments.rows).toEqual([{ unit_id: agencyId, role: 'lead', status: 'sent' }]);
    const events = await db.query<{ type: string }>('select type from case_events where case_id = $1 order by id', [filed.id]);
    // The receipt to the requester reads their contact, and that read is recorded like every other.
    expect(events.rows.map((e) => e.type)).toEqual(['created', 'assigned', 'contact_read']);
  });

  it('refuses a request without a name or a way to reply, saying why, and writes nothing', async () => {
    const before = await db.query<{ n: number }>(`select count(*)::int as n from cases where kind = 'info_request'`);
    await expect(fileInfoRequest({ db, clock, actor: null }, request({ requester: null }))).rejects.toMatchObject({
      code: 'requester_identity_required',
    });
    await expect(fileInfoRequest({ db, clock, actor: null }, request({ requester: { name: 'สมชาย' } }))).rejects.toMatchObject({
      code: 'requester_identity_required',
      fields: [{ path: '/requester' }],
    });
    const after = await db.query<{ n: number }>(`select count(*)::int as n from cases where kind = 'info_request'`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('reports every bad field at once, and refuses an unknown agency', async () => {
    await expect(
      fileInfoRequest({ db, clock, actor: null }, request({ title: 'ก', body: 'สั้น', requester: { name: 'ก', email: 'not-an-email' } })),
    ).rejects.toMatchObject({ code: 'validation_failed', fields: [{ path: '/title' }, { path: '/body' }, { path: '/requester/email' }] });
    await expect(
      fileInfoRequest({ db, clock, actor: null }, request({ agencyUnitId: '00000000-0000-4000-8000-000000000000' })),
    ).rejects.toMatchObject({ code: 'validation_failed', fields: [{ path: '/agencyUnitId' }] });
  });

  it('lets an operator file a call for the caller, but not an administrator, and not the public by another channel', async () => {
    const operator = await createStaff(db, { role: 'operator', unitCode: 'OPM-1111' });
    const admin = await createStaff(db, { role: 'admin', unitCode: 'OPM-1111' });
    const filed = await fileInfoRequest(
      { db, clock, actor: operator.actor },
      request({ channel: 'hotline', requester: { name: 'ผู้โทร', phone: '0812345678' } }),
    );
    const created = await db.query<{ created_by: string }>('select created_by from cases where id = $1', [filed.id]);
    expect(created.rows[0]!.created_by).toBe(operator.actor.userId);
    await expect(fileInfoRequest({ db, clock, actor: admin.actor }, request())).rejects.toMatchObject({ code: 'forbidden' });
    await expect(fileInfoRequest({ db, clock, actor: null }, request({ channel: 'hotline' }))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
