import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpen311ApiKey } from '../../src/commands/channels/createOpen311ApiKey.ts';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * A complaint from a civic app over Open311 reaches the district office's
 * officer like any other: in their work list and in the case search, in
 * Thai, on a phone-sized screen.
 */
describe('a complaint posted through Open311, seen by the district office in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let officer: TestStaff;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    officer = await createStaff(db, { role: 'officer', unitCode: 'DO-1007' });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function settled(page: Page, label: string): Promise<void> {
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expectAccessible(page, label);
  }

  it('shows it in the officer’s work and finds it by a Thai word', async () => {
    const { key } = await createOpen311ApiKey({ db, clock }, { name: 'แอปภาคประชาชน' });
    const posted = await fetch(`${running.baseUrl}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        api_key: key,
        service_code: 'drains',
        lat: '13.7326',
        long: '100.5291',
        address_string: 'ถนนพระราม 4 หน้าตลาดสามย่าน',
        description: 'ฝาท่อระบายน้ำหน้าตลาดสามย่านแตก รถจักรยานยนต์ตกหลุมบ่อยมาก',
      }),
    });
    expect(posted.status).toBe(200);
    const [created] = (await posted.json()) as { service_request_id: string }[];

    const context = await newPerson(browser, running.baseUrl, { width: 360, height: 780 });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel('ชื่อผู้ใช้').fill(officer.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page, 'my work');
    await expect.poll(() => page.getByText('ฝาท่อระบายน้ำหน้าตลาดสามย่านแตก').count()).toBeGreaterThan(0);
    await screenshot(page, 'channels-open311-inbox-360');

    await page.goto(`/cases?q=${encodeURIComponent('สามย่าน')}`);
    await settled(page, 'case search');
    await expect.poll(() => page.getByText('ฝาท่อระบายน้ำหน้าตลาดสามย่านแตก').count()).toBeGreaterThan(0);
    await screenshot(page, 'channels-open311-search-360');
    await page.getByText('ฝาท่อระบายน้ำหน้าตลาดสามย่านแตก').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await settled(page, 'the complaint');
    await screenshot(page, 'channels-open311-case-360');
    expect(created!.service_request_id).toMatch(/\S/);
  });
});
