import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transitionAssignment } from '../../src/commands/assignments/transitionAssignment.ts';
import { createComplaint } from '../../src/commands/complaints/createComplaint.ts';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { foldComplaintStatistics } from '../../src/jobs/foldComplaintStatistics.ts';
import { hours } from '../../src/shared/thaiTime.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * A province's complaint dashboard with its district map (issue 11, items 1 and 2): complaints
 * filed in Chiang Mai and Bangkok in fiscal year 2570, some resolved, folded into the aggregates;
 * staff reach the national dashboard from the main menu, drill down from the province map, and
 * read the same figure in the headline and in the map's table alternative, in Thai, at a desk's
 * and a phone's width, with no serious accessibility problem.
 */
describe('the complaint dashboard of a province, with its map, in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let officer: TestStaff;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock('2026-10-03T02:00:00.000Z');
  // Subdistricts of four Chiang Mai districts (Mueang, Chom Thong, Mae Chaem, Chiang Dao) and one in Bangkok.
  const places = ['500101', '500102', '500203', '500301', '500401', '500101', '100101'];

  beforeAll(async () => {
    db = await openTestDatabase();
    officer = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    const resolvers = new Map<string, TestStaff>();
    for (let i = 0; i < 14; i++) {
      clock.advanceMs(hours(30));
      const filed = await createComplaint(
        { db, clock, actor: null },
        {
          channel: i % 3 === 0 ? 'line' : 'web',
          categoryCode: null,
          description: `ถนนชำรุดเป็นหลุมลึกหน้าบ้านเลขที่ ${i + 1} รถจักรยานยนต์ล้มบ่อย`,
          areaCode: places[i % places.length]!,
          location: null,
          complainant: null,
          skipDuplicateCheck: true,
        },
      );
      if (i % 4 === 3) continue; // a quarter stay open
      const lead = (
        await db.query<{ id: string; code: string }>(
          'select a.id, u.code from assignments a join units u on u.id = a.unit_id where a.case_id = $1 and a.parent_id is null',
          [filed.caseId],
        )
      ).rows[0]!;
      let staff = resolvers.get(lead.code);
      if (!staff) resolvers.set(lead.code, (staff = await createStaff(db, { role: 'officer', unitCode: lead.code })));
      await transitionAssignment({ db, clock, actor: staff.actor }, lead.id, 'acknowledge', {});
      clock.advanceMs(hours(20));
      await transitionAssignment({ db, clock, actor: staff.actor }, lead.id, 'complete', { note: 'ซ่อมผิวถนนแล้ว' });
    }
    clock.set(new Date('2026-12-05T02:00:00.000Z'));
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

  async function person(width: number): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width });
    contexts.push(context);
    return context.newPage();
  }

  async function settled(page: Page) {
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await page.locator('.choropleth__svg').waitFor();
  }

  const headline = (page: Page, measure: string) => page.locator(`.headline [data-measure="${measure}"] .headline__value`).textContent();

  it('takes staff from the main menu to the national picture, and a province on the map to its own dashboard', async () => {
    const page = await person(1280);
    await page.goto('/');
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel('ชื่อผู้ใช้').fill(officer.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'สถิติเรื่องร้องเรียน' }).click();
    await page.waitForURL((url) => url.pathname === '/statistics');
    await settled(page);
    expect(await page.locator('main h1').textContent()).toContain('ทั้งประเทศ');
    expect(await page.locator('.page-heading .caption').textContent()).toContain('ปีงบประมาณ พ.ศ. 2570');
    expect(await headline(page, 'received')).toBe('14');
    await expectAccessible(page, 'the national complaint dashboard');
    await screenshot(page, 'statistics-national-1280');

    // Chiang Mai's row of the map's table says what Chiang Mai's own headline will.
    const chiangMaiRow = page.locator('.area-table tr[data-area="50"] td[data-measure="received"]');
    const inTable = await chiangMaiRow.textContent();
    expect(inTable).toBe('12');
    await page.locator('.choropleth__link[data-area="50"]').click();
    await page.waitForURL((url) => url.pathname === '/statistics/p:50');
    await settled(page);
    expect(await headline(page, 'received')).toBe(inTable);
  });

  it("shows Chiang Mai's figures, its districts on the map and in the table, at a desk's and a phone's width", async () => {
    for (const width of [1280, 360]) {
      const page = await person(width);
      await page.goto('/statistics/p:50?fiscalYear=2570');
      await settled(page);
      expect(await page.locator('main h1').textContent()).toContain('เชียงใหม่');
      expect(await page.getByRole('navigation', { name: 'ระดับพื้นที่' }).textContent()).toContain('ทั้งประเทศ');
      const received = (await headline(page, 'received'))!;
      expect(received).toBe('12');
      // 9 of 12 finished: the 1111 headline, as a rate.
      expect(await headline(page, 'resolutionRate')).toBe('ร้อยละ 75.0');
      // The districts' rows in the table alternative add up to the headline.
      const cells = await page.locator('.area-table td[data-measure="received"]').allTextContents();
      expect(cells.length).toBeGreaterThanOrEqual(4);
      expect(cells.reduce((sum, cell) => sum + Number(cell.replace(/,/g, '')), 0)).toBe(Number(received.replace(/,/g, '')));
      expect(await page.locator('.choropleth__link').count()).toBe(25);
      expect(await page.locator('.choropleth__link[data-area="5001"]').getAttribute('aria-label')).toMatch(/^เมืองเชียงใหม่: รับเรื่อง \d+$/);
      expect(await page.locator('.choropleth__legend').textContent()).toContain('ระดับ 1');
      await expectAccessible(page, `Chiang Mai's complaint dashboard at ${width} px`);
      await screenshot(page, `statistics-province-${width}`);
      if (width === 360) {
        const national = await person(360);
        await national.goto('/statistics');
        await settled(national);
        await screenshot(national, 'statistics-national-360');
      }
    }
  });
});
