import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpen311ApiKey } from '../../../commands/channels/createOpen311ApiKey.ts';
import type { Engine } from '../../../db/database.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { OPEN311_ANONYMOUS_POSTS_PER_MINUTE, OPEN311_READS_PER_MINUTE } from './open311RateLimits.ts';
import { fromOpen311Xml } from './open311Xml.ts';

const forged = (i: number) => `203.0.${113 + (i >> 8)}.${i & 255}`;

describe.each(testEngines())('Open311 quotas (%s)', (engine: Engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  const post = async (apiKey: string, forwardedFor?: string, format = 'json') => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.${format}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      payload: new URLSearchParams({
        api_key: apiKey,
        service_code: 'roads',
        address_id: '5001',
        description: 'ถนนชำรุดเป็นหลุมลึก',
      }).toString(),
    });
    return response;
  };

  /** A 429 in Open311's own shape, with the wait in Retry-After. */
  function expectOpen311TooMany(response: Awaited<ReturnType<typeof post>>, format: 'json' | 'xml' = 'json') {
    expect(response.statusCode).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
    const errors = format === 'xml' ? (fromOpen311Xml(response.body).value as unknown) : (response.json() as unknown);
    expect(errors).toEqual([{ code: 429, description: expect.stringMatching(/^[\u0E00-\u0E7F].*\(Too many requests\..*\)$/) }]);
  }

  it("gives each key its own quota: a partner's key posts more than an address may, and stops at its own number", async () => {
    const partner = (await createOpen311ApiKey(t, { name: 'แอปพันธมิตร', perMinute: OPEN311_ANONYMOUS_POSTS_PER_MINUTE + 20 })).key;
    const small = (await createOpen311ApiKey(t, { name: 'แอปเล็ก', perMinute: 3 })).key;
    const statuses: number[] = [];
    for (let i = 0; i < OPEN311_ANONYMOUS_POSTS_PER_MINUTE + 20; i++) statuses.push((await post(partner)).statusCode);
    expect(statuses).toEqual(Array(OPEN311_ANONYMOUS_POSTS_PER_MINUTE + 20).fill(200));
    expectOpen311TooMany(await post(partner));
    expectOpen311TooMany(await post(partner, undefined, 'xml'), 'xml');

    // Another key from the same address is not held back by the partner's spent quota, only by its own.
    const smallStatuses: number[] = [];
    for (let i = 0; i < 4; i++) smallStatuses.push((await post(small, forged(i))).statusCode);
    expect(smallStatuses).toEqual([200, 200, 200, 429]);
  });

  it('limits posts without a valid key per address: neither new made-up keys nor forged X-Forwarded-For buy more tries', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= OPEN311_ANONYMOUS_POSTS_PER_MINUTE; i++) {
      statuses.push((await post(`o311_${randomBytes(12).toString('hex')}`, forged(i))).statusCode);
    }
    expect(statuses).toEqual([...Array(OPEN311_ANONYMOUS_POSTS_PER_MINUTE).fill(403), 429]);
  });

  it('limits anonymous reads per address, answering 429 in JSON or XML with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < OPEN311_READS_PER_MINUTE; i++) {
      const response = await t.app.inject({ method: 'GET', url: '/open311/v2/discovery.json', headers: { 'x-forwarded-for': forged(i) } });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual(Array(OPEN311_READS_PER_MINUTE).fill(200));
    expectOpen311TooMany(await t.app.inject({ method: 'GET', url: '/open311/v2/discovery.json' }));
    expectOpen311TooMany(await t.app.inject({ method: 'GET', url: '/open311/v2/discovery.xml' }), 'xml');
  });
});
