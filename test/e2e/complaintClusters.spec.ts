import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/commands/accounts/createUser.ts';
import { createComplaint } from '../../src/commands/complaints/createComplaint.ts';
import type { Database } from '../../src/db/database.ts';
import { DEMO_PASSWORD, demoAccounts } from '../../src/demo/demoAccounts.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { foldComplaintStatistics } from '../../src/jobs/foldComplaintStatistics.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue #11 item 7 in the browser, as the delivery unit's demo account: road complaints in one
 * Bangkok district rise from 1 a month to 12; the cluster list states the rise with its months and
 * complaints, the unit raises it into a directive, and two months on the directive's page shows
 * the district's road complaints before and after it was issued. Thai, 1280 and 360 px, axe.
 */
describe('complaint clusters raised into a directive, in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let subdistrict: string;
  let directivePath: string;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock('2030-03-20T03:00:00.000Z');
  const pmdu = demoAccounts.find((account) => account.username === 'pmdu')!;

  const file = (receivedAt: string, n: number) =>
    createComplaint(
      { db, clock, actor: null },
      {
        channel: 'web',
        categoryCode: 'roads',
        description: `ถนนชำรุดเป็นหลุมลึกหน้าซอย ${n} รถจักรยานยนต์ล้มบ่อย`,
        areaCode: subdistrict,
        location: null,
        complainant: null,
        receivedAt: new Date(receivedAt),
        skipDuplicateCheck: true,
      },
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    await createUser(
      { db, clock },
      {
        username: pmdu.username,
        displayName: pmdu.displayName,
        email: null,
        password: DEMO_PASSWORD,
        role: pmdu.role,
        unit: { code: pmdu.unitCode },
        locale: 'th',
      },
    );
    const row = await db.query<{ code: string }>(
      `select code from areas where level = 'subdistrict' and parent_code = '1030' order by code limit 1`,
    );
    subdistrict = row.rows[0]!.code;
    let n = 0;
    for (const month of ['2029-09', '2029-10', '2029-11', '2029-12', '2030-01', '2030-02']) await file(`${month}-10T03:00:00Z`, n++);
    for (let i = 0; i < 12; i++) await file(`2030-03-${String(1 + i).padStart(2, '0')}T03:00:00Z`, n++);
    await foldComplaintStatistics({ db, clock });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });
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
    await page.goto('/');
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel('ชื่อผู้ใช้').fill(pmdu.username);
    await page.getByLabel('รหัสผ่าน').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  }

  async function openClusters(page: Page): Promise<void> {
    await page.goto('/clusters');
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await page.locator('.report-card').first().waitFor();
  }

  it('lists the rise in one sentence with its months and complaints, at 1280 and 360 px', async () => {
    const page = await signedIn(1280);
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'กลุ่มเรื่องร้องเรียน' }).click();
    await page.waitForURL((url) => url.pathname === '/clusters');
    await page.locator('.report-card').first().waitFor();
    const cards = page.locator('.report-card');
    expect(await cards.count()).toBe(1);
    const text = (await cards.first().textContent())!;
    expect(text).toContain('ในเดือนนี้');
    expect(text).toContain('มีเรื่องร้องเรียนหมวด');
    expect(text).toContain('12 เรื่อง');
    expect(text).toContain('6 เดือนก่อนหน้าเฉลี่ย 1 เรื่องต่อเดือน');
    expect(text).toContain('มี.ค. 2573');
    expect(await page.locator('main').textContent()).toContain('การทดสอบปัวซองด้านเดียว');
    await expectAccessible(page, 'complaint clusters');
    await screenshot(page, 'cluster-th-1280');

    const phone = await signedIn(360);
    await openClusters(phone);
    await expectAccessible(phone, 'complaint clusters at 360 px');
    await screenshot(phone, 'cluster-th-360');

    await page.getByRole('button', { name: /ยกระดับเป็นข้อสั่งการ/ }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    directivePath = new URL(page.url()).pathname;
    await page.locator('#area-trend-title').waitFor();
    expect(await page.locator('main h1').textContent()).toContain('แก้ปัญหาเรื่องร้องเรียนหมวด');
  });

  it("shows the directive's area trend before and after it was issued, at 1280 and 360 px", async () => {
    await file('2030-04-05T03:00:00Z', 100);
    await file('2030-04-06T03:00:00Z', 101);
    await file('2030-05-05T03:00:00Z', 102);
    clock.set(new Date('2030-05-20T03:00:00.000Z'));
    await foldComplaintStatistics({ db, clock });
    for (const width of [1280, 360]) {
      const page = await signedIn(width);
      await page.goto(directivePath);
      const section = page.locator('section[aria-labelledby="area-trend-title"]');
      await section.locator('table').first().waitFor();
      const text = (await section.textContent())!;
      expect(text).toContain('มี.ค. 2573 (เดือนที่ออกข้อสั่งการ)');
      expect(text).toContain('ก่อนออกข้อสั่งการ เฉลี่ย 1 เรื่องต่อเดือน');
      expect(text).toContain('หลังออกข้อสั่งการ เฉลี่ย 1.5 เรื่องต่อเดือน');
      expect(await section.locator('canvas[role="img"]').count()).toBe(1);
      expect(await section.locator('tbody tr').count()).toBeGreaterThanOrEqual(9 + 12);
      await expectAccessible(page, `directive trend at ${width} px`);
      await screenshot(page, `directive-trend-th-${width}`);
    }
  });
});
