import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import { buildPortalWorld, personalDataIn, type PortalWorld } from '../../../test/support/portalFixtures.ts';
import { anonymous, startTestApp, type TestApp, type TestClient } from '../../../test/support/testApp.ts';

/**
 * The portal as an anonymous visitor reads it: every page in Thai and English, unknown and
 * unpublished things as 404 pages, and none of the personal data planted in the complaint.
 */
describe('the public portal pages', () => {
  let t: TestApp;
  let visitor: TestClient;
  let world: PortalWorld;

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock('2026-03-02T02:00:00Z') });
    visitor = anonymous(t.app);
    world = await buildPortalWorld(t.db, t.clock);
  });
  afterAll(() => t.close());

  const pages = () => [
    '/portal',
    '/portal?fiscalYear=2568',
    '/portal/zones/15',
    '/portal/provinces/50',
    `/portal/districts/${world.subdistrictCode.slice(0, 4)}`,
    '/portal/policies',
    `/portal/policies/${world.policyId}`,
    '/portal/data',
  ];

  it('serves every page in Thai and in English, as HTML to revalidate, with no personal data', async () => {
    for (const page of pages()) {
      for (const lang of ['th', 'en'] as const) {
        const url = lang === 'en' ? `${page}${page.includes('?') ? '&' : '?'}lang=en` : page;
        const response = await visitor.get(url);
        expect(`${url}: ${response.status}`).toBe(`${url}: 200`);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.headers['cache-control']).toBe('no-cache');
        const html = response.body as string;
        expect(html.startsWith('<!doctype html><html lang="' + lang + '"')).toBe(true);
        expect(personalDataIn(html, world.trackingCode)).toEqual([]);
        // Every portal link keeps the language, but the switch to the other one.
        for (const [, href] of html.replace(/<a class="portal-header__language"[^>]*>/, '').matchAll(/href="(\/portal[^"]*)"/g)) {
          if (lang === 'en') expect(href).toContain('lang=en');
          else expect(href).not.toContain('lang=en');
        }
      }
    }
  });

  it('publishes the audit chain anchor on the open-data page (issue 15, item 1)', async () => {
    const head = (await t.db.query<{ seq: string }>('select seq from event_chain_head')).rows[0]!;
    const html = (await visitor.get('/portal/data')).body as string;
    expect(html).toMatch(new RegExp(`<code>tidtam-audit-anchor seq=${head.seq} chain=[0-9a-f]{64}</code>`));
  });

  it('shows the figures, the map and the published story on the province page', async () => {
    const html = (await visitor.get('/portal/provinces/50')).body as string;
    expect(html).toContain('<svg');
    expect(html).toContain('เทศบาลซ่อมผิวถนนเรียบร้อยแล้ว');
    expect(html).toContain(`/portal/photos/${world.photoId}`);
    expect(html).toContain('property="og:image" content="http://localhost:80/cards/provinces/50.png"');
    expect(html).toMatch(/property="og:image:alt" content="[^"]+"/);
    const national = (await visitor.get('/portal')).body as string;
    expect(national).toContain('/cards/national.png');
    expect(national).toContain('href="/portal/provinces/50"');
  });

  it('shows a published policy with its reach, and not an unpublished one', async () => {
    const html = (await visitor.get(`/portal/policies/${world.policyId}`)).body as string;
    expect(html).toContain('ลดอุบัติเหตุทางถนนในช่วงเทศกาล');
    // The indicator's national value against its plan, and one of the two units acknowledged.
    expect(html).toContain('จำนวนจุดตรวจที่เปิด');
    expect(html).toContain('<strong>30</strong>');
    expect(html).toContain('ล่าช้ากว่าแผน');
    expect(html).toContain('รับทราบแล้ว 1 จาก 2 หน่วยงาน');
    expect(html).toContain(`/cards/policies/${world.policyId}.png`);
    expect((await visitor.get('/portal/policies')).body).not.toContain('ข้อสั่งการภายใน');
    const hidden = await visitor.get(`/portal/policies/${world.unpublishedPolicyId}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toContain('ไม่พบหน้านี้');
  });

  it('answers unknown areas with the portal 404 page and malformed input with a 4xx', async () => {
    for (const url of ['/portal/provinces/99', '/portal/provinces/abc', '/portal/zones/77', '/portal/districts/9999']) {
      expect(`${url}: ${(await visitor.get(url)).status}`).toBe(`${url}: 404`);
    }
    expect((await visitor.get('/portal?lang=fr')).status).toBe(400);
    expect((await visitor.get('/portal?fiscalYear=abc')).status).toBe(400);
    expect((await visitor.get('/portal/policies/not-a-uuid')).status).toBe(400);
    // Share links come back with tracking parameters, and still open.
    expect((await visitor.get('/portal?fbclid=abc123')).status).toBe(200);
  });

  it('serves a story photo only while the story is published, and no other attachment', async () => {
    const photo = await visitor.get(`/portal/photos/${world.photoId}`);
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect((await visitor.get(`/portal/photos/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('tracks a complaint without JavaScript, and says what to check for an unknown code', async () => {
    const page = await visitor.get(`/track/${world.trackingCode}`);
    expect(page.status).toBe(200);
    // Done by the office, not yet accepted by the 1111 centre: the office's word (issue 13, finding 2).
    expect(page.body).toContain('หน่วยงานแจ้งว่าแก้ไขแล้ว รอการตรวจรับ');
    expect(page.body).toContain('The office reports it fixed');
    expect(page.body).not.toContain('สมชาย');
    const unknown = await visitor.get('/track/ZZZZZZZZZZZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('ไม่พบรหัสติดตามนี้');
    const form = await visitor.get('/track');
    expect(form.status).toBe(200);
    expect(form.body).toContain('<form method="get" action="/track"');
    const go = await visitor.get(`/track?code=${world.trackingCode}`);
    expect(go.status).toBe(303);
    expect(go.headers['location']).toBe(`/track/${world.trackingCode}`);
  });
});
