import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadChannelConfig, type ChannelConfig } from '../../channelConfig.ts';
import { transitionAssignment } from '../../commands/assignments/transitionAssignment.ts';
import { createComplaint, type ComplaintIntake } from '../../commands/complaints/createComplaint.ts';
import type { Database } from '../../db/database.ts';
import { ManualClock } from '../../domain/clock.ts';
import { startSmsGateway } from '../../../test/support/channelServers.ts';
import { createStaff } from '../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { deliverOutbox, outboxMaxAttempts } from './deliverOutbox.ts';

/** Issue 13, item 3: a 1111 caller who gave only a mobile number hears of their complaint by SMS. */
describe.each(testEngines())('SMS to phone-only complainants (%s)', (engine) => {
  let db: Database;
  let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
  let config: ChannelConfig;
  const clock = new ManualClock('2026-03-02T02:00:00Z');
  let subdistrict: string;

  const hotline = (complainant: ComplaintIntake['complainant']): ComplaintIntake => ({
    channel: 'hotline',
    categoryCode: 'street_lights',
    description: 'ไฟส่องสว่างดับทั้งซอย กลางคืนมืดมาก ผู้แจ้งโทรผ่านสายด่วน 1111',
    areaCode: subdistrict,
    location: null,
    complainant,
  });

  const outboxOf = async (caseId: string) =>
    (
      await db.query<{
        id: number;
        channel: string;
        recipient: string;
        kind: string;
        body: string;
        attempts: number;
        sent_at: Date | null;
        last_error: string | null;
      }>('select id::int as id, channel, recipient, kind, body, attempts, sent_at, last_error from outbox where case_id = $1 order by id', [
        caseId,
      ])
    ).rows;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    gateway = await startSmsGateway({ token: 'sms-token' });
    config = loadChannelConfig({ SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: 'sms-token', SMS_SENDER: 'GovTH1111' });
    const row = await db.query<{ code: string }>(
      `select code from areas where level = 'subdistrict' and parent_code = '1030' order by code limit 1`,
    );
    subdistrict = row.rows[0]!.code;
  });
  afterAll(async () => {
    await gateway.close();
    await db.close();
  });
  beforeEach(async () => {
    await db.query('delete from outbox');
    gateway.calls.length = 0;
    gateway.delivered.length = 0;
  });

  it('texts the receipt and each status change to the number in E.164, retrying a gateway failure with back-off', async () => {
    const created = await createComplaint({ db, clock, actor: null }, hotline({ name: 'สมศรี', phone: '081-234-5678' }));
    const [receipt] = await outboxOf(created.caseId);
    expect(receipt).toMatchObject({ channel: 'sms', recipient: '+66812345678', kind: 'acknowledged_receipt' });
    expect(receipt!.body).toContain(created.trackingCode);
    expect(receipt!.body.length).toBeLessThanOrEqual(134);

    expect(await deliverOutbox({ db, clock }, { config })).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(gateway.delivered.map((c) => c.body)).toEqual([{ to: '+66812345678', from: 'GovTH1111', text: receipt!.body }]);
    expect(gateway.delivered[0]!.headers.authorization).toBe('Bearer sms-token');

    // The district office acknowledges: the status message goes by SMS too, and reading the number is logged.
    const assignment = await db.query<{ id: string; code: string }>(
      'select a.id, u.code from assignments a join units u on u.id = a.unit_id where a.case_id = $1',
      [created.caseId],
    );
    const office = await createStaff(db, { role: 'officer', unitCode: assignment.rows[0]!.code });
    await transitionAssignment({ db, clock, actor: office.actor }, assignment.rows[0]!.id, 'acknowledge', {});
    const status = (await outboxOf(created.caseId)).find((r) => r.kind === 'status_changed')!;
    expect(status).toMatchObject({ channel: 'sms', recipient: '+66812345678' });
    expect(status.body).toContain(created.trackingCode);
    expect(status.body).not.toContain('Your complaint');
    const reads = await db.query<{ purpose: string }>('select purpose from complainant_contact_reads where case_id = $1', [created.caseId]);
    expect(reads.rows.map((r) => r.purpose)).toEqual(['notification:status_changed']);

    // The gateway is down once: the message waits a minute, then goes.
    gateway.state.failNext = 1;
    expect(await deliverOutbox({ db, clock }, { config })).toEqual({ sent: 0, failed: 1, waiting: 0 });
    const failed = (await outboxOf(created.caseId)).find((r) => r.id === status.id)!;
    expect(failed).toMatchObject({ attempts: 1, sent_at: null });
    expect(failed.last_error).toContain('503');
    expect(failed.last_error).not.toContain('812345678');
    expect(await deliverOutbox({ db, clock }, { config })).toMatchObject({ sent: 0, failed: 0 });
    clock.set(new Date(clock.now().getTime() + 61_000));
    expect(await deliverOutbox({ db, clock }, { config })).toMatchObject({ sent: 1, failed: 0 });
    expect(gateway.delivered.map((c) => c.body.text)).toEqual([receipt!.body, status.body]);
  });

  it('texts only callers with a mobile number and no e-mail or LINE', async () => {
    const landline = await createComplaint({ db, clock, actor: null }, hotline({ phone: '02 123 4567' }));
    const withEmail = await createComplaint({ db, clock, actor: null }, hotline({ phone: '0891234567', email: 'a@example.com' }));
    expect((await outboxOf(landline.caseId)).map((r) => r.channel)).toEqual([]);
    expect((await outboxOf(withEmail.caseId)).map((r) => r.channel)).toEqual(['email']);
  });

  it('gives up on a message the gateway refuses for good, keeping the error with the number masked', async () => {
    const created = await createComplaint({ db, clock, actor: null }, hotline({ phone: '0612345678' }));
    gateway.state.refuseNext = 1;
    expect(await deliverOutbox({ db, clock }, { config })).toEqual({ sent: 0, failed: 1, waiting: 0 });
    const [row] = await outboxOf(created.caseId);
    expect(row).toMatchObject({ attempts: outboxMaxAttempts, sent_at: null });
    expect(row!.last_error).toContain('400');
    expect(row!.last_error).toContain('+66••••••678');
    expect(row!.last_error).not.toContain('612345678');
    clock.set(new Date(clock.now().getTime() + 24 * 3600_000));
    expect(await deliverOutbox({ db, clock }, { config })).toEqual({ sent: 0, failed: 0, waiting: 0 });
  });

  it('leaves SMS waiting while no gateway is set, and retries a wrong token instead of dropping the message', async () => {
    const created = await createComplaint({ db, clock, actor: null }, hotline({ phone: '0812223333' }));
    expect(await deliverOutbox({ db, clock }, { config: loadChannelConfig({}) })).toEqual({ sent: 0, failed: 0, waiting: 1 });
    expect((await outboxOf(created.caseId))[0]).toMatchObject({ attempts: 0 });
    expect(await deliverOutbox({ db, clock }, { config: { ...config, smsGatewayToken: 'wrong' } })).toEqual({
      sent: 0,
      failed: 1,
      waiting: 0,
    });
    expect((await outboxOf(created.caseId))[0]).toMatchObject({ attempts: 1, sent_at: null });
  });
});
