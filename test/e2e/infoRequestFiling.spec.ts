import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * A request for official information at a phone's width: a citizen finds Chiang Mai's provincial
 * hall in the chooser, files, reads the code and tracks the request; the hall's officer transfers it
 * to the Ministry of Finance on the transfer page; the citizen reads "transferred" and the reason.
 */
describe('an information request from the phone, transferred once, in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  const clock = new ManualClock('2026-12-07T02:00:00.000Z');
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let officer: TestStaff;
  let trackingCode = '';
  const reason = 'สัญญานี้ทำโดยกรมบัญชีกลาง ข้อมูลอยู่ที่กระทรวงการคลัง';

  beforeAll(async () => {
    db = await openTestDatabase();
    officer = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function open(width = 360): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width, height: 780 });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  async function settled(page: Page, label: string): Promise<void> {
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expectAccessible(page, label);
  }

  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
  const fitsWidth = async (page: Page) =>
    expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);

  it('lets a citizen file a request on a phone: errors first, then the reference and the tracking code', async () => {
    const page = await open();
    await page.goto('/information-request');
    await settled(page, 'information request form');
    await fitsWidth(page);
    await screenshot(page, 'info-request-form-th-360');
    // Sent empty: the summary lists what to fix and each field says it.
    await page.getByRole('button', { name: 'ส่งคำขอ' }).click();
    await poll(() => page.locator('.error-summary li').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'info-request-form-errors-th-360');
    await page.getByLabel('หน่วยงานที่ท่านขอข้อมูล').fill('เชียงใหม่');
    await page.getByLabel('หน่วยงานที่ท่านขอข้อมูล').press('Enter');
    await page.getByRole('button', { name: /^เลือก ศาลากลางจังหวัดเชียงใหม่/ }).click();
    await poll(() => page.getByTestId('chosen-agency').textContent()).toContain('เชียงใหม่');
    await page.getByLabel('ชื่อเรื่องที่ขอ').fill('สัญญาจ้างซ่อมถนนสายหลัก ปี 2569');
    await page.getByLabel('ข้อมูลข่าวสารที่ต้องการ').fill('ขอสำเนาสัญญาจ้างซ่อมถนนสายหลักในจังหวัดเชียงใหม่ ปีงบประมาณ 2569 พร้อมใบตรวจรับงาน');
    await page.getByLabel('ขอสำเนา', { exact: true }).check();
    await page.getByLabel('ชื่อ–นามสกุล').fill('สมหญิง ใจดี');
    await page.getByLabel('อีเมล').fill('somying@example.com');
    await page.getByLabel(/ยินยอมให้เผยแพร่/).check();
    await page.getByRole('button', { name: 'ส่งคำขอ' }).click();
    await page.getByTestId('tracking-code').waitFor();
    trackingCode = (await page.getByTestId('tracking-code').textContent())!.trim();
    expect(trackingCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await poll(() => page.getByTestId('request-ref').textContent()).toMatch(/^OIA-2569-\d{6}$/);
    await expectAccessible(page, 'information request sent');
    await screenshot(page, 'info-request-sent-th-360');
    await page.getByRole('link', { name: 'ติดตามคำขอนี้' }).click();
    await settled(page, 'information request tracking');
    await poll(async () => (await page.getByTestId('request-state').textContent())?.trim()).toBe('รอหน่วยงานตอบ');
    await fitsWidth(page);
    await screenshot(page, 'info-request-track-th-360');
  });

  it('lets the agency transfer it once, with a reason, on its transfer page', async () => {
    const page = await open();
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(officer.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/info-requests');
    await settled(page, 'information request list');
    await page.getByRole('link', { name: 'สัญญาจ้างซ่อมถนนสายหลัก ปี 2569' }).click();
    await settled(page, 'information request page');
    await page.getByRole('link', { name: 'ส่งต่อไปยังหน่วยงานอื่น' }).click();
    await settled(page, 'transfer page');
    await page.getByLabel('หน่วยงานที่ครอบครองข้อมูล').fill('กระทรวงการคลัง');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.getByRole('button', { name: /^เลือก กระทรวงการคลัง$/ }).click();
    await page.getByLabel('เหตุผลที่ส่งต่อ').fill(reason);
    await screenshot(page, 'info-request-transfer-th-360');
    await page.getByRole('button', { name: 'ส่งต่อคำขอ' }).click();
    await page.waitForURL((url) => /^\/info-requests\/[0-9a-f-]{36}$/.test(url.pathname));
    await settled(page, 'information request after transfer');
    await poll(async () => (await page.getByTestId('request-state').textContent())?.trim()).toBe('ส่งต่อไปยังหน่วยงานอื่น');
  });

  it('shows the citizen "transferred" with the reason, in Thai and in English', async () => {
    const page = await open();
    await page.goto('/information-request/track');
    await settled(page, 'tracking form');
    await page.getByLabel('รหัสติดตาม').fill(trackingCode.toLowerCase());
    await page.getByRole('button', { name: 'ดูคำขอ' }).click();
    await poll(async () => (await page.getByTestId('request-state').textContent())?.trim()).toBe('ส่งต่อไปยังหน่วยงานอื่น');
    await poll(() => page.getByTestId('transfers').textContent()).toContain(reason);
    await poll(() => page.getByTestId('transfers').textContent()).toContain('กระทรวงการคลัง');
    expect(await page.content()).not.toContain('somying@example.com');
    await fitsWidth(page);
    await screenshot(page, 'info-request-transferred-th-360');
    await page.locator('.language-switch').click();
    await poll(async () => (await page.getByTestId('request-state').textContent())?.trim()).toBe('Transferred');
    await expectAccessible(page, 'tracking in English');
    await screenshot(page, 'info-request-transferred-en-360');
    await page.goto('/information-request');
    await settled(page, 'information request form in English');
    await screenshot(page, 'info-request-form-en-360');
    expect(pageErrors).toEqual([]);
  });
});
