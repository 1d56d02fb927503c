import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { transitionAssignment } from '../../src/commands/assignments/transitionAssignment.ts';
import { createCase } from '../../src/commands/cases/createCase.ts';
import { demoAccounts } from '../../src/demo/demoAccounts.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue 11, items 3 and 4, in Chromium: the delivery unit's demo account opens Tidtam on the
 * national picture, not a raw inbox, and goes from there to inspection zone 15 (Chiang Mai,
 * Lamphun, Lampang, Mae Hong Son), where each province's complaints stand beside the directives
 * reaching it. Thai, at 1280 and 360 px; axe finds no serious or critical violation.
 */
describe('the national picture: the delivery unit home and an inspection-zone page', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  const clock = new ManualClock(new Date());
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const demo = demoAccounts.find((account) => account.username === 'pmdu')!;

  beforeAll(async () => {
    db = await openTestDatabase();
    // The delivery unit's demo account (its name, role and unit), with the test password, and the
    // demo's flood directive to the northern provincial halls, which Chiang Mai has acknowledged.
    const pmdu = await createStaff(db, { role: demo.role, unitCode: demo.unitCode, username: demo.username });
    const chiangMai = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    const flood = await createCase(
      { db, clock, actor: pmdu.actor },
      {
        kind: 'directive',
        title: 'เตรียมความพร้อมรับมือน้ำท่วมและดินโคลนถล่มในภาคเหนือ',
        body: 'ให้ผู้ว่าราชการจังหวัดในภาคเหนือเตรียมความพร้อมรับมือน้ำท่วมฉับพลันและดินโคลนถล่ม และรายงานความคืบหน้าทุกสัปดาห์',
        priority: 'urgent',
        category: null,
        areaCode: null,
        dueAt: null,
        details: { source: { type: 'order', title: 'ข้อสั่งการนายกรัฐมนตรี', date: '2026-11-01', authority: 'นายกรัฐมนตรี' } },
        assignments: [{ targets: { kind: 'provincial_hall', groupingId: 'region:northern' }, role: 'lead', dueAt: null, note: null }],
      },
    );
    const hall = await db.query<{ id: string }>(
      `select a.id from assignments a join units u on u.id = a.unit_id where a.case_id = $1 and u.code = 'PH-50'`,
      [flood.id],
    );
    await transitionAssignment({ db, clock, actor: chiangMai.actor }, hall.rows[0]!.id, 'acknowledge', {});
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function signedIn(width: number): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/');
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel('ชื่อผู้ใช้').fill(demo.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page, 'delivery unit home');
    return page;
  }

  async function settled(page: Page, label: string): Promise<void> {
    await page.locator('main h1').first().waitFor();
    await expect.poll(() => page.locator('.loading').count()).toBe(0);
    await expectAccessible(page, label);
  }

  it('opens on the national picture with headline figures and the way to statistics, league, zones and the inbox', async () => {
    const page = await signedIn(1280);
    expect(await page.locator('main h1').textContent()).toBe('ภาพรวมประเทศ');
    const figures = (await page.locator('.headline-figures').first().textContent()) ?? '';
    expect(figures).toContain('เรื่องที่ยังดำเนินการ');
    expect(figures).toContain('หน่วยงานรับทราบแล้ว');
    const attention = page.locator('table', { hasText: 'เรื่องที่ต้องติดตามก่อน' });
    expect(await attention.locator('tbody tr').count()).toBeGreaterThan(0);
    // Beside the delivery picture, this fiscal year's complaint headline (the 1111 figures).
    expect(await page.locator('#home-complaints').textContent()).toMatch(/^เรื่องร้องเรียนปีงบประมาณ พ.ศ. 25\d\d$/);
    expect(await page.locator('section[aria-labelledby="home-complaints"] .headline-figure').count()).toBe(4);
    for (const href of ['/statistics', '/league', '/zones', '/inbox', '/picture']) {
      expect(await page.locator(`main a[href="${href}"]`).count()).toBeGreaterThanOrEqual(1);
    }
    await screenshot(page, 'home-delivery-1280');

    await page.getByRole('link', { name: 'งานของฉัน (งานที่รอหน่วยงานของคุณ)' }).click();
    await page.waitForURL((url) => url.pathname === '/inbox');
    await settled(page, 'delivery unit inbox');
    expect(await page.locator('main h1').textContent()).toBe('งานของฉัน');

    const phone = await signedIn(360);
    expect(await phone.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(phone, 'home-delivery-360');
  });

  it('goes to inspection zone 15 and shows its provinces, complaints beside directives', async () => {
    const page = await signedIn(1280);
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'เขตตรวจราชการ' }).click();
    await page.waitForURL((url) => url.pathname === '/zones');
    await settled(page, 'zone index');
    expect(await page.locator('tbody tr').count()).toBe(19);
    await page.getByRole('link', { name: 'เขตตรวจราชการที่ 15', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/zones/15');
    await settled(page, 'zone 15');
    expect(await page.locator('main h1').textContent()).toBe('เขตตรวจราชการที่ 15');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(4);
    const chiangMai = (await rows.first().textContent()) ?? '';
    expect(chiangMai).toContain('เชียงใหม่');
    // The demo's flood directive went to every northern provincial hall, Chiang Mai's among them.
    expect(chiangMai).toContain('1 จาก 1 หน่วย');
    expect(await page.locator('thead').textContent()).toContain('เรื่องร้องเรียน');
    // The complaint half comes from the complaint statistics API: it answered, so no notice stands in for it.
    expect(await page.locator('main').textContent()).not.toContain('ยังแสดงสถิติเรื่องร้องเรียนไม่ได้');
    expect(await page.locator('main').textContent()).toContain('ปีงบประมาณ พ.ศ. 25');
    await screenshot(page, 'zone-15-1280');

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'zone 15 at 360 px');
    await screenshot(page, 'zone-15-360');
    expect(pageErrors).toEqual([]);
  });
});
