import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaint } from '../../src/commands/complaints/createComplaint.ts';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { foldComplaintStatistics } from '../../src/jobs/foldComplaintStatistics.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * The league table in the browser (issue #11 item 5), in Thai at a desk's and a phone's width:
 * the formula in plain words with its worked examples, provinces ranked by the adjusted score,
 * the ones with too few complaints listed apart, and the ghost fixes counted; axe finds nothing
 * serious. Staff also see people helped.
 */
describe('the league table in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');

  async function file(areaCode: string, count: number, resolved: number, reopened: number): Promise<void> {
    const made = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        createComplaint(
          { db, clock, actor: null },
          {
            channel: 'web',
            categoryCode: 'roads',
            description: `ถนนชำรุดเป็นหลุมลึก จุดที่ ${areaCode}-${i} รถจักรยานยนต์ล้มบ่อย`,
            areaCode,
            location: null,
            complainant: null,
            skipDuplicateCheck: true,
          },
        ),
      ),
    );
    const ids = made.map((m) => m.caseId);
    // As the assignment hook and reopenComplaint record them (the route test goes through the commands).
    await db.query('update complaints set resolved_at = $2 where case_id = any($1::uuid[])', [ids.slice(0, resolved), clock.now()]);
    await db.query('update complaints set reopened_count = 1 where case_id = any($1::uuid[])', [ids.slice(0, reopened)]);
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    await file('50', 30, 27, 0);
    await file('11', 30, 27, 3);
    await file('12', 30, 22, 0);
    await file('20', 5, 5, 0);
    await foldComplaintStatistics({ db, clock });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function open(width: number, path: string): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(path);
    await page.locator('main h1').first().waitFor();
    await page.locator('table').first().waitFor();
    return page;
  }

  it('shows the formula and ranks provinces fairly, at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const page = await open(width, '/league?fiscalYear=2569');
      expect(await page.locator('main h1').textContent()).toBe('ตารางอันดับผลการดำเนินงาน');
      const method = (await page.locator('.league-method').textContent())!;
      expect(method).toContain('อัตราต่ำสุดที่มั่นใจได้ 95%');
      expect(method).toContain('z = 1.96');
      expect(method).toContain('การแก้ปัญหาทิพย์');
      expect(method).toContain('แก้ไขเสร็จ 1 จาก 1 เรื่อง (100.0%) ได้คะแนน 20.7%');
      const ranked = page.locator('table').nth(0).locator('tbody tr');
      expect(await ranked.count()).toBe(3);
      expect(await ranked.nth(0).locator('th').textContent()).toBe('เชียงใหม่');
      expect(await ranked.nth(1).locator('th').textContent()).toBe('สมุทรปราการ');
      expect(await ranked.nth(1).textContent()).toContain('90.0%');
      const notRanked = page.locator('section[aria-labelledby="league-not-ranked"]');
      expect(await notRanked.locator('h2').textContent()).toBe('ยังไม่จัดอันดับ: เรื่องน้อยเกินไป');
      expect(await notRanked.locator('tbody tr').first().locator('th').textContent()).toBe('ชลบุรี');
      await expectAccessible(page, `league table at ${width} px`);
      await screenshot(page, `league-th-${width}`);
    }
  });

  it('ranks units, and gives signed-in staff the people helped', async () => {
    const staff = await createStaff(db, { role: 'delivery_unit', unitCode: 'PMDU' });
    const context = await newPerson(browser, running.baseUrl, { width: 1280 });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/signin?next=/league');
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/league');
    await page.getByRole('navigation', { name: 'ระดับที่จัดอันดับ' }).getByRole('link', { name: 'หน่วยงาน' }).click();
    await page.waitForURL((url) => url.searchParams.get('level') === 'unit');
    await page.locator('table').first().waitFor();
    await expect.poll(() => page.locator('table').first().locator('tbody tr').count()).toBe(3);
    expect(await page.locator('table').first().locator('thead').textContent()).toContain('ผู้ได้รับความช่วยเหลือ');
    expect(await page.locator('table').first().locator('tbody tr').first().locator('th').textContent()).toBe('ศาลากลางจังหวัดเชียงใหม่');
    await expectAccessible(page, 'unit league table for staff');
    await screenshot(page, 'league-th-units-staff');
  });
});
