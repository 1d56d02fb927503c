import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { anonymous, signIn as signInApi } from '../support/testApp.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue 13, findings 1, 2 and 4 (tracking page), walked in Chromium at a phone's width: the district
 * office reports the work done with a message to the citizen; /track says the office reports it fixed
 * and shows the message; the 1111 centre accepts and closes; /track still offers the rating and the
 * reopening; a rating or reopening sent wrong and then right leaves no red box behind the thank-you.
 */
describe('a complaint closed by the 1111 centre, as its citizen follows it on a phone', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let officer: TestStaff;
  let operator: TestStaff;
  let trackingCode = '';
  let caseId = '';
  const reply = 'ช่างของเขตเทยางมะตอยปิดหลุมหน้าตลาดแล้วเมื่อเช้านี้ และตีเส้นจราจรใหม่';

  beforeAll(async () => {
    db = await openTestDatabase();
    [officer, operator] = await Promise.all([
      createStaff(db, { role: 'officer', unitCode: 'DO-1001' }),
      createStaff(db, { role: 'operator', unitCode: 'OPM-1111' }),
    ]);
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
    // Filed on the web by a citizen with an e-mail address (the public form itself is walked in complaints.spec.ts).
    const filed = await anonymous(running.app).post('/api/public/complaints', {
      categoryCode: 'roads',
      description: 'ถนนหน้าตลาดเป็นหลุมลึก รถจักรยานยนต์ล้มไปแล้วสองคัน',
      areaCode: '100101',
      location: null,
      complainant: { name: 'มานี มีนา', email: 'manee@example.com' },
    });
    expect(filed.status).toBe(201);
    trackingCode = filed.body.trackingCode as string;
    const row = await db.query<{ case_id: string }>('select case_id from complaints where tracking_code = $1', [trackingCode]);
    caseId = row.rows[0]!.case_id;
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

  async function fitsThePhone(page: Page): Promise<void> {
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  }

  it('lets the district office report the work done with a message to the citizen', async () => {
    const api = await signInApi(running.app, officer);
    const lead = (await api.get(`/api/complaints/${caseId}`)).body.lead.assignmentId as string;
    expect((await api.post(`/api/assignments/${lead}/acknowledge`, {})).status).toBe(200);
    expect((await api.post(`/api/assignments/${lead}/progress`, { note: 'ส่งช่างไปดูแล้ว' })).status).toBe(201);

    clock.set('2026-11-20T05:00:00.000Z');
    const page = await open();
    await signIn(page, officer);
    await page.goto(`/cases/${caseId}`);
    await settled(page, 'complaint case page, district office');
    await page.getByRole('link', { name: 'แจ้งว่าดำเนินการเสร็จแล้ว' }).click();
    await settled(page, 'complete, with a message to the citizen');
    await page.getByLabel('สรุปผลการดำเนินงาน').fill('ใช้งบซ่อมบำรุงของฝ่ายโยธา ใบสั่งงาน 12/2570');
    await page.getByLabel('ข้อความถึงผู้ร้องเรียน').fill(reply);
    await fitsThePhone(page);
    await screenshot(page, 'citizen-complete-with-reply-360');
    await page.getByRole('button', { name: 'แจ้งว่าเสร็จแล้ว' }).click();
    await page.locator('.notice').waitFor();
  });

  it('tells the citizen the office reports it fixed, with the office’s words', async () => {
    clock.set('2026-11-21T02:00:00.000Z');
    const page = await open();
    await page.goto(`/track/${trackingCode}`);
    await settled(page, 'track, reported fixed');
    await expect.poll(() => page.getByTestId('citizen-status').textContent()).toBe('หน่วยงานแจ้งว่าแก้ไขแล้ว รอการตรวจรับ');
    expect(await page.getByTestId('office-replies').textContent()).toContain(reply);
    // The staff summary is internal.
    expect(await page.locator('main').textContent()).not.toContain('ใบสั่งงาน');
    await screenshot(page, 'citizen-track-reported-fixed-360');

    const outbox = await db.query<{ body: string; status: string }>(
      `select body, payload->>'status' as status from outbox where case_id = $1 and kind = 'status_changed' order by id`,
      [caseId],
    );
    expect(outbox.rows.map((r) => r.status)).toEqual(['acknowledged', 'in_progress', 'reported_fixed']);
    expect(outbox.rows[2]!.body).toContain(reply);
    expect(outbox.rows[2]!.body).not.toContain('ใบสั่งงาน');
  });

  it('lets the 1111 centre accept the work and close the complaint', async () => {
    const page = await open();
    await signIn(page, operator);
    await page.goto(`/cases/${caseId}`);
    await settled(page, 'complaint case page, 1111 centre');
    await page.getByRole('button', { name: 'ตรวจรับงาน', exact: true }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('ตรวจรับงานแล้ว');
    await page.getByRole('link', { name: 'ปิดเรื่อง', exact: true }).click();
    await settled(page, 'close');
    await page.getByLabel('บันทึกการปิดเรื่อง').fill('ตรวจรับงานซ่อมถนนแล้ว ปิดเรื่อง');
    await page.getByRole('button', { name: 'ปิดเรื่อง', exact: true }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('ปิดเรื่องแล้ว');
  });

  it('still offers the rating and the reopening after the close; errors go as they are corrected', async () => {
    clock.set('2026-12-10T02:00:00.000Z');
    const page = await open();
    await page.goto(`/track/${trackingCode}`);
    await settled(page, 'track, closed');
    await expect.poll(() => page.getByTestId('citizen-status').textContent()).toBe('ปิดเรื่องแล้ว');
    const history = await page.getByTestId('citizen-history').textContent();
    expect(history).toContain('แก้ไขเสร็จแล้ว');
    expect(await page.getByRole('button', { name: 'ส่งคะแนน' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'ขอเปิดเรื่องอีกครั้ง' }).isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).toContain('แม้เรื่องจะปิดแล้ว');
    await fitsThePhone(page);
    await screenshot(page, 'citizen-track-after-close-360');

    // A rating sent with nothing chosen, then 4: the red box goes when 4 is chosen, and stays gone.
    await page.getByRole('button', { name: 'ส่งคะแนน' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('โปรดเลือกคะแนน');
    await screenshot(page, 'citizen-track-rating-error-360');
    await page.getByLabel('4').check();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(0);
    await page.getByRole('button', { name: 'ส่งคะแนน' }).click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('ขอบคุณสำหรับคะแนน');
    expect(await page.locator('.error-summary, .error-message').count()).toBe(0);
    // The thank-you comes with the answer; the rating shown comes with the refreshed track read.
    await expect.poll(() => page.locator('main').textContent()).toContain('4 / 5');
    await screenshot(page, 'citizen-track-rated-360');

    // Reopening sent empty, then with a reason: the same.
    await page.getByRole('button', { name: 'ขอเปิดเรื่องอีกครั้ง' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('โปรดบอกเหตุผล');
    await page.getByLabel('บอกเราว่ายังมีปัญหาอะไร').fill('ยางมะตอยทรุดลงอีกแล้วหลังฝนตก');
    await expect.poll(() => page.locator('.error-summary').count()).toBe(0);
    await page.getByRole('button', { name: 'ขอเปิดเรื่องอีกครั้ง' }).click();
    await expect.poll(() => page.getByTestId('citizen-status').textContent()).toBe('กำลังดำเนินการ');
    expect(await page.locator('.error-summary, .error-message').count()).toBe(0);
    expect(await page.getByTestId('citizen-history').textContent()).toContain('เปิดเรื่องอีกครั้ง');
    await settled(page, 'track, reopened after close');
    await screenshot(page, 'citizen-track-reopened-after-close-360');

    const kase = await db.query<{ status: string }>('select status from cases where id = $1', [caseId]);
    expect(kase.rows[0]!.status).toBe('in_progress');
  });

  it('lets the office write to the citizen from the complaint page', async () => {
    const page = await open();
    await signIn(page, officer);
    await page.goto(`/cases/${caseId}`);
    await settled(page, 'complaint case page, reopened');
    await page.getByRole('link', { name: 'เขียนข้อความถึงผู้ร้องเรียน' }).click();
    await settled(page, 'public reply');
    await page.getByRole('button', { name: 'ส่งข้อความถึงผู้ร้องเรียน' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('เขียนข้อความถึงผู้ร้องเรียนก่อนส่ง');
    await page.getByLabel('ข้อความ', { exact: true }).fill('รับเรื่องที่เปิดใหม่แล้ว ช่างจะเข้าซ่อมผิวถนนภายในสัปดาห์นี้');
    await expect.poll(() => page.locator('.error-summary').count()).toBe(0);
    await fitsThePhone(page);
    await screenshot(page, 'citizen-public-reply-page-360');
    await page.getByRole('button', { name: 'ส่งข้อความถึงผู้ร้องเรียน' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('ส่งข้อความถึงผู้ร้องเรียนแล้ว');

    const citizen = await open();
    await citizen.goto(`/track/${trackingCode}`);
    await settled(citizen, 'track, second reply');
    await expect.poll(() => citizen.getByTestId('office-replies').textContent()).toContain('ช่างจะเข้าซ่อมผิวถนนภายในสัปดาห์นี้');
    expect(pageErrors).toEqual([]);
  });
});
