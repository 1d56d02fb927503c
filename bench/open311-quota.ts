/**
 * An Open311 partner relaying a morning's reports (issue 9, finding 10): with
 * a key made by `tidtam open311 key create --per-minute 100000`, 5,000 posts
 * within one minute, over HTTP from 20 connections on PostgreSQL, must all be
 * accepted. Baseline in the same run, proving the limiter is on: a key with
 * the default quota (600 a minute) posting 1,000 gets exactly 600 through and
 * 400 answers of 429.
 */
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createOpen311ApiKey, OPEN311_DEFAULT_PER_MINUTE } from '../src/commands/channels/createOpen311ApiKey.ts';
import { systemClock } from '../src/domain/clock.ts';
import { buildApp } from '../src/server/buildApp.ts';
import { scratchPostgres } from './support.ts';

const POSTS = Number(process.env.BENCH_POSTS ?? 5000);
const PARTNER_PER_MINUTE = 100_000;
const BASELINE_POSTS = 1000;

interface Burst {
  ok: number;
  tooMany: number;
  other: number;
  seconds: number;
}

function burst(url: string, apiKey: string, amount: number): Promise<Burst> {
  let n = 0;
  const codes = new Map<number, number>();
  const body = () =>
    new URLSearchParams({
      api_key: apiKey,
      service_code: 'roads',
      address_id: '1001',
      description: `ถนนชำรุดเป็นหลุมลึก หน้าบ้านเลขที่ ${n++} ซอย ${n % 97}`,
    }).toString();
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections: 20,
        amount,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
      },
      (error) => {
        if (error) return reject(error);
        const ok = codes.get(200) ?? 0;
        const tooMany = codes.get(429) ?? 0;
        resolve({ ok, tooMany, other: amount - ok - tooMany, seconds: (Date.now() - started) / 1000 });
      },
    );
    instance.on('response', (_client, statusCode: number) => codes.set(statusCode, (codes.get(statusCode) ?? 0) + 1));
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const scratch = await scratchPostgres();
  const { db } = scratch;
  try {
    const app = await buildApp({ db, clock: systemClock, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/open311/v2/requests.json`;
    const partner = await createOpen311ApiKey({ db, clock: systemClock }, { name: 'bench partner', perMinute: PARTNER_PER_MINUTE });
    const ordinary = await createOpen311ApiKey({ db, clock: systemClock }, { name: 'bench default' });

    const posted = await burst(url, partner.key, POSTS);
    const baseline = await burst(url, ordinary.key, BASELINE_POSTS);
    const stored = await db.query<{ n: number }>(`select count(*)::int as n from complaints where channel = 'open311'`);
    await app.close();
    const meets = posted.ok === POSTS && posted.seconds < 60 && baseline.ok === OPEN311_DEFAULT_PER_MINUTE;
    return {
      engine: 'postgresql',
      posts: POSTS,
      per_minute: PARTNER_PER_MINUTE,
      accepted: posted.ok,
      refused_429: posted.tooMany,
      other: posted.other,
      seconds: posted.seconds,
      baseline_default_key_posts: BASELINE_POSTS,
      baseline_accepted: baseline.ok,
      baseline_refused_429: baseline.tooMany,
      complaints_stored: stored.rows[0]!.n,
      target: 'all_accepted_within_60s',
      meets_target: meets ? 'yes' : 'no',
    };
  } finally {
    await scratch.drop();
  }
}
