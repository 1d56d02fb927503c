import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cascadeAssignment } from '../../src/commands/assignments/cascadeAssignment.ts';
import { reportProgress } from '../../src/commands/assignments/reportProgress.ts';
import { transitionAssignment } from '../../src/commands/assignments/transitionAssignment.ts';
import { createCase } from '../../src/commands/cases/createCase.ts';
import { createComplaint } from '../../src/commands/complaints/createComplaint.ts';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import {
  expectAccessible,
  launchBrowser,
  newPerson,
  screenshot,
  SCREENSHOT_DIR,
  startBrowserApp,
  type RunningApp,
} from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue 13, items 8 and 12, in Chromium. Chiang Mai's hall passes a directive to two district
 * offices. เมืองเชียงใหม่'s officer sees one report action, "รายงานความคืบหน้า", reports once on
 * the cycle form; the other office reports by a progress note through the API. The delivery unit
 * then reads that both reported, not "ยังไม่มีรายงาน…". Thai pages carry no "RAG", "Stocktake" or
 * channel code, and a refused action says why in Thai words.
 */
describe('one report action, the summaries count what was reported, and Thai pages speak Thai', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  const clock = new ManualClock('2026-12-10T03:00:00.000Z');
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let pmdu: TestStaff;
  let district: TestStaff;
  let caseId: string;
  let districtAssignment: string;
  let complaintId: string;
  const title = 'เร่งขุดลอกคูคลองก่อนฤดูน้ำหลาก';
  const note = 'ขุดลอกคลองแม่ข่าแล้ว 2 กิโลเมตร';

  beforeAll(async () => {
    db = await openTestDatabase();
    const hall = await createStaff(db, { role: 'coordinator', unitCode: 'PH-50' });
    const other = await createStaff(db, { role: 'officer', unitCode: 'DO-5004' });
    [pmdu, district] = await Promise.all([
      createStaff(db, { role: 'delivery_unit', unitCode: 'PMDU' }),
      createStaff(db, { role: 'officer', unitCode: 'DO-5001' }),
    ]);
    const as = (staff: TestStaff) => ({ db, clock, actor: staff.actor });
    const created = await createCase(as(pmdu), {
      kind: 'directive',
      title,
      body: 'ให้อำเภอขุดลอกคูคลองสายหลักให้แล้วเสร็จก่อนฤดูน้ำหลาก และรายงานความคืบหน้าทุกเดือน',
      priority: 'high',
      category: null,
      areaCode: null,
      dueAt: null,
      details: {},
      assignments: [{ targets: { unitCodes: ['PH-50'] }, role: 'lead', dueAt: null, note: null }],
    });
    caseId = created.id;
    const hallAssignment = (await db.query<{ id: string }>('select id from assignments where case_id = $1', [caseId])).rows[0]!.id;
    await transitionAssignment(as(hall), hallAssignment, 'acknowledge', {});
    const cascaded = await cascadeAssignment(as(hall), hallAssignment, {
      targets: { unitCodes: ['DO-5001', 'DO-5004'] },
      role: 'lead',
      dueAt: null,
      note: null,
    });
    districtAssignment = cascaded.created.find((c) => c.unit.code === 'DO-5001')!.assignmentId;
    const otherAssignment = cascaded.created.find((c) => c.unit.code === 'DO-5004')!.assignmentId;
    await transitionAssignment(as(other), otherAssignment, 'acknowledge', {});
    // The other office reports the way an API client does: a progress note, no cycle form.
    await reportProgress(as(other), otherAssignment, { note, attachmentIds: [] });
    complaintId = (
      await createComplaint(
        { db, clock, actor: null },
        {
          channel: 'web',
          categoryCode: 'roads',
          description: 'ทางเท้าหน้าโรงเรียนชำรุด เด็กเดินสะดุดล้มบ่อย',
          areaCode: '50',
          location: null,
          complainant: null,
          skipDuplicateCheck: true,
        },
      )
    ).caseId;
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
    const context = await newPerson(browser, running.baseUrl, { width, height: 900 });
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
    await page.goto('/');
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page, 'home');
  }

  it('refuses a second acknowledgement in Thai words, with no status or action code (item 12)', async () => {
    const page = await open(360);
    await signIn(page, district);
    await page.goto(`/cases/${caseId}`);
    await settled(page, 'directive, not yet acknowledged');
    // Someone else in the office acknowledges while this page is open.
    await transitionAssignment({ db, clock, actor: district.actor }, districtAssignment, 'acknowledge', {});
    await page.getByRole('button', { name: 'รับทราบ', exact: true }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('งานนี้รับทราบแล้ว จึงรับทราบซ้ำไม่ได้');
    expect(text).not.toMatch(/[A-Za-z_]{3,}/);
    await screenshot(page, 'delivery-words-refused-th-360');
  });

  it('gives the district one report action, and the delivery unit reads that both offices reported (item 8)', async () => {
    const page = await open(360);
    await signIn(page, district);
    await page.goto(`/cases/${caseId}`);
    await settled(page, 'directive, acknowledged');
    const main = page.locator('main');
    expect(await main.getByText('รายงานความก้าวหน้า').count()).toBe(0);
    const report = main.getByRole('link', { name: 'รายงานความคืบหน้า', exact: true });
    expect(await report.count()).toBe(1);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('#actions-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'delivery-words-one-report-action-th-360');
    await report.click();
    await settled(page, 'cycle report form');
    expect(await page.locator('h1').textContent()).toContain('รายงานความคืบหน้าประจำรอบ');
    await page.getByLabel('คุณกำลังพยายามทำอะไร').fill('ขุดลอกคูคลองสายหลักในอำเภอเมืองให้เสร็จก่อนฤดูฝน');
    await page.getByLabel('คุณทำอย่างไร').fill('จ้างเหมารถขุดและใช้แรงงานจิตอาสาในชุมชน');
    await page.getByLabel('คุณรู้ได้อย่างไรว่าได้ผล').fill('น้ำไหลผ่านจุดที่เคยท่วมได้เร็วขึ้น');
    await page.getByLabel('คุณจะปรับเปลี่ยนอะไร').fill('เพิ่มรถขุดอีกหนึ่งคัน');
    await page.getByLabel('เขียว', { exact: true }).check();
    await page.getByLabel('มั่นใจสูง', { exact: true }).check();
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await settled(page, 'directive after reporting');
    expect(await page.locator('.notice').textContent()).toContain('ส่งรายงานความคืบหน้าแล้ว');

    const reader = await open(1280);
    await signIn(reader, pmdu);
    await reader.goto(`/cases/${caseId}`);
    await settled(reader, 'directive for the delivery unit');
    const delivery = reader.locator('section', { has: reader.locator('#delivery-title') });
    const words = (await delivery.textContent()) ?? '';
    // The hall and both district offices hold the directive; both districts reported, one by each way.
    expect(words).toMatch(/รายงานความคืบหน้าแล้ว\s*2 จาก 3 หน่วยงาน/);
    expect(words).not.toContain('ยังไม่มีรายงานความคืบหน้า');
    expect(words).toContain(note);
    expect(words).toContain('ขุดลอกคูคลองสายหลักในอำเภอเมืองให้เสร็จก่อนฤดูฝน');
    await delivery.screenshot({ path: path.join(SCREENSHOT_DIR, 'delivery-words-summary-th.png') });
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('shows the delivery unit’s Thai pages without RAG, Stocktake, channel codes or snake_case words (item 12)', async () => {
    const page = await open(1280);
    await signIn(page, pmdu);
    const pages = ['/', '/inbox', '/priorities', `/cases/${caseId}`, `/cases/${complaintId}`, '/cases', '/picture'];
    for (const address of pages) {
      await page.goto(address);
      await settled(page, `Thai page ${address}`);
      // Test accounts are named "ทดสอบ <role>-<unit>-<random>": a fixture's name, not the product's words.
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ').replace(/ทดสอบ \S+/g, '');
      expect(text, address).not.toMatch(/\bRAG\b|Stocktake|stocktake/);
      expect(text, address).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      expect(text, address).not.toMatch(/ช่องทาง:? ?(web|hotline|line|walk_in|mail|app|open311)\b/);
    }
    // The overview of priorities counts the units that reported, whichever way: 2 of the 3 holding the directive.
    await page.goto('/priorities');
    await settled(page, 'overview of priorities');
    const headings = await page.locator('thead th').allInnerTexts();
    const column = headings.indexOf('รายงานความคืบหน้าแล้ว');
    expect(column).toBeGreaterThan(0);
    const row = page.locator('tbody tr', { hasText: title });
    expect((await row.locator('th, td').nth(column).innerText()).replace(/\s+/g, ' ')).toBe('2 จาก 3');
    await page.goto(`/cases/${complaintId}`);
    await settled(page, 'complaint page');
    expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).toMatch(/ช่องทาง เว็บไซต์/);
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
