import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileInfoRequest, type FiledInfoRequest } from '../../src/commands/infoRequests/fileInfoRequest.ts';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, unitByCode, type TestStaff } from '../support/factories.ts';
import { tinyPdf } from '../support/infoRequestAnswerFixtures.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue #16, answers: an officer of the agency answers a request in part in the browser (a redacted
 * PDF, and a withheld document under section 15(5)); the requester, on a 360 px phone, reads which
 * way to object is open and appeals through the objection page. Pages are looked at in Thai and in
 * English at 360 px; none scrolls sideways and axe finds nothing serious.
 */
describe('answering an information request and appealing in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let officer: TestStaff;
  let filed: FiledInfoRequest;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    const clock = new ManualClock(new Date());
    officer = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    filed = await fileInfoRequest(
      { db, clock, actor: null },
      {
        channel: 'web',
        agencyUnitId: (await unitByCode(db, 'PH-50')).id,
        title: 'สัญญาจ้างซ่อมถนนสายแม่ริม',
        body: 'ขอสำเนาสัญญาจ้างซ่อมถนนสายแม่ริมและรายงานการตรวจรับ',
        formWanted: 'copy',
        requester: { name: 'สมหญิง ใจดี', email: 'somying@example.com' },
        publishConsent: true,
      },
    );
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function settled(page: Page): Promise<void> {
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
  }
  async function look(page: Page, name: string): Promise<void> {
    const widths = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as number[];
    expect(`${name}: ${widths[0]! <= widths[1]!}`).toBe(`${name}: true`);
    await expectAccessible(page, name);
    await screenshot(page, name);
  }
  async function inEnglish(page: Page, path: string, name: string): Promise<void> {
    await page.evaluate(() => localStorage.setItem('tidtam.locale', 'en'));
    await page.goto(path);
    await settled(page);
    await look(page, name);
    await page.evaluate(() => localStorage.setItem('tidtam.locale', 'th'));
  }

  it('an officer answers in part with a redacted PDF and a withheld document under s15_5', async () => {
    const context = await newPerson(browser, running.baseUrl);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(officer.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/info-requests/${filed.id}/answer`);
    await settled(page);

    // Sending nothing: the error summary says what to fix.
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await page.locator('.error-summary').getByText('โปรดเลือกผลการพิจารณา').waitFor();

    await page.locator('label[for="outcome-answered_part"]').click();
    await page.getByLabel('ข้อความถึงผู้ขอ').fill('ส่งสำเนาสัญญาที่ปกปิดเลขประจำตัวผู้รับจ้างแล้ว ส่วนรายงานแพทย์ไม่อาจเปิดเผยได้');

    await page.getByLabel('ชื่อเอกสาร').fill('สัญญาจ้าง (ปกปิดบางส่วน)');
    await page.locator('label[for="disclosure-partly_disclosed"]').click();
    await page.locator('#docGrounds-s15_5').check();
    await page.locator('#docFile').setInputFiles({ name: 'สัญญาจ้าง-ปกปิด.pdf', mimeType: 'application/pdf', buffer: tinyPdf });
    await page.getByRole('button', { name: 'เพิ่มเอกสารนี้' }).click();
    await page.locator('.work-item', { hasText: 'สัญญาจ้าง (ปกปิดบางส่วน)' }).waitFor();

    await page.getByLabel('ชื่อเอกสาร').fill('รายงานแพทย์ของผู้รับจ้าง');
    await page.locator('label[for="disclosure-withheld"]').click();
    await page.locator('#docGrounds-s15_5').check();
    await page.getByRole('button', { name: 'เพิ่มเอกสารนี้' }).click();
    await page.locator('.work-item', { hasText: 'รายงานแพทย์ของผู้รับจ้าง' }).waitFor();
    await page.setViewportSize({ width: 360, height: 780 });
    await look(page, 'info-request-answer-360');
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await page.waitForURL((url) => url.pathname === `/info-requests/${filed.id}`);

    const request = await db.query<{ state: string }>('select state from info_requests where case_id = $1', [filed.id]);
    expect(request.rows[0]!.state).toBe('answered_part');
    const docs = await db.query<{ disclosure: string; ground_codes: string[]; has_file: boolean }>(
      `select disclosure, ground_codes, attachment_id is not null as has_file from info_request_documents where case_id = $1 order by created_at, disclosure`,
      [filed.id],
    );
    expect(docs.rows).toEqual([
      { disclosure: 'partly_disclosed', ground_codes: ['s15_5'], has_file: true },
      { disclosure: 'withheld', ground_codes: ['s15_5'], has_file: false },
    ]);

    // The same page in English, on a request not yet answered.
    const another = await fileInfoRequest(
      { db, clock: new ManualClock(new Date()), actor: null },
      {
        channel: 'web',
        agencyUnitId: (await unitByCode(db, 'PH-50')).id,
        title: 'รายงานการประชุมคณะกรรมการจัดซื้อ',
        body: 'ขอตรวจดูรายงานการประชุมคณะกรรมการจัดซื้อจัดจ้างประจำปีงบประมาณ 2569',
        formWanted: 'inspect',
        requester: { name: 'สมชาย ใจกล้า', email: 'another@example.com' },
        publishConsent: false,
      },
    );
    await page.goto(`/info-requests/${another.id}/answer`);
    await settled(page);
    await inEnglish(page, `/info-requests/${another.id}/answer`, 'info-request-answer-360-en');
  });

  it('the requester appeals on a 360 px phone through the objection page', async () => {
    const context = await newPerson(browser, running.baseUrl, { width: 360, height: 780 });
    contexts.push(context);
    const page = await context.newPage();
    const path = `/information-request/track/${filed.trackingCode}/object`;
    await page.goto(path);
    await settled(page);
    await page.getByText('ยื่นได้ถึงวันที่', { exact: false }).waitFor();
    // The appeal is open until its deadline; after an answer, a complaint of non-compliance is open too.
    await look(page, 'info-request-object-360');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    await page.locator('.error-summary').getByText('โปรดเลือกช่องทาง').waitFor();
    await page.getByLabel('อุทธรณ์ต่อคณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสาร (มาตรา 18)').check();
    await page.getByLabel('เหตุผลของท่าน').fill('รายงานแพทย์นี้เป็นเอกสารประกอบสัญญาที่ใช้เงินแผ่นดิน ควรเปิดเผยโดยปกปิดชื่อบุคคล');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    await page.getByRole('status').getByText('ส่งเรื่องแล้ว', { exact: false }).waitFor();
    await look(page, 'info-request-object-sent-360');
    const objections = await db.query<{ kind: string; status: string }>(
      'select kind, status from info_request_objections where case_id = $1',
      [filed.id],
    );
    expect(objections.rows).toEqual([{ kind: 'appeal', status: 'open' }]);
    expect(await page.content()).not.toContain('somying@example.com');
    await inEnglish(page, path, 'info-request-object-360-en');
  });
});
