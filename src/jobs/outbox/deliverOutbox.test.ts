import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelConfig } from '../../channelConfig.ts';
import type { Database } from '../../db/database.ts';
import { claimDueOutbox } from '../../db/queries/outboxDeliveryQueries.ts';
import { ManualClock } from '../../domain/clock.ts';
import { startLineApi, startSmtpServer } from '../../../test/support/channelServers.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { deliverOutbox, outboxLeaseMs } from './deliverOutbox.ts';
import { sendLineMessage } from './sendLineMessage.ts';

describe.each(testEngines())('outbox delivery (%s)', (engine) => {
  let db: Database;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let line: Awaited<ReturnType<typeof startLineApi>>;
  let config: ChannelConfig;
  const clock = new ManualClock('2026-03-02T02:00:00Z');

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    smtp = await startSmtpServer();
    line = await startLineApi();
    config = {
      smtpUrl: smtp.url,
      mailFrom: 'Tidtam <no-reply@tidtam.example>',
      lineApiBase: line.base,
      lineDataApiBase: line.base,
      lineChannelSecret: 'secret',
      lineChannelAccessToken: 'line-token',
    };
  });
  afterAll(async () => {
    await smtp.close();
    await line.close();
    await db.close();
  });
  beforeEach(async () => {
    await db.query('delete from outbox');
    smtp.mails.length = 0;
    line.calls.length = 0;
    line.delivered.length = 0;
  });

  async function enqueue(row: {
    channel: 'email' | 'line';
    recipient: string;
    subject?: string;
    body: string;
    payload?: object;
  }): Promise<number> {
    const result = await db.query<{ id: number }>(
      `insert into outbox (channel, recipient, kind, subject, body, payload, created_at, available_at)
       values ($1, $2, 'status_changed', $3, $4, $5, $6, $6) returning id::int as id`,
      [row.channel, row.recipient, row.subject ?? null, row.body, JSON.stringify(row.payload ?? {}), clock.now()],
    );
    return result.rows[0]!.id;
  }

  const state = async (id: number) =>
    (
      await db.query<{ attempts: number; sent_at: Date | null; last_error: string | null; available_at: Date }>(
        'select attempts, sent_at, last_error, available_at from outbox where id = $1',
        [id],
      )
    ).rows[0]!;

  it('sends e-mail through a real SMTP server and LINE pushes to the LINE API, and marks them sent', async () => {
    const mail = await enqueue({
      channel: 'email',
      recipient: 'somsri@example.com',
      subject: 'เรื่องของท่านคืบหน้า',
      body: 'สถานะ: กำลังดำเนินการ',
    });
    const push = await enqueue({ channel: 'line', recipient: 'U1234567890abcdef', body: 'เรื่อง TT-ABCD ได้รับแล้ว' });
    expect(await deliverOutbox({ db, clock }, { config })).toEqual({ sent: 2, failed: 0, waiting: 0 });

    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(['somsri@example.com']);
    expect(smtp.mails[0]!.raw).toContain(`Message-ID: <outbox-${mail}@tidtam.example>`);
    expect(line.delivered).toHaveLength(1);
    expect(line.delivered[0]!.path).toBe('/v2/bot/message/push');
    expect(line.delivered[0]!.headers.authorization).toBe('Bearer line-token');
    expect(line.delivered[0]!.body).toEqual({ to: 'U1234567890abcdef', messages: [{ type: 'text', text: 'เรื่อง TT-ABCD ได้รับแล้ว' }] });
    expect((await state(mail)).sent_at).toEqual(clock.now());
    expect((await state(push)).sent_at).toEqual(clock.now());

    expect(await deliverOutbox({ db, clock }, { config })).toEqual({ sent: 0, failed: 0, waiting: 0 });
    expect(smtp.mails).toHaveLength(1);
  });

  it('answers a webhook with its reply token first', async () => {
    await enqueue({ channel: 'line', recipient: 'Uabc', body: 'รหัสติดตาม TT-1', payload: { replyToken: 'r-1' } });
    await deliverOutbox({ db, clock }, { config });
    expect(line.delivered.map((c) => [c.path, c.body])).toEqual([
      ['/v2/bot/message/reply', { replyToken: 'r-1', messages: [{ type: 'text', text: 'รหัสติดตาม TT-1' }] }],
    ]);
  });

  it('retries a failed send with back-off, keeping the error', async () => {
    const id = await enqueue({ channel: 'line', recipient: 'Uabc', body: 'ทดสอบ' });
    line.state.failNext = 1;
    expect(await deliverOutbox({ db, clock }, { config })).toEqual({ sent: 0, failed: 1, waiting: 0 });
    const failed = await state(id);
    expect(failed).toMatchObject({ attempts: 1, sent_at: null });
    expect(failed.last_error).toMatch(/500/);
    expect(failed.available_at.getTime() - clock.now().getTime()).toBe(60_000);

    expect(await deliverOutbox({ db, clock }, { config })).toMatchObject({ sent: 0, failed: 0 });
    clock.set(new Date(clock.now().getTime() + 61_000));
    expect(await deliverOutbox({ db, clock }, { config })).toMatchObject({ sent: 1, failed: 0 });
    expect(await state(id)).toMatchObject({ attempts: 2, last_error: null });
    expect(line.delivered).toHaveLength(1);
  });

  it('leaves messages waiting, untouched, while their channel has no settings', async () => {
    const id = await enqueue({ channel: 'email', recipient: 'a@example.com', body: 'x' });
    expect(await deliverOutbox({ db, clock }, { config: { ...config, smtpUrl: undefined } })).toEqual({ sent: 0, failed: 0, waiting: 1 });
    expect(await state(id)).toMatchObject({ attempts: 0, sent_at: null });
  });

  it('never sends a message twice: not by two workers at once, not after a crash', async () => {
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => enqueue({ channel: 'line', recipient: `U${i}`, body: `ข้อความ ${i}` })),
    );
    const results = await Promise.all([
      deliverOutbox({ db, clock }, { config, limit: 3 }),
      deliverOutbox({ db, clock }, { config, limit: 3 }),
    ]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(12);
    expect(line.calls).toHaveLength(12);
    expect(new Set(line.delivered.map((c) => c.body.to)).size).toBe(12);

    // A worker claims a message, sends it, and dies before marking it sent.
    const crashed = await enqueue({ channel: 'line', recipient: 'Ucrash', body: 'ก่อนล่ม' });
    const now = clock.now();
    const [claimed] = await claimDueOutbox(db, {
      now,
      leaseUntil: new Date(now.getTime() + outboxLeaseMs),
      limit: 1,
      maxAttempts: 10,
      channels: ['line'],
    });
    expect(claimed!.id).toBe(crashed);
    await sendLineMessage(claimed!, { apiBase: line.base, accessToken: 'line-token' });
    // While its lease lasts, nobody else takes it.
    expect(await deliverOutbox({ db, clock }, { config })).toMatchObject({ sent: 0 });
    // After the lease the message is sent again with the same retry key: LINE refuses the repeat, so the citizen gets it once.
    clock.set(new Date(now.getTime() + outboxLeaseMs + 1000));
    expect(await deliverOutbox({ db, clock }, { config })).toMatchObject({ sent: 1, failed: 0 });
    const toCrashed = line.calls.filter((c) => c.body.to === 'Ucrash');
    expect(toCrashed).toHaveLength(2);
    expect(toCrashed[0]!.headers['x-line-retry-key']).toBe(toCrashed[1]!.headers['x-line-retry-key']);
    expect(line.delivered.filter((c) => c.body.to === 'Ucrash')).toHaveLength(1);
    expect((await state(crashed)).sent_at).not.toBeNull();
    expect(ids).toHaveLength(12);
  });
});
