import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue #14, item 5: an administrator adds a synonym group from the administration index, is told
 * how to fix a group of one word, sees the group listed (at a desk and on a 360 px phone), and
 * removes it after confirming. No page scrolls sideways; axe finds nothing serious.
 */
describe('search synonym groups in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let admin: TestStaff;
  const contexts: BrowserContext[] = [];
  const tag = Math.random().toString(36).slice(2, 7);

  beforeAll(async () => {
    db = await openTestDatabase();
    admin = await createStaff(db, { role: 'admin', unitCode: 'RTG' });
    running = await startBrowserApp({ db, clock: new ManualClock(new Date()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function settled(page: Page, path: string): Promise<void> {
    await page.waitForURL((url) => url.pathname === path);
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
  }
  async function look(page: Page, name: string): Promise<void> {
    const widths = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as number[];
    expect(`${name}: ${widths[0]! <= widths[1]!}`).toBe(`${name}: true`);
    await expectAccessible(page, name);
    await screenshot(page, name);
  }

  it('adds a group, lists it at 1280 and 360 px, and removes it after confirming', async () => {
    const context = await newPerson(browser, running.baseUrl);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(admin.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/admin');
    await settled(page, '/admin');
    await page.getByRole('main').getByRole('link', { name: 'คำพ้องความหมายในการค้นหา', exact: true }).click();
    await settled(page, '/admin/search-synonyms');
    await page.getByRole('link', { name: 'เพิ่มกลุ่มคำ' }).click();
    await settled(page, '/admin/search-synonyms/new');

    await page.getByLabel('คำที่มีความหมายเดียวกัน').fill(`ไฟถนน${tag}`);
    await page.getByRole('button', { name: 'บันทึกกลุ่มคำ' }).click();
    await page.locator('.error-summary').getByText('โปรดพิมพ์คำที่ไม่ซ้ำกันอย่างน้อย 2 คำ', { exact: false }).waitFor();
    await screenshot(page, 'search-synonyms-error-1280');

    await page.getByLabel('คำที่มีความหมายเดียวกัน').fill(`ไฟถนน${tag}\nไฟส่องสว่าง${tag}, Street Light ${tag}`);
    await page.getByLabel('หมายเหตุ').fill('ไฟทางสาธารณะ');
    await page.getByRole('button', { name: 'บันทึกกลุ่มคำ' }).click();
    await settled(page, '/admin/search-synonyms');
    const listed = `ไฟถนน${tag} · ไฟส่องสว่าง${tag} · street light ${tag}`;
    await page.getByText(listed, { exact: true }).waitFor();
    await page.getByRole('status').getByText(`เพิ่มกลุ่มคำ ${listed} แล้ว`).waitFor();
    await look(page, 'search-synonyms-1280');
    await page.setViewportSize({ width: 360, height: 780 });
    await look(page, 'search-synonyms-360');

    const item = page.locator('.org-item', { hasText: listed });
    await item.getByRole('link', { name: /^ลบ/ }).click();
    await page.locator('main h1', { hasText: /^ลบกลุ่มที่ \d+ หรือไม่$/ }).waitFor();
    await look(page, 'search-synonyms-remove-360');
    await page.getByRole('button', { name: 'ลบกลุ่มคำนี้' }).click();
    await settled(page, '/admin/search-synonyms');
    await page
      .getByRole('status')
      .getByText(/^ลบกลุ่มที่ \d+ แล้ว$/)
      .waitFor();
    expect(await page.getByText(listed, { exact: true }).count()).toBe(0);
  });
});
