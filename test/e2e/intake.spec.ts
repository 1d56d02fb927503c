import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue #13, items 4 (console), 5, 6 and 7, walked in Chromium at a phone's
 * width: the public pages load without a 404 or a console error and show the
 * Thai file control; the operator finds areas typed as people say them and
 * chooses with the keyboard; the suggested categories and the receiving office
 * are shown before saving and are what the save does; a refused save's errors
 * go once the field is corrected and the save succeeds.
 */
describe('taking a complaint: the area, the decision before saving, and clean public pages', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let operator: TestStaff;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    operator = await createStaff(db, { role: 'operator', unitCode: 'OPM-1111' });
    running = await startBrowserApp({ db, clock: new ManualClock('2026-11-20T02:00:00.000Z') });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  /** A page whose console errors, failed requests and 4xx/5xx answers are collected. */
  async function open(width = 360): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width, height: 780 });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    return page;
  }

  async function settled(page: Page, label: string): Promise<void> {
    await page.locator('main h1, h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expectAccessible(page, label);
  }

  async function signIn(page: Page, staff: TestStaff): Promise<void> {
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  }

  const optionTexts = (page: Page) => page.locator('#area-listbox [role="option"]').allTextContents();

  it('serves the public pages without a 404 or a console error, with a favicon and the Thai file control', async () => {
    problems.length = 0;
    const page = await open();
    for (const [address, label] of [
      ['/complain', 'complaint form'],
      ['/track', 'tracking'],
      ['/portal', 'portal'],
    ] as const) {
      await page.goto(address);
      await settled(page, label);
    }
    await page.goto('/complain');
    await settled(page, 'complaint form again');
    const group = page.locator('#photos').locator('xpath=ancestor::div[contains(@class,"form-group")]');
    expect(await group.textContent()).toContain('เลือกไฟล์');
    expect(await group.textContent()).toContain('ยังไม่ได้เลือกไฟล์');
    // The browser's own "Choose Files" is not shown: the input is see-through, behind the page's own button.
    expect(await page.locator('#photos').evaluate((input) => getComputedStyle(input).opacity)).toBe('0');
    expect(await page.locator('label.file-upload__button[for="photos"]').textContent()).toBe('เลือกไฟล์');
    const icon = await page.request.get('/favicon.ico');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['cache-control']).toBe('public, max-age=2592000');
    expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(await page.locator('link[rel="icon"][href="/favicon.ico"]').count()).toBe(1);
    await page.goto('/portal');
    expect(await page.locator('link[rel="icon"][href="/favicon.ico"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('finds พระนคร, เขตพระนคร and แม่จัน labelled with their parents, chosen with the keyboard', async () => {
    problems.length = 0;
    const page = await open();
    await signIn(page, operator);
    await page.goto('/complaints/take');
    await settled(page, 'operator console');
    const area = page.locator('#area');
    for (const typed of ['พระนคร', 'เขตพระนคร']) {
      await area.fill('');
      await area.pressSequentially(typed);
      await expect.poll(() => optionTexts(page)).toContain('เขตพระนคร กรุงเทพมหานคร');
      expect((await optionTexts(page))[0]).toBe('เขตพระนคร กรุงเทพมหานคร');
    }
    expect(await area.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await area.getAttribute('aria-activedescendant')).toBe('area-option-0');
    await page.keyboard.press('Enter');
    expect(await area.inputValue()).toBe('เขตพระนคร กรุงเทพมหานคร');
    expect(await area.getAttribute('aria-expanded')).toBe('false');

    await area.fill('');
    await area.pressSequentially('แม่จัน');
    await expect
      .poll(() => optionTexts(page))
      .toEqual(['อำเภอแม่จัน จังหวัดเชียงราย', 'ตำบลแม่จัน อำเภอแม่จัน จังหวัดเชียงราย', 'ตำบลแม่จัน อำเภออุ้มผาง จังหวัดตาก']);
    expect(await page.locator('.combobox [role="status"]').textContent()).toContain('พบ 3 พื้นที่');
    await expectAccessible(page, 'operator console, area list open');
    await screenshot(page, 'operator-console-area-list-360');
    await page.keyboard.press('Escape');
    expect(await area.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await area.inputValue()).toBe('ตำบลแม่จัน อำเภอแม่จัน จังหวัดเชียงราย');
    expect(problems).toEqual([]);
  });

  it("shows the suggested categories and the office before saving; the save goes there, and a refused save's errors clear", async () => {
    problems.length = 0;
    const page = await open();
    await signIn(page, operator);
    await page.goto('/complaints/take');
    await settled(page, 'operator console');
    const description = 'ไฟฟ้าส่องสว่างในซอยดับทั้งซอยมาสามคืน มืดมาก อันตราย';
    await page.locator('#description').fill(description);
    // A code that is no area: the server refuses the save, and says so at the top and beside the field.
    await page.locator('#area').fill('999999');
    await page.keyboard.press('Control+Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('ไม่พบรหัสพื้นที่นี้');

    // Corrected: typing a name takes the field's error away at once.
    await page.locator('#area').fill('');
    await page.locator('#area').pressSequentially('ต.แม่จัน เชียงราย');
    await expect.poll(() => optionTexts(page)).toEqual(['ตำบลแม่จัน อำเภอแม่จัน จังหวัดเชียงราย']);
    expect(await page.locator('#area-error').count()).toBe(0);
    expect(await summary.count()).toBe(0); // its one problem is corrected, so the summary goes too
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    const preview = page.getByTestId('routing-preview');
    await preview.waitFor();
    const radios = preview.locator('input[type="radio"]');
    await expect.poll(() => radios.count()).toBe(3);
    expect(await radios.first().isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('routing-unit').textContent()).toContain('แม่จัน');
    const unit = (await page.getByTestId('routing-unit').textContent())!;
    await expectAccessible(page, 'operator console, suggestion');
    await page.getByTestId('routing-preview').scrollIntoViewIfNeeded();
    await screenshot(page, 'operator-console-suggestion-360');

    // The operator picks the second suggestion; the save files it under that category, to the office shown.
    const second = await radios.nth(1).getAttribute('value');
    await radios.nth(1).check();
    expect(await page.locator('#categoryCode').inputValue()).toBe(second);
    await page.keyboard.press('Control+Enter');
    const saved = page.getByTestId('saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain(unit);
    expect(await summary.count()).toBe(0);
    const filed = await db.query<{ category_code: string; area_code: string }>(
      `select k.category_code, c.area_code from complaints k join cases c on c.id = k.case_id where c.body = $1`,
      [description],
    );
    expect(filed.rows).toEqual([{ category_code: second, area_code: '570701' }]);
    // The only refusals were the ones asked for: the save and the preview of the code that is no area.
    expect(problems.filter((problem) => !problem.includes('400'))).toEqual([]);
    // (Whether the preview of the bad code is sent before the next keystroke replaces it depends on timing.)
    const refusals = new Set(problems.filter((problem) => /^400 /.test(problem)));
    expect(refusals.has('400 /api/complaints')).toBe(true);
    expect([...refusals].filter((problem) => problem !== '400 /api/complaints' && problem !== '400 /api/complaints/preview')).toEqual([]);
  });

  it('shows a citizen who left the category to us what it will be and where it will go, and files it so', async () => {
    problems.length = 0;
    const page = await open();
    await page.goto('/complain');
    await settled(page, 'complaint form');
    const description = 'ขยะกองหน้าปากซอยไม่มีใครมาเก็บมาหนึ่งสัปดาห์แล้ว ส่งกลิ่นเหม็นมาก';
    await page.getByLabel('เล่าปัญหาที่พบ').fill(description);
    await page.getByLabel('จังหวัด').selectOption({ label: 'กรุงเทพมหานคร' });
    await page.getByLabel('อำเภอ/เขต').selectOption('1001');
    await page.getByLabel('ตำบล/แขวง').selectOption('100101');
    const preview = page.getByTestId('routing-preview');
    await preview.waitFor();
    await expect.poll(() => page.getByTestId('routing-unit').textContent()).toBe('สำนักงานเขตพระนคร');
    await expect.poll(() => preview.locator('input[type="radio"]').count()).toBe(3);
    const first = await preview.locator('input[type="radio"]').first().getAttribute('value');
    await expectAccessible(page, 'complaint form, suggestion');
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'complain-suggestion-360');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    await page.getByTestId('tracking-code').waitFor();
    expect(await page.locator('main').textContent()).toContain('สำนักงานเขตพระนคร');
    const filed = await db.query<{ category_code: string }>(
      `select k.category_code from complaints k join cases c on c.id = k.case_id where c.body = $1`,
      [description],
    );
    expect(filed.rows).toEqual([{ category_code: first }]);
    expect(problems).toEqual([]);
  });
});
