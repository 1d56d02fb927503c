import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { CaseFixtures } from '../support/caseFixtures.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue #13, items 9 and 11 in Chromium: the ministry coordinator (the demo's `msdhs`) passes a
 * directive from the cascade page to every provincial office of the ministry, and to those of one
 * inspection zone, reading the count and the list before sending; a unit search says how many of
 * all the matches it shows and pages on.
 */
describe('cascading by kind and area, and paging a unit search, in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let f: CaseFixtures;
  let msdhs: TestStaff;
  let pmdu: TestStaff;
  let offices: number;
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    f = new CaseFixtures(db, clock);
    [msdhs, pmdu] = await Promise.all([
      createStaff(db, { role: 'coordinator', unitCode: 'MSDHS' }),
      createStaff(db, { role: 'delivery_unit', unitCode: 'PMDU' }),
    ]);
    offices = (await db.query<{ n: number }>(`select count(*)::int as n from units where code like 'MSDHS-P-%' and active`)).rows[0]!.n;
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function signedIn(staff: TestStaff, width: number): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  }

  /** A directive sent to the ministry and acknowledged by it, and its cascade page. */
  async function cascadePage(page: Page, title: string): Promise<string> {
    const { caseId, assignmentIds } = await f.directive({ to: ['MSDHS'], title });
    await f.bringTo(assignmentIds['MSDHS']!, 'MSDHS', 'acknowledged');
    await page.goto(`/assignments/${assignmentIds['MSDHS']}/cascade?case=${caseId}`);
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    return caseId;
  }

  async function reached(caseId: string): Promise<string[]> {
    const rows = await db.query<{ code: string }>(
      `select u.code from assignments a join units u on u.id = a.unit_id where a.case_id = $1 and a.parent_id is not null order by u.code`,
      [caseId],
    );
    return rows.rows.map((row) => row.code);
  }

  const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('sends a directive to every provincial office of the ministry from a phone, after reviewing the list', async () => {
    const page = await signedIn(msdhs, 360);
    const caseId = await cascadePage(page, 'ขยายคลินิกแม่เลี้ยงเดี่ยวให้ครอบคลุมทุกจังหวัด');
    await page.getByLabel('ทุกหน่วยงานประเภทหนึ่งภายใต้หน่วยงานของคุณ ทุกพื้นที่หรือเฉพาะบางพื้นที่').check();
    await page.getByLabel('ประเภทหน่วยงาน').selectOption({ label: `สำนักงานประจำจังหวัด (${offices})` });
    await expect.poll(() => page.locator('#cascade-count').textContent()).toBe(`จะส่งถึง ${offices} หน่วยงาน`);

    await page.getByText(`ดูรายชื่อหน่วยงานทั้ง ${offices} หน่วยงาน`).click();
    await page.getByText(`หน่วยงานที่ 1–20 จาก ${offices}`).waitFor();
    expect(await page.locator('.cascade-review__list li').count()).toBe(20);
    await page.getByRole('button', { name: 'ถัดไป' }).click();
    await page.getByText(`หน่วยงานที่ 21–40 จาก ${offices}`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`หน่วยงานที่ 21–40 จาก ${offices}`);
    await page.getByRole('button', { name: 'ก่อนหน้า' }).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await expectAccessible(page, 'cascade to every provincial office, 360 px');
    await screenshot(page, 'cascade-provincial-offices-360');

    await page.getByRole('button', { name: 'ส่งต่อ', exact: true }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.locator('.notice').waitFor();
    expect(await page.locator('.notice').textContent()).toContain(`ส่งต่อให้ ${offices} หน่วยงานแล้ว`);
    const codes = await reached(caseId);
    expect(codes).toHaveLength(offices);
    expect(codes.every((code) => code.startsWith('MSDHS-P-'))).toBe(true);
  });

  it('sends to the provincial offices of one inspection zone only, and says what to choose when the zone is missing', async () => {
    const page = await signedIn(msdhs, 1280);
    const caseId = await cascadePage(page, 'สำรวจผู้สูงอายุที่อยู่ลำพังในเขตตรวจราชการที่ 1');
    await page.getByLabel('ทุกหน่วยงานประเภทหนึ่งภายใต้หน่วยงานของคุณ ทุกพื้นที่หรือเฉพาะบางพื้นที่').check();
    await page.getByLabel('ประเภทหน่วยงาน').selectOption('provincial_office');
    await page.getByLabel('เขตตรวจราชการ', { exact: true }).check();
    await page.getByRole('button', { name: 'ส่งต่อ', exact: true }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('เลือกเขตตรวจราชการ');
    await expectAccessible(page, 'cascade by zone with an error');

    const zone = await db.query<{ province_code: string }>(`select province_code from area_grouping_members where grouping_id = 'zone:1'`);
    const expected = zone.rows.map((row) => `MSDHS-P-${row.province_code}`).sort();
    await page.locator('#zone-id').selectOption({ label: 'เขตตรวจราชการที่ 1' });
    await expect.poll(() => page.locator('#cascade-count').textContent()).toBe(`จะส่งถึง ${expected.length} หน่วยงาน`);
    await screenshot(page, 'cascade-zone-1280');
    await page.getByRole('button', { name: 'ส่งต่อ', exact: true }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    expect(await reached(caseId)).toEqual(expected);
  });

  it('says how many of all the matching units a search shows, and shows the next ones', async () => {
    const matching = (
      await db.query<{ n: number }>(
        `select count(*)::int as n from units where active and (name_th ilike '%พัฒนาสังคม%' or name_en ilike '%พัฒนาสังคม%')`,
      )
    ).rows[0]!.n;
    const page = await signedIn(pmdu, 360);
    await page.goto('/cases/new');
    await page.locator('main h1').first().waitFor();
    await page.getByLabel('ค้นหาหน่วยงานทีละหน่วย').check();
    await page.getByRole('searchbox', { name: 'ค้นหาหน่วยงาน' }).fill('พัฒนาสังคม');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.getByText(`20 จาก ${matching} หน่วยงาน`).first().waitFor();
    await page.getByRole('button', { name: 'แสดงเพิ่มอีก 20 หน่วยงาน' }).click();
    await page.getByText(`40 จาก ${matching} หน่วยงาน`).first().waitFor();
    expect(await page.locator('.unit-results').first().locator('li').count()).toBe(40);
    expect(await page.evaluate(() => [...document.querySelectorAll('.unit-results li')].indexOf(document.activeElement!))).toBe(20);
    expect(await noSideScroll(page)).toBe(true);
    await expectAccessible(page, 'unit search, second page, 360 px');
    await screenshot(page, 'unit-search-paged-360');
  });
});
