import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineIndicator } from '../../../commands/reports/defineIndicator.ts';
import { recordMeasurement } from '../../../commands/reports/recordMeasurement.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { foldComplaintStatistics } from '../../../jobs/foldComplaintStatistics.ts';
import { cardRenderCount } from '../../cards/renderCardPng.ts';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { randomComplaintWorld, type ComplaintWorld } from '../../../../test/support/randomComplaints.ts';
import { anonymous, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/**
 * Share cards over HTTP, as Facebook's or LINE's crawler fetches them: a 1200×630 PNG drawn once
 * per set of figures and served from the `share_cards` table after that, with an ETag; the same
 * card in words at `/api/cards/...`. `CARD_PREVIEW_DIR=/tmp/cards` keeps the PNGs to look at.
 */
describe.each(testEngines())('share cards (%s)', (engine) => {
  let t: TestApp;
  let anon: TestClient;
  let clock: ManualClock;
  let world: ComplaintWorld;
  let publishedId: string;
  let unpublishedId: string;

  const fetchPng = async (url: string, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, headers: response.headers, body: response.rawPayload, json: () => response.json() };
  };
  const keep = (name: string, png: Buffer) => {
    const dir = process.env.CARD_PREVIEW_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${engine}-${name}.png`), png);
  };

  beforeAll(async () => {
    clock = new ManualClock('2026-03-02T02:00:00Z');
    t = await startTestApp({ engine, clock });
    anon = anonymous(t.app);
    world = await randomComplaintWorld(t.db, 12);
    await world.addComplaints(60, clock.now());
    await world.changeAtRandom(40, clock.now());
    await foldComplaintStatistics({ db: t.db, clock });

    const f = new CaseFixtures(t.db, clock);
    const published = await f.directive({
      to: ['PH-50', 'PH-52', 'PH-12'],
      title: 'เร่งรัดการจัดตั้งคลินิกแม่เลี้ยงเดี่ยวให้ครบทุกจังหวัดภายในปีงบประมาณ พ.ศ. 2569',
    });
    publishedId = published.caseId;
    await f.bringTo(published.assignmentIds['PH-50']!, 'PH-50', 'acknowledged');
    await f.bringTo(published.assignmentIds['PH-52']!, 'PH-52', 'acknowledged');
    const owner = { db: t.db, clock, actor: await f.actorOf('PMDU', 'delivery_unit') };
    const clinics = await defineIndicator(owner, publishedId, {
      nameTh: 'จำนวนคลินิกที่เปิดให้บริการ',
      nameEn: 'Clinics open',
      unitOfMeasure: 'แห่ง',
      direction: 'up',
      kind: 'goal',
      baseline: 0,
      target: 77,
      targetDate: '2026-09-30',
      aggregation: 'sum',
      trajectory: [
        { period: '2025-10', value: 0 },
        { period: '2026-09', value: 77 },
      ],
    });
    await defineIndicator(owner, publishedId, {
      nameTh: 'ผู้ได้รับความช่วยเหลือ',
      nameEn: 'People helped',
      unitOfMeasure: 'คน',
      direction: 'up',
      kind: 'progress',
      baseline: 0,
      target: 5000,
      targetDate: null,
      aggregation: 'sum',
      trajectory: [],
    });
    const chiangMai = { db: t.db, clock, actor: await f.actorOf('PH-50') };
    await recordMeasurement(chiangMai, published.assignmentIds['PH-50']!, {
      indicatorId: clinics.id,
      period: '2026-02',
      value: 12,
      note: null,
      attachmentIds: [],
    });
    await t.db.query('update cases set published_at = $2 where id = $1', [publishedId, clock.now()]);
    unpublishedId = (await f.directive({ to: ['PH-50'], title: 'ข้อสั่งการภายใน' })).caseId;
  });
  afterAll(() => t.close());

  it('draws the national card once as a 1200×630 PNG, then answers from the store with its ETag', async () => {
    await t.db.query('delete from share_cards');
    const before = cardRenderCount();
    const [first, second, third] = await Promise.all([0, 1, 2].map(() => fetchPng('/cards/national.png')));
    expect(cardRenderCount() - before).toBe(1);
    for (const response of [first!, second!, third!]) {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('image/png');
    }
    expect(await sharp(first!.body).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    keep('national', first!.body);
    expect(first!.headers['cache-control']).toBe('public, max-age=3600');
    const etag = first!.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await fetchPng('/cards/national.png');
    expect(again.body.equals(first!.body)).toBe(true);
    expect(cardRenderCount() - before).toBe(1);
    const revalidated = await fetchPng('/cards/national.png', { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(cardRenderCount() - before).toBe(1);
  });

  it('draws a card anew when its figures change, and not before', async () => {
    const first = await fetchPng('/cards/national.png');
    const before = cardRenderCount();
    await world.addComplaints(30, clock.now());
    await foldComplaintStatistics({ db: t.db, clock });
    const changed = await fetchPng('/cards/national.png');
    expect(changed.status).toBe(200);
    expect(cardRenderCount() - before).toBe(1);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    await foldComplaintStatistics({ db: t.db, clock });
    expect((await fetchPng('/cards/national.png')).headers.etag).toBe(changed.headers.etag);
    expect(cardRenderCount() - before).toBe(1);
  });

  it("draws a province's and an inspection zone's card and describes them in Thai and English", async () => {
    const card = await fetchPng('/cards/provinces/50.png');
    expect(card.status).toBe(200);
    expect(await sharp(card.body).metadata()).toMatchObject({ width: 1200, height: 630 });
    keep('province-50', card.body);
    const info = await anon.get('/api/cards/provinces/50');
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({
      imageUrl: '/cards/provinces/50.png',
      width: 1200,
      height: 630,
      version: JSON.parse(card.headers.etag as string),
    });
    expect(info.body.altTh).toContain('จังหวัดเชียงใหม่ ปีงบประมาณ พ.ศ. 2569');
    expect(info.body.altEn).toContain('Complaints in Chiang Mai, fiscal year 2569 BE');
    const zone = await fetchPng('/cards/zones/15.png');
    expect(await sharp(zone.body).metadata()).toMatchObject({ width: 1200, height: 630 });
    keep('zone-15', zone.body);
    const zoneInfo = await anon.get('/api/cards/zones/15');
    expect(zoneInfo.body).toMatchObject({ imageUrl: '/cards/zones/15.png' });
    expect(zoneInfo.body.altTh).toMatch(/^เรื่องร้องเรียนเขตตรวจราชการที่ 15 ปีงบประมาณ พ.ศ. 2569/);
    const national = await anon.get('/api/cards/national');
    expect(national.body.altTh).toMatch(/^เรื่องร้องเรียนทั่วประเทศ ปีงบประมาณ พ.ศ. 2569/);
  });

  it("draws a published policy's card with its indicators and reach", async () => {
    const card = await fetchPng(`/cards/policies/${publishedId}.png`);
    expect(card.status).toBe(200);
    expect(await sharp(card.body).metadata()).toMatchObject({ width: 1200, height: 630 });
    keep('policy', card.body);
    const info = await anon.get(`/api/cards/policies/${publishedId}`);
    expect(info.body.altTh).toContain('จำนวนคลินิกที่เปิดให้บริการ');
    expect(info.body.altTh).toContain('หน่วยงานรับทราบแล้ว 2 จาก 3 หน่วย');
    expect(info.body.altEn).toContain('Clinics open: 12 แห่ง in February 2569 BE');
  });

  it('answers 404 not_found for an unknown province or an unpublished case, 400 for a malformed one', async () => {
    for (const url of [
      '/cards/provinces/99.png',
      `/cards/policies/${unpublishedId}.png`,
      '/api/cards/provinces/99',
      `/api/cards/policies/${unpublishedId}`,
    ]) {
      const response = await fetchPng(url);
      expect(`${url} ${response.status}`).toBe(`${url} 404`);
      expect(response.json().error.code).toBe('not_found');
    }
    await t.db.query('update cases set published_at = null where id = $1', [publishedId]);
    try {
      expect((await fetchPng(`/cards/policies/${publishedId}.png`)).status).toBe(404);
    } finally {
      await t.db.query('update cases set published_at = $2 where id = $1', [publishedId, clock.now()]);
    }
    for (const url of ['/cards/provinces/5x.png', '/cards/policies/not-a-uuid.png', '/api/cards/provinces/500']) {
      const response = await fetchPng(url);
      expect(`${url} ${response.status}`).toBe(`${url} 400`);
      expect(response.json().error.code).toBe('validation_failed');
    }
  });
});
