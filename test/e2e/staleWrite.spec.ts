import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { CaseFixtures } from '../support/caseFixtures.ts';
import { launchBrowser, newPerson, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue #15, item 3 in Chromium: an officer's case page is out of date (the assignment changed
 * meanwhile, perhaps through another server process, in a way that still allows the move). Pressing
 * acknowledge sends the version the page showed; the API refuses it as stale, and the page says so and
 * reloads, after which the same press goes through. (A move no longer possible at all, such as a second
 * acknowledgement, is refused with its own reason: test/e2e/deliveryWords.spec.ts.)
 */
describe('a stale page in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  const clock = new ManualClock('2026-12-09T02:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  it('shows the stale-write message and reloads to the colleague’s change', async () => {
    const f = new CaseFixtures(db, clock);
    const { caseId, assignmentIds } = await f.directive({ to: ['DO-5003'], title: 'ข้อสั่งการที่มีคนรับทราบไปแล้ว' });
    const officer = await createStaff(db, { role: 'officer', unitCode: 'DO-5003' });
    context = await newPerson(browser, running.baseUrl, { width: 1280 });
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(officer.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/cases/${caseId}`);
    const acknowledge = page.getByRole('button', { name: 'รับทราบ', exact: true });
    await acknowledge.waitFor();

    // While this page is open, the assignment changes in a way that still allows acknowledging it (its
    // due date moved: any change of the row raises its version). The officer's click is refused as stale
    // rather than acknowledging something they have not seen; the page reloads to the change.
    await db.query(`update assignments set due_at = $2 where id = $1`, [assignmentIds['DO-5003']!, new Date('2027-01-15T10:00:00Z')]);
    await acknowledge.click();
    await expect.poll(() => page.getByText('มีผู้อื่นแก้ไขรายการนี้ไปแล้ว', { exact: false }).count()).toBeGreaterThan(0);
    const none = await db.query<{ n: number }>(`select count(*)::int as n from case_events where case_id = $1 and type = 'acknowledged'`, [
      caseId,
    ]);
    expect(none.rows[0]!.n).toBe(0);
    // Reloaded with the new version, the same click now goes through.
    await acknowledge.click();
    await expect.poll(() => acknowledge.count()).toBe(0);
    const events = await db.query<{ n: number }>(
      `select count(*)::int as n from case_events where case_id = $1 and type = 'acknowledged'`,
      [caseId],
    );
    expect(events.rows[0]!.n).toBe(1);
  });
});
