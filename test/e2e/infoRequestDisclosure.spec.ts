import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { answeredInfoRequest, requesterLeaks, type AnsweredRequest } from '../support/infoRequestDisclosureFixtures.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue #16, "in the open": an answered request with a partly disclosed PDF (set up through the
 * filing command and SQL). In the browser, a coordinator of the agency reviews the document and
 * publishes; then an anonymous visitor on a 360 px phone finds the request in the disclosure log
 * by Thai search, opens it, downloads the document, and reads none of the requester's personal
 * data, in Thai and in English. No page scrolls sideways; axe finds nothing serious.
 */
describe('the disclosure log in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let coordinator: TestStaff;
  let request: AnsweredRequest;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock(new Date('2026-12-07T03:00:00Z'));

  beforeAll(async () => {
    db = await openTestDatabase();
    coordinator = await createStaff(db, { role: 'coordinator', unitCode: 'MOF' });
    request = await answeredInfoRequest(db, clock, { title: 'สัญญาจ้างป้องกันน้ำท่วมกรุงเทพ ปี 2569' });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function look(page: Page, name: string): Promise<void> {
    const widths = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as number[];
    expect(`${name}: ${widths[0]! <= widths[1]!}`).toBe(`${name}: true`);
    await expectAccessible(page, name);
    await screenshot(page, name);
  }
  async function noLeaks(page: Page, name: string): Promise<void> {
    const html = await page.content();
    expect(requesterLeaks(html), name).toEqual([]);
  }

  it('a coordinator reviews the PDF and publishes; a visitor at 360 px finds, reads and downloads it without personal data', async () => {
    const staff = await newPerson(browser, running.baseUrl);
    contexts.push(staff);
    const page = await staff.newPage();
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(coordinator.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/info-requests/${request.caseId}/publish`);
    await page.getByRole('heading', { name: `เผยแพร่คำขอ ${request.ref}` }).waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    // The preview marks what was taken out and never shows the requester.
    await page.locator('mark.redacted-mark').first().waitFor();
    await noLeaks(page, 'publish page');
    await page.getByRole('button', { name: /^อนุมัติให้เผยแพร่/ }).click();
    await page.getByRole('status').getByText('อนุมัติให้เผยแพร่', { exact: false }).waitFor();
    await page.getByRole('main').getByText('อนุมัติให้เผยแพร่', { exact: true }).first().waitFor();
    await look(page, 'info-request-publish-1280');
    await page.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
    await page.getByText('เผยแพร่แล้ว ประชาชนเห็นคำขอนี้', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'ดูหน้าสาธารณะ' }).waitFor();

    const visitor = await newPerson(browser, running.baseUrl, { width: 360, height: 780 });
    contexts.push(visitor);
    const phone = await visitor.newPage();
    await phone.goto('/portal');
    await phone.getByRole('link', { name: 'ข้อมูลข่าวสารที่เปิดเผยตามคำขอ' }).click();
    await phone.waitForURL((url) => url.pathname === '/portal/information');
    await phone.getByLabel('ค้นหาคำขอและคำตอบที่เผยแพร่').fill('น้ำท่วม');
    await phone.getByRole('button', { name: 'ค้นหา' }).click();
    await phone.waitForURL((url) => url.searchParams.get('q') === 'น้ำท่วม');
    await look(phone, 'disclosure-log-search-360');
    await noLeaks(phone, 'search results');
    await phone.getByRole('link', { name: 'สัญญาจ้างป้องกันน้ำท่วมกรุงเทพ ปี 2569' }).click();
    await phone.waitForURL((url) => url.pathname === `/portal/information/requests/${request.ref}`);
    await phone.getByText('[ผู้ขอ]', { exact: false }).first().waitFor();
    await phone.getByText('ประวัติสุขภาพของผู้ควบคุมงาน').waitFor();
    await look(phone, 'disclosure-request-360');
    await noLeaks(phone, 'request page');

    const [download] = await Promise.all([
      phone.waitForEvent('download'),
      phone.getByRole('link', { name: 'สัญญาจ้างก่อสร้างคันกั้นน้ำ (ปกปิดบางส่วน)' }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(requesterLeaks(bytes.toString('latin1'))).toEqual([]);

    await phone.getByRole('link', { name: 'English' }).click();
    await phone.waitForURL((url) => url.searchParams.get('lang') === 'en');
    await phone.getByRole('heading', { name: 'The agency’s answer' }).waitFor();
    await look(phone, 'disclosure-request-360-en');
    await noLeaks(phone, 'request page in English');
    await phone.locator(`main a[href^="/portal/information/agencies/${request.agencyCode}"]`).first().click();
    await phone.waitForURL((url) => url.pathname === `/portal/information/agencies/${request.agencyCode}`);
    await phone.getByRole('heading', { name: /Requests received, fiscal year/ }).waitFor();
    await look(phone, 'disclosure-agency-360-en');
    await noLeaks(phone, 'agency page');
  }, 300_000);
});
