import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { tinyPdf } from '../support/infoRequestAnswerFixtures.ts';
import { plantedRequester, requesterLeaks } from '../support/infoRequestDisclosureFixtures.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue #16's acceptance walk, one request from end to end in the browser: a citizen files it on a
 * 360 px phone (signing the letter with her name, as people do); Chiang Mai's provincial hall
 * transfers it once to the Ministry of Finance; the ministry's officer answers in part with a
 * redacted PDF and a document withheld under section 15(5); a coordinator of the ministry reviews the
 * PDF and publishes; the citizen reads the answer and downloads the PDF by her tracking code; an
 * anonymous visitor finds the request in the disclosure log by a Thai search and reads none of the
 * requester's personal data.
 */
describe('an information request from a phone to the disclosure log', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let hallOfficer: TestStaff;
  let ministryOfficer: TestStaff;
  let ministryCoordinator: TestStaff;
  const clock = new ManualClock('2026-12-07T02:00:00.000Z');
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const title = 'แผนป้องกันน้ำท่วมเมืองเชียงใหม่ ปี 2569';
  const answerText = 'ส่งสำเนาแผนที่ปกปิดชื่อเจ้าของที่ดินแล้ว ส่วนรายงานสุขภาพของผู้ควบคุมงานเปิดเผยไม่ได้';
  let trackingCode = '';
  let caseId = '';
  let ref = '';

  beforeAll(async () => {
    db = await openTestDatabase();
    hallOfficer = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    ministryOfficer = await createStaff(db, { role: 'officer', unitCode: 'MOF' });
    ministryCoordinator = await createStaff(db, { role: 'coordinator', unitCode: 'MOF' });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function open(width: number): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width, height: 800 });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  async function settled(page: Page): Promise<void> {
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
  }

  async function look(page: Page, name: string): Promise<void> {
    expect(`${name}: ${await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')}`).toBe(`${name}: true`);
    await expectAccessible(page, name);
    await screenshot(page, name);
  }

  async function signIn(staff: TestStaff, width = 1280): Promise<Page> {
    const page = await open(width);
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  }

  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
  const stateOf = async (page: Page) => (await page.getByTestId('request-state').textContent())?.trim();

  it('a citizen files the request on a phone and gets her tracking code', async () => {
    const page = await open(360);
    await page.goto('/information-request');
    await settled(page);
    await page.getByLabel('หน่วยงานที่ท่านขอข้อมูล').fill('เชียงใหม่');
    await page.getByLabel('หน่วยงานที่ท่านขอข้อมูล').press('Enter');
    await page.getByRole('button', { name: /^เลือก ศาลากลางจังหวัดเชียงใหม่/ }).click();
    await page.getByLabel('ชื่อเรื่องที่ขอ').fill(title);
    await page
      .getByLabel('ข้อมูลข่าวสารที่ต้องการ')
      .fill(`ขอสำเนาแผนป้องกันน้ำท่วมเมืองเชียงใหม่ ปีงบประมาณ 2569 พร้อมแผนที่แนวคันกั้นน้ำ ลงชื่อ ${plantedRequester.name}`);
    await page.getByLabel('ขอสำเนา', { exact: true }).check();
    await page.getByLabel('ชื่อ–นามสกุล').fill(plantedRequester.name);
    await page.getByLabel('อีเมล').fill(plantedRequester.email);
    await page.getByLabel('หมายเลขโทรศัพท์').fill(plantedRequester.phone);
    await page.getByLabel(/ยินยอมให้เผยแพร่/).check();
    await look(page, 'journey-file-360');
    await page.getByRole('button', { name: 'ส่งคำขอ' }).click();
    await page.getByTestId('tracking-code').waitFor();
    trackingCode = (await page.getByTestId('tracking-code').textContent())!.trim();
    ref = (await page.getByTestId('request-ref').textContent())!.trim();
    expect(ref).toMatch(/^OIA-2569-\d{6}$/);
    const row = await db.query<{ id: string }>('select id from cases where ref = $1', [ref]);
    caseId = row.rows[0]!.id;
  }, 120_000);

  it('the provincial hall transfers it once, to the Ministry of Finance, with its reason', async () => {
    const page = await signIn(hallOfficer);
    await page.goto(`/info-requests/${caseId}`);
    await settled(page);
    await page.getByRole('link', { name: 'ส่งต่อไปยังหน่วยงานอื่น' }).click();
    await settled(page);
    await page.getByLabel('หน่วยงานที่ครอบครองข้อมูล').fill('กระทรวงการคลัง');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.getByRole('button', { name: /^เลือก กระทรวงการคลัง$/ }).click();
    await page.getByLabel('เหตุผลที่ส่งต่อ').fill('แผนนี้จัดทำและเก็บไว้ที่กระทรวงการคลัง');
    await page.getByRole('button', { name: 'ส่งต่อคำขอ' }).click();
    await page.waitForURL((url) => url.pathname === `/info-requests/${caseId}`);
    await settled(page);
    await poll(() => stateOf(page)).toBe('ส่งต่อไปยังหน่วยงานอื่น');
    const transfers = await db.query<{ n: number }>('select count(*)::int as n from info_request_transfers where case_id = $1', [caseId]);
    expect(transfers.rows[0]!.n).toBe(1);
  }, 120_000);

  it('the ministry answers in part with a redacted PDF and a withheld document, and publishes after a review', async () => {
    const page = await signIn(ministryOfficer);
    await page.goto(`/info-requests/${caseId}`);
    await settled(page);
    await page.getByRole('link', { name: 'ตอบคำขอ' }).click();
    await settled(page);
    await page.locator('label[for="outcome-answered_part"]').click();
    await page.getByLabel('ข้อความถึงผู้ขอ').fill(answerText);
    await page.getByLabel('ชื่อเอกสาร').fill('แผนที่แนวคันกั้นน้ำ (ปกปิดบางส่วน)');
    await page.locator('label[for="disclosure-partly_disclosed"]').click();
    await page.locator('#docGrounds-s15_5').check();
    await page.locator('#docFile').setInputFiles({ name: 'แผนที่-ปกปิด.pdf', mimeType: 'application/pdf', buffer: tinyPdf });
    await page.getByRole('button', { name: 'เพิ่มเอกสารนี้' }).click();
    await page.locator('.work-item', { hasText: 'แผนที่แนวคันกั้นน้ำ (ปกปิดบางส่วน)' }).waitFor();
    await page.getByLabel('ชื่อเอกสาร').fill('รายงานสุขภาพของผู้ควบคุมงาน');
    await page.locator('label[for="disclosure-withheld"]').click();
    await page.locator('#docGrounds-s15_5').check();
    await page.getByRole('button', { name: 'เพิ่มเอกสารนี้' }).click();
    await page.locator('.work-item', { hasText: 'รายงานสุขภาพของผู้ควบคุมงาน' }).waitFor();
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await page.waitForURL((url) => url.pathname === `/info-requests/${caseId}`);
    await settled(page);
    await poll(() => stateOf(page)).toBe('ได้รับข้อมูลบางส่วน');

    // Another person of the ministry reviews the PDF (not its uploader) and publishes.
    const reviewer = await signIn(ministryCoordinator);
    await reviewer.goto(`/info-requests/${caseId}/publish`);
    await reviewer.getByRole('heading', { name: `เผยแพร่คำขอ ${ref}` }).waitFor();
    await reviewer.locator('.loading').waitFor({ state: 'detached' });
    expect(requesterLeaks(await reviewer.locator('main').innerText()), 'publish preview').toEqual([]);
    await reviewer.getByRole('button', { name: /^อนุมัติให้เผยแพร่/ }).click();
    await reviewer.getByRole('status').getByText('อนุมัติให้เผยแพร่', { exact: false }).waitFor();
    await reviewer.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
    await reviewer.getByText('เผยแพร่แล้ว ประชาชนเห็นคำขอนี้', { exact: false }).waitFor();
  }, 180_000);

  it('the citizen reads the answer and downloads the PDF by her tracking code', async () => {
    const page = await open(360);
    await page.goto('/information-request/track');
    await settled(page);
    await page.getByLabel('รหัสติดตาม').fill(trackingCode);
    await page.getByRole('button', { name: 'ดูคำขอ' }).click();
    await poll(() => stateOf(page)).toBe('ได้รับข้อมูลบางส่วน');
    await poll(() => page.getByTestId('answers').textContent()).toContain(answerText);
    await poll(() => page.getByTestId('answers').textContent()).toContain('รายงานสุขภาพของผู้ควบคุมงาน');
    await look(page, 'journey-track-answered-360');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('answers')
        .getByRole('link')
        .filter({ hasText: /ดาวน์โหลด/ })
        .first()
        .click(),
    ]);
    expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('an anonymous visitor finds it in the disclosure log by a Thai search, without the requester’s personal data', async () => {
    const page = await open(360);
    await page.goto('/portal/information');
    await page.getByLabel('ค้นหาคำขอและคำตอบที่เผยแพร่').fill('น้ำท่วม');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'น้ำท่วม');
    expect(requesterLeaks(await page.content()), 'search results').toEqual([]);
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL((url) => url.pathname === `/portal/information/requests/${ref}`);
    await page.getByText(answerText).waitFor();
    await page.getByText('รายงานสุขภาพของผู้ควบคุมงาน', { exact: true }).waitFor();
    await look(page, 'journey-disclosure-360');
    const html = await page.content();
    expect(requesterLeaks(html), 'request page').toEqual([]);
    expect(html).toContain('กระทรวงการคลัง');
    await page.goto('/portal/information/agencies/MOF');
    expect(requesterLeaks(await page.content()), 'agency page').toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
