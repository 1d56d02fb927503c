import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpen311ApiKey } from '../../../commands/channels/createOpen311ApiKey.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/**
 * Issue 9, finding 2, replayed: a stranger read other citizens' tracking codes
 * in the Open311 feed, the likely-duplicate hints and the answer to their own
 * complaint, then rated a resolved complaint 1 and reopened it. Here the
 * stranger does all of that again and must come away with no code but their
 * own, and nothing they saw may rate or reopen someone else's complaint.
 */
describe.each(testEngines())('tracking codes stay their citizens’ secret (%s)', (engine) => {
  let t: TestApp;
  let f: CaseFixtures;
  const place = { areaCode: '1007', location: { lat: 13.7455, lon: 100.534 } };
  const text = 'ถนนหน้าตลาดสามย่านเป็นหลุมลึกมาก รถจักรยานยนต์ล้มทุกวัน';
  beforeAll(async () => {
    // Citizens behind the loopback proxy: their forwarded addresses count, as with TRUST_PROXY=127.0.0.1.
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z'), trustProxy: ['127.0.0.1'] });
    f = new CaseFixtures(t.db, t.clock);
  });
  afterAll(() => t.close());

  const as = (address: string) => ({
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: { 'x-forwarded-for': address } }),
    post: (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { 'x-forwarded-for': address }, payload }),
  });

  /** The lead assignment's unit reports the complaint done: resolved, so it may be rated and reopened. */
  async function resolve(caseId: string) {
    const lead = await t.db.query<{ id: string; code: string }>(
      `select a.id, u.code from assignments a join units u on u.id = a.unit_id where a.case_id = $1 and a.role = 'lead'`,
      [caseId],
    );
    await f.bringTo(lead.rows[0]!.id, lead.rows[0]!.code, 'done');
  }

  const state = async (caseId: string) =>
    (
      await t.db.query<{ rating: number | null; reopened_count: number }>(
        'select rating, reopened_count from complaints where case_id = $1',
        [caseId],
      )
    ).rows[0];

  it('shows a stranger public ids only, and nothing a stranger sees rates or reopens another complaint', async () => {
    // Two citizens complain: one through the web form, one through an Open311 app. Both get resolved.
    const victim = as('192.0.2.10');
    const filed = await victim.post('/api/public/complaints', { categoryCode: 'roads', description: text, ...place, complainant: null });
    expect(filed.statusCode).toBe(201);
    const web = filed.json() as { trackingCode: string; publicId: string };
    const { key } = await createOpen311ApiKey(t, { name: 'แอปของเมือง' });
    const posted = await as('192.0.2.11').post('/open311/v2/requests.json', {
      api_key: key,
      service_code: 'street_lights',
      address_id: '1007',
      description: 'ไฟถนนดับทั้งซอยจุฬา 42 มืดมาก',
    });
    expect(posted.statusCode).toBe(200);
    const [app] = posted.json() as { service_request_id: string; token: string }[];
    const cases = await t.db.query<{ case_id: string; tracking_code: string }>(
      'select case_id, tracking_code from complaints where tracking_code = any($1)',
      [[web.trackingCode, app!.token]],
    );
    expect(cases.rows).toHaveLength(2);
    const caseOf = new Map(cases.rows.map((row) => [row.tracking_code, row.case_id]));
    for (const caseId of caseOf.values()) await resolve(caseId);

    // The stranger reads everything public, asks for likely duplicates, and files a complaint of their own.
    const stranger = as('203.0.113.66');
    const seen: string[] = [];
    const read = async (response: Promise<{ statusCode: number; body: string }>) => {
      const answer = await response;
      expect(answer.statusCode).toBeLessThan(300);
      seen.push(answer.body);
      return answer.body;
    };
    const feed = JSON.parse(await read(stranger.get('/open311/v2/requests.json'))) as { service_request_id: string }[];
    await read(stranger.get('/open311/v2/requests.xml'));
    const ids = feed.map((request) => request.service_request_id);
    expect(ids).toEqual(expect.arrayContaining([web.publicId, app!.service_request_id]));
    for (const id of ids) await read(stranger.get(`/open311/v2/requests/${id}.xml`));
    const hints = JSON.parse(
      await read(stranger.post('/api/public/complaints/likely-duplicates', { categoryCode: 'roads', description: text, ...place })),
    ) as { items: { publicId: string }[] };
    expect(hints.items.map((hint) => hint.publicId)).toEqual([web.publicId]);
    const own = JSON.parse(
      await read(stranger.post('/api/public/complaints', { categoryCode: 'roads', description: text, ...place, complainant: null })),
    ) as { trackingCode: string; publicId: string; duplicates: { publicId: string }[] };
    expect(own.duplicates.map((d) => d.publicId)).toEqual([web.publicId]);

    // Not one tracking code but the stranger's own, dashed or not, in any case.
    const everything = seen.join('\n').toUpperCase();
    const codes = await t.db.query<{ tracking_code: string }>('select tracking_code from complaints where tracking_code <> $1', [
      own.trackingCode,
    ]);
    expect(codes.rows.length).toBe(2);
    for (const { tracking_code: code } of codes.rows) {
      expect(everything).not.toContain(code);
      expect(everything).not.toContain(code.replaceAll('-', ''));
    }
    // A tracking code is no Open311 id either: the feed is no oracle for guessed codes.
    expect((await stranger.get(`/open311/v2/requests/${web.trackingCode}.json`)).statusCode).toBe(404);

    // Everything the stranger saw that names a complaint, tried as a code: refused, and nothing changed.
    const names = new Set([...ids, ...hints.items.map((hint) => hint.publicId), own.publicId]);
    for (const name of [...names].flatMap((id) => [id, id.toUpperCase()])) {
      expect((await stranger.post(`/api/public/complaints/${name}/rating`, { rating: 1 })).statusCode, name).toBe(404);
      expect((await stranger.post(`/api/public/complaints/${name}/reopen`, { reason: 'ยังไม่ได้แก้' })).statusCode, name).toBe(404);
    }
    for (const caseId of caseOf.values()) expect(await state(caseId)).toEqual({ rating: null, reopened_count: 0 });

    // The owners' own codes still work: the web citizen rates, the Open311 app's citizen reopens with its token.
    expect((await victim.post(`/api/public/complaints/${web.trackingCode}/rating`, { rating: 5 })).statusCode).toBe(200);
    expect((await victim.post(`/api/public/complaints/${app!.token}/reopen`, { reason: 'ไฟยังดับอยู่' })).statusCode).toBe(200);
    expect(await state(caseOf.get(web.trackingCode)!)).toEqual({ rating: 5, reopened_count: 0 });
    expect(await state(caseOf.get(app!.token)!)).toEqual({ rating: null, reopened_count: 1 });
  });

  it('issues twelve-character tracking codes and still reads the ten-character codes issued before', async () => {
    const filed = await as('192.0.2.12').post('/api/public/complaints', {
      categoryCode: 'noise',
      description: 'เสียงดังจากโรงงานทุกคืน',
      areaCode: '1007',
      location: null,
      complainant: null,
    });
    const { trackingCode, publicId } = filed.json() as { trackingCode: string; publicId: string };
    expect(trackingCode).toMatch(/^[3469ACDEFGHJKMNPQRTUVWXY]{4}-[3469ACDEFGHJKMNPQRTUVWXY]{4}-[3469ACDEFGHJKMNPQRTUVWXY]{4}$/);
    expect(publicId).toMatch(/^[0-9a-hjkmnp-tv-z]{12}$/);
    await t.db.query(`update complaints set tracking_code = 'ACDE-FGHJ-KM' where tracking_code = $1`, [trackingCode]);
    expect((await as('192.0.2.12').get('/api/public/complaints/acdefghjkm')).statusCode).toBe(200);
  });
});
