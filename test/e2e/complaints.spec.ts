import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * A citizen's complaint, end to end in Chromium at a phone's width: filed
 * with a photo on the public form, it lands in the right Bangkok district
 * office's inbox; the officer acknowledges and resolves it; the citizen
 * follows its history by code, rates it and reopens it. Then an operator
 * takes a call on the console using only the keyboard.
 */
describe('a citizen complaint from the phone to the district office and back, in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let officer: TestStaff;
  let operator: TestStaff;
  let trackingCode = '';
  const description = 'ถนนหน้าตลาดเป็นหลุมลึก รถจักรยานยนต์ล้มไปแล้วสองคัน';

  beforeAll(async () => {
    db = await openTestDatabase();
    // Bangkok, เขตพระนคร (1001), แขวงพระบรมมหาราชวัง (100101): the complaint goes to สำนักงานเขตพระนคร.
    [officer, operator] = await Promise.all([
      createStaff(db, { role: 'officer', unitCode: 'DO-1001' }),
      createStaff(db, { role: 'operator', unitCode: 'OPM-1111' }),
    ]);
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

  async function signIn(page: Page, staff: TestStaff): Promise<void> {
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page, 'my work');
  }

  it('lets a citizen file a complaint with a photo on a phone and get a tracking code', async () => {
    const page = await open();
    await page.goto('/complain');
    await settled(page, 'complaint form');
    await page.getByLabel('ประเภทเรื่อง').selectOption({ label: 'ถนน' });
    await page.getByLabel('เล่าปัญหาที่พบ').fill(description);
    await page.getByLabel('จังหวัด').selectOption({ label: 'กรุงเทพมหานคร' });
    await page.getByLabel('อำเภอ/เขต').selectOption('1001');
    await page.getByLabel('ตำบล/แขวง').selectOption('100101');
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#6b5b45' } })
      .jpeg()
      .toBuffer();
    await page.locator('#photos').setInputFiles({ name: 'หลุม.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => page.locator('#photos-hint').textContent()).toContain('(1/5)');
    await page.getByLabel('อีเมล').fill('citizen@example.com');
    // The draft is kept on the device as it is typed.
    expect(await page.evaluate("localStorage.getItem('tidtam.complaintDraft')")).toContain('หลุมลึก');
    await screenshot(page, 'complaint-form-th-360');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    const code = page.getByTestId('tracking-code');
    await code.waitFor();
    trackingCode = (await code.textContent())!.trim();
    expect(trackingCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    // On one line at 360 px, so the citizen copies it down whole.
    const lineBoxes = await code.evaluate((element) => {
      const range = element.ownerDocument.createRange();
      range.selectNodeContents(element);
      return { lines: range.getClientRects().length, overflows: element.scrollWidth > element.clientWidth };
    });
    expect(lineBoxes).toEqual({ lines: 1, overflows: false });
    expect(await page.locator('body').textContent()).toContain('เรื่องของท่านส่งถึงสำนักงานเขตพระนครแล้ว');
    await expectAccessible(page, 'complaint sent');
    await screenshot(page, 'complaint-sent-th-360');
    expect(await page.evaluate("localStorage.getItem('tidtam.complaintDraft')")).toBeNull();
  });

  it('lands in the district office inbox, where the officer acknowledges and resolves it', async () => {
    clock.set('2026-11-20T04:00:00.000Z');
    const page = await open();
    await signIn(page, officer);
    const item = page.locator('.work-item', { hasText: 'ถนนหน้าตลาดเป็นหลุมลึก' });
    await item.getByRole('link').first().click();
    await settled(page, 'complaint case page, district office');
    await page.getByRole('button', { name: 'ดูข้อมูลติดต่อผู้ร้อง' }).click();
    await expect.poll(() => page.getByTestId('complainants').textContent()).toContain('citizen@example.com');
    expect(await page.locator('img[alt="รูปถ่าย 1"]').count()).toBe(1);
    await screenshot(page, 'complaint-case-page-officer-th-360');
    await page.getByRole('button', { name: 'รับทราบ', exact: true }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('รับทราบแล้ว');
    await page.getByRole('link', { name: 'แจ้งว่าดำเนินการเสร็จแล้ว' }).click();
    await settled(page, 'complete');
    await page.getByRole('button', { name: 'แจ้งว่าเสร็จแล้ว' }).click();
    await page.locator('.notice').waitFor();
    await screenshot(page, 'complaint-resolved-officer-th-360');
  });

  it('shows the citizen the history in plain Thai; the citizen rates it and reopens it', async () => {
    clock.set('2026-11-21T02:00:00.000Z');
    const page = await open();
    await page.goto('/track');
    await settled(page, 'track');
    await page.getByLabel('รหัสติดตามเรื่อง').fill(trackingCode.toLowerCase());
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    // The office's word, until the 1111 centre checks the work (issue 13, finding 2).
    await expect.poll(() => page.getByTestId('citizen-status').textContent()).toBe('หน่วยงานแจ้งว่าแก้ไขแล้ว รอการตรวจรับ');
    const history = await page.getByTestId('citizen-history').textContent();
    expect(history).toContain('ได้รับเรื่องแล้ว');
    expect(history).toContain('หน่วยงานรับเรื่องแล้ว');
    expect(history).toContain('หน่วยงานแจ้งว่าแก้ไขแล้ว');
    expect(await page.locator('main').textContent()).toContain('สำนักงานเขตพระนคร');
    expect(await page.locator('main').textContent()).not.toContain(officer.username);
    await settled(page, 'tracking, resolved');
    await screenshot(page, 'complaint-track-resolved-th-360');

    await page.getByLabel('4').check();
    await page.getByRole('button', { name: 'ส่งคะแนน' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('4 / 5');

    await page.getByLabel('บอกเราว่ายังมีปัญหาอะไร').fill('ยังมีหลุมอีกจุดหนึ่งที่ไม่ได้ซ่อม');
    await page.getByRole('button', { name: 'ขอเปิดเรื่องอีกครั้ง' }).click();
    await expect.poll(() => page.getByTestId('citizen-status').textContent()).toBe('กำลังดำเนินการ');
    expect(await page.getByTestId('citizen-history').textContent()).toContain('เปิดเรื่องอีกครั้ง');
    await settled(page, 'tracking, reopened');
    await screenshot(page, 'complaint-track-reopened-th-360');

    const reads = await db.query(
      `select 1 from complainant_contact_reads r join complaints k on k.case_id = r.case_id where k.tracking_code = $1 and r.user_id is not null`,
      [trackingCode],
    );
    expect(reads.rows).toHaveLength(1);
    const outbox = await db.query<{ kind: string }>(
      `select o.kind from outbox o join complaints k on k.case_id = o.case_id where k.tracking_code = $1`,
      [trackingCode],
    );
    expect(outbox.rows.length).toBe(4); // receipt, acknowledged, reported fixed, reopened
  });

  it('lets an operator take a call on the console with the keyboard alone', async () => {
    const page = await open(1280);
    await signIn(page, operator);
    await page.goto('/complaints/take');
    await settled(page, 'operator console');
    expect(await page.locator('#shortcuts').textContent()).toContain('Ctrl+Enter');
    await page.keyboard.press('Alt+P');
    expect(await page.evaluate('document.activeElement.id')).toBe('phone');
    await page.keyboard.type('081 234 5678');
    await page.keyboard.press('Tab'); // to the name; the caller is looked up
    await page.getByTestId('earlier').waitFor();
    await page.keyboard.type('นายสมชาย ทดสอบ');
    await page.keyboard.press('Tab'); // category: let the system choose
    await page.keyboard.press('Tab'); // description
    expect(await page.evaluate('document.activeElement.id')).toBe('description');
    await page.keyboard.type('ไฟฟ้าส่องสว่างในซอยดับทั้งซอย มืดมาก อันตราย');
    await page.keyboard.press('Tab'); // area
    expect(await page.evaluate('document.activeElement.id')).toBe('area');
    await page.keyboard.type('100101');
    await page.keyboard.press('Control+Enter');
    const saved = page.getByTestId('saved');
    await saved.waitFor();
    // The operator tells the caller where the complaint went, by the office's name.
    expect(await saved.textContent()).toContain('สำนักงานเขตพระนคร');
    await expectAccessible(page, 'operator console, saved');
    await screenshot(page, 'operator-console-th-1280');
    // The same caller again: their complaint is found by phone.
    await page.keyboard.press('Alt+N');
    await page.keyboard.type('0812345678');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId('earlier').textContent()).toContain('ไฟฟ้าส่องสว่าง');
    await screenshot(page, 'operator-console-returning-caller-th-1280');
    expect(pageErrors).toEqual([]);
  });
});
