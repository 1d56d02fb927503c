import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, unitByCode, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * The foundation, end to end in Chromium: the delivery unit issues a directive
 * to Chiang Mai provincial hall; the province acknowledges it (by keyboard)
 * and passes it to two district offices; one district reports progress with a
 * photo; the delivery unit sees the whole tree and the timeline. Every page
 * visited is checked with axe, and the screenshots are kept for people to look at.
 */
describe('a directive followed from the delivery unit to two district offices, in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let pmdu: TestStaff;
  let province: TestStaff;
  let district: TestStaff;
  let mueang: string;
  let maeChaem: string;
  let chiangMaiHall: string;
  const title = 'เตรียมความพร้อมรับมือหมอกควันและไฟป่า';

  beforeAll(async () => {
    db = await openTestDatabase();
    [pmdu, province, district] = await Promise.all([
      createStaff(db, { role: 'delivery_unit', unitCode: 'PMDU' }),
      createStaff(db, { role: 'officer', unitCode: 'PH-50' }),
      createStaff(db, { role: 'officer', unitCode: 'DO-5001' }),
    ]);
    const names = await Promise.all(['DO-5001', 'DO-5003', 'PH-50'].map(async (code) => (await unitByCode(db, code)).name_th));
    [mueang, maeChaem, chiangMaiHall] = names as [string, string, string];
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function open(width = 1280): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  /** Waits for the page's heading and for loading to finish, then checks it with axe. */
  async function settled(page: Page, label: string): Promise<void> {
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expectAccessible(page, label);
  }

  async function signIn(page: Page, staff: TestStaff): Promise<void> {
    await page.goto('/');
    await page.waitForURL(/\/signin\?next=/);
    await settled(page, 'sign in');
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page, 'my work');
  }

  async function fillDate(page: Page, id: string, day: number, month: string, year: number): Promise<void> {
    await page.locator(`#${id}`).fill(String(day));
    await page.locator(`#${id}-month`).selectOption({ label: month });
    await page.locator(`#${id}-year`).fill(String(year));
  }

  it('shows the sign-in errors in a summary the person is taken to', async () => {
    const page = await open();
    await page.goto('/signin');
    await settled(page, 'sign in');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.evaluate((element) => element.matches(':focus'))).toBe(true);
    expect(await summary.textContent()).toContain('กรอกชื่อผู้ใช้');
    await expectAccessible(page, 'sign in with errors');
    await screenshot(page, 'signin-errors-th');

    await page.getByLabel('ชื่อผู้ใช้').fill(pmdu.username);
    await page.getByLabel('รหัสผ่าน').fill('not-the-password');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    // A refused sign-in runs argon2 and the per-username throttle: give a loaded machine time.
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
  });

  it('lets the delivery unit create a directive assigned to Chiang Mai provincial hall', async () => {
    const page = await open();
    await signIn(page, pmdu);
    await page.getByRole('link', { name: 'สร้างเรื่อง' }).click();
    await settled(page, 'new case');

    await page.getByLabel('ข้อสั่งการ', { exact: true }).check();
    await page.getByLabel('ชื่อเรื่อง').fill(title);
    await page.getByLabel(/รายละเอียด/).fill('ให้จังหวัดเชียงใหม่สำรวจจุดเสี่ยงไฟป่า เตรียมกำลังเฝ้าระวัง และรายงานทุกสัปดาห์');
    await page.getByLabel('ด่วนที่สุด', { exact: true }).check();
    await fillDate(page, 'dueDate', 31, 'ธันวาคม', 2569);
    const unitSearch = page.getByRole('searchbox', { name: 'ค้นหาหน่วยงาน' });
    await unitSearch.fill('PH-50');
    await unitSearch.press('Enter');
    await page.getByRole('button', { name: `เพิ่ม ${chiangMaiHall}` }).click();
    await fillDate(page, 'assignmentDue', 15, 'ธันวาคม', 2569);
    await expectAccessible(page, 'new case, filled in');
    await screenshot(page, 'new-case-th');
    await page.getByRole('button', { name: 'สร้างเรื่อง' }).click();

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await settled(page, 'case page after creating');
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('.notice').textContent()).toContain('สร้างเรื่องแล้ว');
    expect(await page.locator('.ack-summary').textContent()).toContain('รับทราบแล้ว 0 จาก 1 หน่วยงาน');
  });

  it('shows it in the province’s work; the officer acknowledges by keyboard and passes it to two districts', async () => {
    clock.set('2026-11-20T04:30:00.000Z');
    const page = await open();
    await signIn(page, province);
    const item = page.locator('.work-item', { hasText: title });
    expect(await item.textContent()).toContain('รอหน่วยงานของคุณรับทราบ');
    expect(await item.textContent()).toContain('กำหนด 15 ธ.ค. 2569');
    await screenshot(page, 'inbox-th');

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'inbox-th-360');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Keyboard only: from the heading (focused after sign-in), Tab to the acknowledge button and press Enter.
    expect(await page.locator('main h1:focus').count()).toBe(1);
    let onButton = false;
    for (let presses = 0; presses < 10 && !onButton; presses++) {
      await page.keyboard.press('Tab');
      onButton = (await page.locator('button:focus', { hasText: 'รับทราบ' }).count()) === 1;
    }
    expect(onButton).toBe(true);
    await page.keyboard.press('Enter');
    const notice = page.locator('.notice');
    await expect.poll(() => notice.textContent()).toContain(`รับทราบเรื่อง “${title}” แล้ว`);
    expect(await notice.evaluate((element) => element.matches(':focus'))).toBe(true);
    await expect.poll(() => item.textContent()).toContain('รอหน่วยงานของคุณดำเนินการ');
    await expectAccessible(page, 'my work after acknowledging');

    await item.getByRole('link', { name: title }).click();
    await settled(page, 'case page, province');
    await page.getByRole('link', { name: 'ส่งต่อให้หน่วยงานในสังกัด' }).click();
    await page.waitForURL(/\/assignments\/[0-9a-f-]{36}\/cascade\?case=/);
    await settled(page, 'cascade');
    await page.getByRole('button', { name: 'ส่งต่อ', exact: true }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('เลือกหน่วยงานอย่างน้อยหนึ่งหน่วย');
    await expectAccessible(page, 'cascade with errors');
    await screenshot(page, 'cascade-errors-th');

    await page.getByLabel(mueang, { exact: true }).check();
    await page.getByLabel(maeChaem, { exact: true }).check();
    expect(await page.locator('#targets-count').textContent()).toBe('เลือกแล้ว 2 หน่วยงาน');
    await fillDate(page, 'dueDate', 25, 'พฤศจิกายน', 2569);
    await page.getByLabel(/คำสั่งหรือข้อความถึงหน่วยงาน/).fill('สำรวจจุดเสี่ยงในอำเภอ และรายงานภายในวันที่ 25');
    await page.getByRole('button', { name: 'ส่งต่อ', exact: true }).click();

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await settled(page, 'case page after cascading');
    expect(await page.locator('.notice').textContent()).toContain('ส่งต่อให้ 2 หน่วยงานแล้ว');
    const tree = await page.locator('.tree').first().textContent();
    expect(tree).toContain(mueang);
    expect(tree).toContain(maeChaem);
  });

  it('lets the district report progress with a photo as evidence', async () => {
    clock.set('2026-11-21T01:15:00.000Z');
    const page = await open(360);
    await signIn(page, district);
    await page.locator('.work-item', { hasText: title }).getByRole('link', { name: title }).click();
    await settled(page, 'case page, district');
    // The district sees its own work and where it came from, not its neighbour's.
    expect(await page.locator('.tree').first().textContent()).not.toContain(maeChaem);
    await page.getByRole('button', { name: 'รับทราบ', exact: true }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('รับทราบแล้ว');

    // A directive's one report action opens the cycle report the delivery unit reads (issue 13, item 8).
    await page.getByRole('link', { name: 'รายงานความคืบหน้า', exact: true }).click();
    await page.waitForURL(/\/assignments\/[0-9a-f-]{36}\/report\?case=/);
    await settled(page, 'report progress');
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();
    const summary = page.locator('.error-summary');
    const missingAim = 'โปรดตอบคำถาม “คุณกำลังพยายามทำอะไร”';
    await expect.poll(() => summary.textContent()).toContain(missingAim);
    await expectAccessible(page, 'report progress with errors');
    await screenshot(page, 'progress-errors-th-360');
    await summary.getByRole('link', { name: missingAim }).click();
    expect(await page.locator('#aim:focus').count()).toBe(1);

    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2d6db5' } })
      .png()
      .toBuffer();
    await page.keyboard.type('สำรวจแล้ว 12 ตำบล พบจุดเสี่ยงไฟป่า 3 จุด ตั้งจุดเฝ้าระวังแล้ว');
    await page.getByLabel('คุณทำอย่างไร').fill('ลาดตระเวนร่วมกับอาสาสมัครป้องกันไฟป่า');
    await page.getByLabel('คุณรู้ได้อย่างไรว่าได้ผล').fill('จุดความร้อนลดลงจากสัปดาห์ก่อน');
    await page.getByLabel('คุณจะปรับเปลี่ยนอะไร').fill('เพิ่มจุดเฝ้าระวังในตำบลที่เหลือ');
    await page.getByLabel('เขียว', { exact: true }).check();
    await page.getByLabel('มั่นใจสูง', { exact: true }).check();
    // After a correction the red box goes (issue 13, item 4).
    expect(await summary.count()).toBe(0);
    await page.getByLabel(/หลักฐาน/).setInputFiles({ name: 'จุดเฝ้าระวัง.png', mimeType: 'image/png', buffer: photo });
    expect(await page.locator('.file-list').textContent()).toContain('จุดเฝ้าระวัง.png');
    await screenshot(page, 'progress-filled-th-360');
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await settled(page, 'case page after reporting');
    expect(await page.locator('.notice').textContent()).toContain('ส่งรายงานความคืบหน้าแล้ว');
    const link = page.getByRole('link', { name: 'จุดเฝ้าระวัง.png' }).first();
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  });

  it('shows the delivery unit the tree: both districts, who acknowledged, and the progress in the timeline', async () => {
    clock.set('2026-11-27T02:00:00.000Z');
    const page = await open();
    await signIn(page, pmdu);
    await page.getByRole('link', { name: 'เรื่องทั้งหมด' }).click();
    await settled(page, 'cases');
    await page.getByLabel('ค้นหา', { exact: true }).fill('หมอกควัน');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.waitForURL(/\/cases\?q=/);
    await page.getByRole('link', { name: title }).click();
    await settled(page, 'case page, delivery unit');

    const units = page.locator('section', { has: page.locator('#units-title') });
    expect(await units.locator('.ack-summary__count').textContent()).toBe('รับทราบแล้ว 2 จาก 3 หน่วยงาน');
    expect(await units.locator('.ack-summary li').allTextContents()).toEqual([maeChaem]);
    const districtRow = (name: string) => units.locator('.tree .tree .tree__item', { hasText: name });
    expect(await districtRow(mueang).textContent()).toContain('รับทราบเมื่อ 21 พ.ย. 2569 08:15');
    expect(await districtRow(mueang).textContent()).toContain('กำลังดำเนินการ');
    expect(await districtRow(maeChaem).textContent()).toContain('ยังไม่รับทราบ');
    expect(await districtRow(maeChaem).textContent()).toContain('เกินกำหนด');

    const progress = page.locator('.timeline__item', { hasText: `${mueang} รายงานความคืบหน้า` });
    expect(await progress.textContent()).toContain('สถานะเขียว');
    expect(await progress.textContent()).toContain('จุดเฝ้าระวัง.png');
    expect(await progress.locator('time').textContent()).toContain('2569');
    // The report's own words are read in the delivery section (issue 13, item 8).
    const delivery = page.locator('section', { has: page.locator('#delivery-title') });
    expect(await delivery.textContent()).toContain('สำรวจแล้ว 12 ตำบล');
    await screenshot(page, 'case-th');

    // English, kept across a reload, with <html lang> following.
    await page.getByRole('button', { name: 'Change the language to English' }).click();
    // English is its own chunk, fetched on the first switch (issue #12: a light first load).
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await settled(page, 'case page in English');
    expect(await page.locator('#units-title').textContent()).toBe('Units assigned');
    expect(await page.locator('.ack-summary__count').textContent()).toBe('2 of 3 units have acknowledged');
    await screenshot(page, 'case-en');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/signin$/);
    await settled(page, 'signed out');
    expect(pageErrors).toEqual([]);
  });
});
