import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpen311ApiKey } from '../../src/commands/channels/createOpen311ApiKey.ts';
import { createUnit } from '../../src/commands/units/manageUnits.ts';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, unitByCode, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * An administrator reads the audit trail (issue 9, finding 12) from the main
 * menu: who added a unit and when, in Thai with a Buddhist-era date, and what
 * the command line made; an officer has no such menu entry.
 */
describe('the audit log, read by an administrator in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let admin: TestStaff;
  let officer: TestStaff;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    admin = await createStaff(db, { role: 'admin', unitCode: 'RTG' });
    officer = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    await createUnit(
      { db, clock, actor: admin.actor },
      { code: 'PH-50-AUDIT', parentId: (await unitByCode(db, 'PH-50')).id, kind: 'division', nameTh: 'กลุ่มงานตรวจสอบภายใน' },
    );
    await createOpen311ApiKey({ db, clock }, { name: 'แอปภาคประชาชน' });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function signedIn(staff: TestStaff): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width: 1280 });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  }

  it('lists who changed what, newest first, with Buddhist-era times', async () => {
    const page = await signedIn(admin);
    // One "ผู้ดูแลระบบ" link in the menu, then the administration index (issue 13, item 13).
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ผู้ดูแลระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/admin');
    await page.getByRole('main').getByRole('link', { name: 'บันทึกการดูแลระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/audit');
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expectAccessible(page, 'audit log');
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('สร้างคีย์ Open311');
    expect(await rows.nth(0).textContent()).toContain('บรรทัดคำสั่งบนเซิร์ฟเวอร์');
    const unitRow = (await rows.nth(1).textContent())!;
    expect(unitRow).toContain('เพิ่มหน่วยงาน');
    expect(unitRow).toContain('กลุ่มงานตรวจสอบภายใน');
    expect(unitRow).toContain('2569');
    await screenshot(page, 'audit-log-th');
  });

  it('offers no audit log to an officer', async () => {
    const page = await signedIn(officer);
    await page.locator('main h1').first().waitFor();
    expect(await page.getByRole('link', { name: 'บันทึกการดูแลระบบ' }).count()).toBe(0);
  });
});
