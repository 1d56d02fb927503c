import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD } from '../support/factories.ts';
import { buildPortalWorld, personalDataIn, type PortalWorld } from '../support/portalFixtures.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * The public portal in Chromium (issue #12): the national and a province page in Thai at a phone's
 * and a desk's width (screenshots to look at), axe with nothing serious, and the portal and the
 * tracking page read with JavaScript switched off. One database and one browser for the file.
 */
describe('the public portal in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let world: PortalWorld;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    world = await buildPortalWorld(db, clock);
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  const person = async (width: number, javaScriptEnabled = true) => {
    const context = javaScriptEnabled
      ? await newPerson(browser, running.baseUrl, { width })
      : await browser.newContext({ baseURL: running.baseUrl, viewport: { width, height: 800 }, locale: 'th-TH', javaScriptEnabled: false });
    contexts.push(context);
    return context.newPage();
  };

  for (const width of [360, 1280]) {
    it(`shows the national and a province page in Thai at ${width} px, accessible`, async () => {
      const page = await person(width);
      await page.goto('/portal');
      await expect(page.locator('h1').textContent()).resolves.toContain('ทั่วประเทศ');
      expect(await page.locator('html').getAttribute('lang')).toBe('th');
      // Sarabun is loaded from the portal's own style sheet.
      await page.evaluate('document.fonts.ready');
      expect(await page.evaluate("document.fonts.check('16px Sarabun')")).toBe(true);
      await expectAccessible(page, `portal home at ${width}`);
      await screenshot(page, `portal-home-${width}`);
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
      expect(overflow).toBeLessThanOrEqual(0);

      await page.goto('/portal/provinces/50');
      await expect(page.locator('h1').textContent()).resolves.toContain('เชียงใหม่');
      await expect(page.getByText('เทศบาลซ่อมผิวถนนเรียบร้อยแล้ว').count()).resolves.toBe(1);
      await expectAccessible(page, `province page at ${width}`);
      await screenshot(page, `portal-province-50-${width}`);
      expect(personalDataIn(await page.content(), world.trackingCode)).toEqual([]);
    });
  }

  it('reads the portal and a published policy in English, accessible', async () => {
    const page = await person(1280);
    await page.goto('/portal?lang=en');
    await page.getByRole('link', { name: 'Policies and directives' }).click();
    await page.getByRole('link', { name: 'ข้อสั่งการเผยแพร่ต่อสาธารณะ' }).click();
    expect(page.url()).toContain('lang=en');
    await expect(page.getByRole('heading', { name: 'Acknowledgement by units' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'policy page in English');
    await screenshot(page, 'portal-policy-en-1280');
  });

  it('shows the portal and the tracking page with JavaScript disabled', async () => {
    const page = await person(360, false);
    await page.goto('/portal/provinces/50');
    await expect(page.getByRole('heading', { name: 'แยกตามประเภท' }).count()).resolves.toBe(1);
    await page.goto('/track');
    await page.locator('#track-code').fill(world.trackingCode);
    await page.locator('main button[type=submit]').click();
    expect(new URL(page.url()).pathname).toBe(`/track/${world.trackingCode}`);
    await screenshot(page, 'track-no-js-360');
    // Playwright's text and role selectors skip <noscript>; the page shows it (the screenshot), so read its text.
    await expect(page.locator('main').isVisible()).resolves.toBe(true);
    await expect(page.locator('main').innerText()).resolves.toContain('หน่วยงานแจ้งว่าแก้ไขแล้ว');
    await page.goto('/track/ZZZZZZZZZZZZ');
    await expect(page.locator('main').innerText()).resolves.toContain('ไม่พบรหัสติดตามนี้');
  });

  it('lets staff publish a directive and change a complaint story from the case page', async () => {
    const signIn = async (role: 'delivery_unit' | 'coordinator', unitCode: string, next: string) => {
      const staff = await createStaff(db, { role, unitCode });
      const page = await person(1280);
      await page.goto(`/signin?next=${next}`);
      await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
      await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
      await page.waitForURL((url) => url.pathname === next);
      return page;
    };
    const delivery = await signIn('delivery_unit', 'PMDU', `/cases/${world.unpublishedPolicyId}`);
    const section = delivery.getByRole('region', { name: 'เผยแพร่บนเว็บไซต์สาธารณะ' });
    await section.getByRole('button', { name: 'เผยแพร่' }).click();
    await section.getByRole('link', { name: 'ดูหน้าสาธารณะ' }).waitFor();
    await expectAccessible(delivery, 'case page with its publication section');

    const coordinator = await signIn('coordinator', world.leadUnitCode, `/cases/${world.complaintCaseId}`);
    await coordinator.getByLabel('คำตอบของหน่วยงาน').fill('ซ่อมถนนและทาสีเส้นจราจรใหม่แล้ว');
    await coordinator.getByLabel('ข้อความสาธารณะ').fill('ถนนเป็นหลุม โทร 0812345678');
    await coordinator.getByRole('button', { name: 'เผยแพร่เรื่องนี้' }).click();
    // The server refuses text that still holds a phone number, and says so beside the field.
    await coordinator.getByText('ข้อความยังมีข้อมูลส่วนบุคคล').first().waitFor();
    await coordinator.getByLabel('ข้อความสาธารณะ').fill('ถนนเป็นหลุมลึกหน้าตลาด');
    await coordinator.getByRole('button', { name: 'เผยแพร่เรื่องนี้' }).click();
    await coordinator.getByText('เผยแพร่แล้ว ตั้งแต่').waitFor();
    await screenshot(coordinator, 'case-story-publication-1280');

    const visitor = await person(360);
    await visitor.goto('/portal/policies');
    await expect(visitor.getByRole('link', { name: 'ข้อสั่งการภายใน' }).count()).resolves.toBe(1);
    await visitor.goto('/portal/provinces/50');
    await expect(visitor.getByText('ซ่อมถนนและทาสีเส้นจราจรใหม่แล้ว').count()).resolves.toBe(1);
  });
});
