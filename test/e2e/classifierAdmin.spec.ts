import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { insertClassifierModel } from '../../src/db/queries/classifierModelQueries.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { trainClassifier } from '../../src/domain/complaints/classifier/index.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * An administrator reads how the category suggester does (issue #14, item 2) from the administration
 * index: the model in use with its accuracy per category in Thai, trained when (Buddhist era), and
 * "train now", which keeps the model when nothing new came in, and says so.
 */
describe('the category suggester, read and trained by an administrator in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let admin: TestStaff;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    admin = await createStaff(db, { role: 'admin', unitCode: 'RTG' });
    const at = new Date('2026-11-19T19:00:00.000Z');
    const model = trainClassifier(
      [
        { text: 'ถนนเป็นหลุมบ่อ', codes: ['roads'] },
        { text: 'ไฟถนนดับทั้งซอย', codes: ['street_lights'] },
      ],
      { now: at },
    );
    await insertClassifierModel(db, {
      model,
      trainedAt: at,
      examples: 2811,
      top1: 0.8125,
      top3: 0.9375,
      installed: true,
      trainedThrough: at,
      shipped: 2799,
      staff: 12,
      closed: 0,
      heldOut: 16,
      perCategory: [
        { code: 'roads', tested: 10, top1: 0.9, top3: 1 },
        { code: 'street_lights', tested: 6, top1: 0.6666, top3: 0.8333 },
      ],
      baselineTop1: 0.75,
      baselineTop3: 0.9375,
      outcome: 'installed',
    });
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

  it('shows the model in use per category with a Buddhist-era date, and keeps it when nothing new came in', async () => {
    const page = await signedIn(admin);
    await page.goto('/admin');
    await page.getByRole('main').getByRole('link', { name: 'ตัวแนะนำประเภทเรื่อง' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/classifier');
    await page.locator('.loading').waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'โมเดลที่ใช้อยู่' }).waitFor();
    const main = (await page.getByRole('main').textContent())!;
    expect(main).toContain('2569');
    expect(main).toContain('81.3%');
    expect(main).toContain('ไม่มีการแก้ไขใหม่ตั้งแต่ฝึกโมเดลครั้งล่าสุด');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator('th').textContent()).not.toBe('roads'); // the category's Thai name
    await expectAccessible(page, 'classifier admin');
    await screenshot(page, 'classifier-admin-th');

    await page.getByRole('button', { name: 'ฝึกโมเดลใหม่' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('ไม่มีตัวอย่างใหม่');
    const attempts = await db.query<{ outcome: string; installed: boolean }>(
      'select outcome, installed from classifier_models order by id',
    );
    expect(attempts.rows).toEqual([
      { outcome: 'installed', installed: true },
      { outcome: 'nothing_new', installed: false },
    ]);
  });
});
