import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOpenData } from '../../src/commands/opendata/exportOpenData.ts';
import { readOpenDataCatalogue } from '../../src/commands/opendata/readOpenDataCatalogue.ts';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * An administrator opens "ข้อมูลเปิด" from the main menu, publishes the anonymised complaints and
 * changes the licence (issue #12, item 3); the catalogue follows at once.
 */
describe('open-data administration in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let admin: TestStaff;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    admin = await createStaff(db, { role: 'admin', unitCode: 'RTG' });
    await exportOpenData({ db, clock, datasets: ['units'] });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function signedIn(staff: TestStaff, width: number): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  }

  it('publishes a dataset and sets the licence, in Thai, accessibly', async () => {
    const page = await signedIn(admin, 1280);
    // One "ผู้ดูแลระบบ" link in the menu, then the administration index (issue 13, item 13).
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ผู้ดูแลระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/admin');
    await page.getByRole('main').getByRole('link', { name: 'ข้อมูลเปิด' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/open-data');
    await page.locator('tbody tr').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    // The units file holds every unit of the tree (its size follows the reference data).
    const units = (await db.query<{ n: number }>('select count(*)::int as n from units')).rows[0]!.n;
    expect(await page.locator('tbody').textContent()).toContain(`units: ${units.toLocaleString('en-GB')}`);
    await expectAccessible(page, 'open-data administration');
    await screenshot(page, 'open-data-admin-th-1280');

    await page.getByRole('button', { name: /^เผยแพร่ เรื่องร้องเรียนของประชาชน/ }).click();
    await page.getByText('เผยแพร่ "เรื่องร้องเรียนของประชาชน (ไม่ระบุตัวตน)" แล้ว').waitFor();
    await page.getByRole('button', { name: /^ถอนการเผยแพร่ เรื่องร้องเรียนของประชาชน/ }).waitFor();

    await page.getByLabel('Creative Commons Attribution Share-Alike 4.0').check();
    await page.getByRole('button', { name: 'บันทึก' }).click();
    await page.getByText('บันทึกผู้เผยแพร่และสัญญาอนุญาตแล้ว').waitFor();
    const catalogue = await readOpenDataCatalogue(db);
    expect(catalogue.settings.licenseId).toBe('CC-BY-SA-4.0');
    expect(catalogue.datasets.map((d) => d.name)).toEqual(['complaint-statistics', 'complaints']);
  });

  it('shows the page on a narrow phone', async () => {
    const page = await signedIn(admin, 360);
    await page.goto('/admin/open-data');
    await page.locator('tbody tr').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expectAccessible(page, 'open-data administration, 360 px');
    await screenshot(page, 'open-data-admin-th-360');
    // Each dataset's publish button is on the phone's screen, not beyond the table's right edge, in Thai and English.
    const fits = async () => {
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      const button = (await page.locator('tbody tr').last().getByRole('button').boundingBox())!;
      expect(button.x + button.width).toBeLessThanOrEqual(360);
    };
    await fits();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Open data', exact: true }).waitFor();
    await fits();
    await expectAccessible(page, 'open-data administration in English, 360 px');
    await screenshot(page, 'open-data-admin-en-360');
  });
});
