import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLineBody } from '../../../domain/channels/lineSignature.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { deliverOutbox } from '../../../jobs/outbox/deliverOutbox.ts';
import { startLineApi } from '../../../../test/support/channelServers.ts';
import { startTestApp, testChannels, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/** A 1×1 JPEG, as LINE's content API would hand it over. */
const jpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

describe.each(testEngines())('LINE Official Account webhook (%s)', (engine) => {
  let t: TestApp;
  let line: Awaited<ReturnType<typeof startLineApi>>;
  const secret = 'line-channel-secret';
  beforeAll(async () => {
    line = await startLineApi({ images: { img1: jpeg } });
    t = await startTestApp({
      engine,
      clock: new ManualClock('2026-03-02T02:00:00Z'),
      channels: {
        ...testChannels,
        lineChannelSecret: secret,
        lineChannelAccessToken: 'token',
        lineApiBase: line.base,
        lineDataApiBase: line.base,
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await line.close();
  });

  /** LINE user ids are U and 32 hex digits. */
  const lineUser = (n: number) => `U${n.toString(16).padStart(32, '0')}`;
  let eventNumber = 0;
  const event = (userId: string, message: object, id = `01HEVENT${++eventNumber}`) => ({
    type: 'message',
    mode: 'active',
    timestamp: 1_700_000_000_000,
    source: { type: 'user', userId },
    webhookEventId: id,
    deliveryContext: { isRedelivery: false },
    replyToken: `reply-${id}`,
    message: { id: `m${eventNumber}`, quoteToken: 'q', ...message },
  });
  const send = async (events: object[], sign: (body: string) => string = (body) => signLineBody(body, secret)) => {
    const body = JSON.stringify({ destination: 'Ubot', events });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/channels/line/webhook',
      headers: { 'content-type': 'application/json', 'x-line-signature': sign(body) },
      payload: body,
    });
    return { status: response.statusCode, body: JSON.parse(response.body) };
  };
  const snapshot = async () => {
    const tables = ['cases', 'complaints', 'outbox', 'line_webhook_events', 'line_conversations', 'attachments', 'case_events'];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
    return counts;
  };

  it('turns text, an image and a location into a complaint, and replies with its tracking code through the outbox', async () => {
    const user = lineUser(1);
    const first = await send([event(user, { type: 'text', text: 'ไฟส่องสว่างในซอยดับหมดทั้งซอย มืดและอันตรายมาก' })]);
    expect(first).toEqual({ status: 200, body: { ok: true, handled: 1 } });
    await send([event(user, { type: 'image', id: 'img1', contentProvider: { type: 'line' } })]);
    const located = event(user, {
      type: 'location',
      title: 'ซอยจุฬา',
      address: 'ปทุมวัน กรุงเทพมหานคร',
      latitude: 13.7455,
      longitude: 100.534,
    });
    expect((await send([located])).body).toEqual({ ok: true, handled: 1 });

    const complaint = (
      await t.db.query<{ tracking_code: string; channel: string; category_code: string; area_code: string; case_id: string }>(
        `select tracking_code, channel, category_code, area_code, case_id from complaints where channel = 'line'`,
      )
    ).rows;
    expect(complaint).toHaveLength(1);
    expect(complaint[0]).toMatchObject({ channel: 'line', category_code: 'street_lights', area_code: '1007' });
    const photos = await t.db.query(`select 1 from attachments where case_id = $1`, [complaint[0]!.case_id]);
    expect(photos.rows).toHaveLength(1);

    // Before the complaint was complete, each message was answered with what is still missing.
    const prompts = await t.db.query(`select 1 from outbox where recipient = $1 and case_id is null`, [user]);
    expect(prompts.rows).toHaveLength(2);
    // Then one message with the tracking code, as the reply to the location message.
    const replies = await t.db.query<{ channel: string; body: string; payload: { replyToken?: string } }>(
      `select channel, body, payload from outbox where case_id = $1`,
      [complaint[0]!.case_id],
    );
    expect(replies.rows).toHaveLength(1);
    expect(replies.rows[0]!.channel).toBe('line');
    expect(replies.rows[0]!.body).toContain(complaint[0]!.tracking_code);
    expect(replies.rows[0]!.payload.replyToken).toBe(located.replyToken);

    await deliverOutbox(t, { config: { ...testChannels, lineChannelAccessToken: 'token', lineApiBase: line.base } });
    const replied = line.delivered.find((call) => call.body.replyToken === located.replyToken);
    expect(replied?.body.messages[0].text).toContain(complaint[0]!.tracking_code);
  });

  it('handles a redelivered event once', async () => {
    const user = lineUser(2);
    const text = event(user, { type: 'text', text: 'ขยะล้นถังหน้าปากซอย ส่งกลิ่นเหม็น' });
    const place = event(user, { type: 'location', address: 'ปทุมวัน', latitude: 13.7455, longitude: 100.534 });
    await send([text, place]);
    const before = await snapshot();
    const again = await send([text, { ...place, deliveryContext: { isRedelivery: true } }]);
    expect(again.body.handled).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a wrongly signed webhook with 401 and changes nothing', async () => {
    const before = await snapshot();
    const user = lineUser(3);
    const events = [event(user, { type: 'text', text: 'ปลอม' }), event(user, { type: 'location', latitude: 13.7, longitude: 100.5 })];
    expect((await send(events, () => signLineBody('something else', secret))).status).toBe(401);
    expect((await send(events, (body) => signLineBody(body, 'another secret'))).status).toBe(401);
    expect((await send(events, () => '')).status).toBe(400);
    const unsigned = await t.app.inject({ method: 'POST', url: '/api/channels/line/webhook', payload: { destination: 'U', events } });
    expect(unsigned.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});
