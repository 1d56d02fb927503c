import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../src/commands/cases/createCase.ts';
import { defineIndicator } from '../../src/commands/reports/defineIndicator.ts';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { BUDDHIST_ERA_OFFSET, MS_PER_DAY, thaiDateParts } from '../../src/shared/thaiTime.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue 13, item 15 in Chromium: one rule for numbers (an XLSX row of -1e15 is refused, naming its
 * row), no answer dated in the future (the question form says so in Thai), and the overdue filter lists
 * work that only missed its acknowledgement deadline. The browser's own clock is today, so the server's
 * is too: the directive was sent eight days ago, past the seven days it had to be acknowledged in.
 */
describe('data rules in the browser: number limits, answer dates and overdue acknowledgements', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const now = new Date();
  const clock = new ManualClock(new Date(now.getTime() - 8 * MS_PER_DAY));
  let pmdu: TestStaff;
  let ministry: TestStaff;
  let hall: TestStaff;
  let policyId: string;
  let indicatorId: string;
  let questionId: string;
  const silentTitle = 'สำรวจสะพานชำรุดทุกอำเภอ';
  const freshTitle = 'ส่งรายชื่อผู้ประสานงานจังหวัด';

  beforeAll(async () => {
    db = await openTestDatabase();
    [pmdu, ministry, hall] = await Promise.all([
      createStaff(db, { role: 'delivery_unit', unitCode: 'PMDU' }),
      createStaff(db, { role: 'coordinator', unitCode: 'MSDHS' }),
      createStaff(db, { role: 'coordinator', unitCode: 'PH-52' }),
    ]);
    const as = (staff: TestStaff) => ({ db, clock, actor: staff.actor });
    const base = { body: 'รายละเอียดทดสอบ', priority: 'normal' as const, category: null, areaCode: null, dueAt: null };
    // Eight days ago: a directive to Lampang's hall that nobody acknowledged.
    await createCase(as(pmdu), {
      ...base,
      kind: 'directive',
      title: silentTitle,
      details: {},
      assignments: [{ targets: { unitCodes: ['PH-52'] }, role: 'lead', dueAt: null, note: null }],
    });
    clock.set(now);
    await createCase(as(pmdu), {
      ...base,
      kind: 'directive',
      title: freshTitle,
      details: {},
      assignments: [{ targets: { unitCodes: ['PH-52'] }, role: 'lead', dueAt: null, note: null }],
    });
    const policy = await createCase(as(pmdu), {
      ...base,
      kind: 'policy',
      title: 'ศูนย์ดูแลแม่เลี้ยงเดี่ยวเชียงใหม่',
      details: {},
      assignments: [{ targets: { unitCodes: ['MSDHS-P-50'] }, role: 'lead', dueAt: null, note: null }],
    });
    policyId = policy.id;
    const indicator = await defineIndicator(as(pmdu), policyId, {
      nameTh: 'จำนวนแม่เลี้ยงเดี่ยวที่ได้รับการดูแล',
      unitOfMeasure: 'คน',
      direction: 'up',
      kind: 'goal',
      baseline: 0,
      target: 2000,
      targetDate: null,
      nameEn: null,
      aggregation: 'sum',
      trajectory: [],
    });
    indicatorId = indicator.id;
    const msdhs = (await db.query<{ id: string }>(`select id from units where code = 'MSDHS'`)).rows[0]!.id;
    const question = await createCase(as(pmdu), {
      ...base,
      kind: 'parliamentary_question',
      title: 'กระทู้ถามเรื่องศูนย์ดูแลแม่เลี้ยงเดี่ยว',
      details: { askingMember: 'นางสาวสมศรี ใจดี', answeringUnitId: msdhs, answerDeadline: '2099-01-31' },
      assignments: [{ targets: { unitCodes: ['MSDHS'] }, role: 'lead', dueAt: null, note: null }],
    });
    questionId = question.id;
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
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  }

  async function settled(page: Page): Promise<void> {
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
  }

  it('refuses an XLSX row of -1e15, naming the row and the limit on screen, and stores nothing', async () => {
    const page = await signedIn(pmdu, 360);
    await page.goto(`/cases/${policyId}/import`);
    await settled(page);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('values');
    sheet.addRow(['unit_code', 'indicator_id', 'period', 'value']);
    sheet.addRow(['MSDHS-P-50', indicatorId, '2026-11', -1e15]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.locator('#file').setInputFiles({
      name: 'values.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: data,
    });
    await page.getByRole('button', { name: 'นำเข้าไฟล์' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.evaluate((element) => element.matches(':focus'))).toBe(true);
    const listed = await summary.locator('li').allTextContents();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/^แถวที่ 2: ค่า ".+" เกินขอบเขต ต้องอยู่ระหว่าง -1,000,000,000,000 ถึง 1,000,000,000,000$/);
    await expectAccessible(page, 'import page, value out of range');
    await screenshot(page, 'data-rules-import-out-of-range-th-360');
    const stored = await db.query<{ n: number }>('select count(*)::int as n from indicator_measurements where indicator_id = $1', [
      indicatorId,
    ]);
    expect(stored.rows[0]!.n).toBe(0);
  });

  it('refuses an answer dated tomorrow on the question form, in Thai, then records it dated today', async () => {
    const page = await signedIn(ministry, 360);
    await page.goto(`/cases/${questionId}`);
    await settled(page);
    await page.getByLabel('คำตอบ', { exact: true }).fill('กระทรวงเปิดศูนย์ครบ 77 จังหวัดแล้ว');
    const tomorrow = thaiDateParts(new Date(Date.now() + MS_PER_DAY));
    await page.locator('#answeredOn').fill(String(tomorrow.day));
    await page.locator('#answeredOn-month').selectOption(String(tomorrow.month));
    await page.locator('#answeredOn-year').fill(String(tomorrow.year + BUDDHIST_ERA_OFFSET));
    await page.getByRole('button', { name: 'บันทึกคำตอบ' }).click();
    const message = 'วันที่ตอบต้องไม่เกินวันนี้ โปรดใส่วันที่ตอบกระทู้จริง';
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.evaluate((element) => element.matches(':focus'))).toBe(true);
    expect(await summary.locator('li').allTextContents()).toEqual([message]);
    expect(await page.locator('#answeredOn-error').textContent()).toContain(message);
    await expectAccessible(page, 'question form, answer dated tomorrow');
    await screenshot(page, 'data-rules-answer-future-th-360');

    const today = thaiDateParts(new Date());
    await page.locator('#answeredOn').fill(String(today.day));
    await page.locator('#answeredOn-month').selectOption(String(today.month));
    await page.locator('#answeredOn-year').fill(String(today.year + BUDDHIST_ERA_OFFSET));
    await page.getByRole('button', { name: 'บันทึกคำตอบ' }).click();
    await page.getByText('บันทึกคำตอบแล้ว').first().waitFor();
    const stored = await db.query<{ answer: { answeredOn: string } }>(`select details->'answer' as answer from cases where id = $1`, [
      questionId,
    ]);
    expect(stored.rows[0]!.answer.answeredOn).toBe(
      `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`,
    );
  });

  it('lists, for the coordinator, a directive that only missed its acknowledgement deadline under "overdue"', async () => {
    const page = await signedIn(hall, 360);
    await page.goto('/cases');
    await settled(page);
    await page.getByLabel('เฉพาะเรื่องที่เกินกำหนด').check();
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.waitForURL((url) => url.searchParams.get('overdue') === 'true');
    await page.getByText(silentTitle).waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    expect(await page.getByText(freshTitle).count()).toBe(0);
    await expectAccessible(page, 'case list, overdue');
    await screenshot(page, 'data-rules-overdue-filter-th-360');
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(360);
    expect(pageErrors).toEqual([]);
  });
});
