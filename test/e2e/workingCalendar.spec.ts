import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue 16: on a 360 px phone, an administrator adds a public holiday (told beside the date when the day
 * is one already), sees it listed with its Thai day name and Buddhist-era year, and removes it after
 * confirming; then sets an agency's answer days to 10, sees them as its own, and removes them to follow
 * the default again. No page scrolls sideways; axe finds nothing serious; the pages read in English too.
 */
describe('the working-day calendar in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let admin: TestStaff;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    admin = await createStaff(db, { role: 'admin', unitCode: 'RTG' });
    running = await startBrowserApp({ db, clock: new ManualClock(new Date()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function signedIn(): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl);
    contexts.push(context);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(admin.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  }
  async function settled(page: Page, path: string): Promise<void> {
    await page.waitForURL((url) => url.pathname === path);
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
  }
  async function look(page: Page, name: string): Promise<void> {
    const widths = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as number[];
    expect(`${name}: ${widths[0]! <= widths[1]!}`).toBe(`${name}: true`);
    await expectAccessible(page, name);
    await screenshot(page, name);
  }
  const holidayRows = async (day: string) =>
    (await db.query<{ name_th: string }>(`select name_th from public_holidays where day = $1`, [day])).rows;

  it('adds a holiday, is told when the day is one already, lists it and removes it after confirming', async () => {
    const page = await signedIn();
    await page.goto('/admin');
    await settled(page, '/admin');
    await page.getByRole('main').getByRole('link', { name: 'วันหยุดราชการ', exact: true }).click();
    await settled(page, '/admin/holidays');
    await page.getByText('โปรดตรวจสอบกับประกาศของคณะรัฐมนตรีทุกปี', { exact: false }).waitFor();
    await page.getByLabel('ปี พ.ศ.').selectOption('2027');
    await page.getByRole('button', { name: 'แสดง', exact: true }).click();
    await page.getByRole('heading', { name: /^วันหยุดปี 2570: \d+ วัน$/ }).waitFor();
    await page.getByRole('heading', { name: 'วันอังคารที่ 13 เมษายน 2570' }).waitFor();
    await look(page, 'holidays-th-360');

    await page.getByRole('link', { name: 'เพิ่มวันหยุด' }).click();
    await settled(page, '/admin/holidays/new');
    // Songkran is a holiday already: the API's refusal is shown in the summary and beside the date.
    await page.getByLabel('วันที่', { exact: true }).fill('13');
    await page.getByLabel('เดือน').selectOption('4');
    await page.getByLabel('ปี (พ.ศ.)').fill('2570');
    await page.getByLabel('ชื่อภาษาไทย').fill('วันหยุดพิเศษทดสอบ');
    await page.getByLabel('ชื่อภาษาอังกฤษ').fill('Special test holiday');
    await page.getByRole('button', { name: 'บันทึกวันหยุด' }).click();
    await page.locator('.error-summary').getByText('วันนี้เป็นวันหยุดอยู่แล้ว').waitFor();
    await page.locator('.form-group--error .error-message', { hasText: 'วันนี้เป็นวันหยุดอยู่แล้ว' }).waitFor();
    await look(page, 'holiday-new-error-th-360');

    await page.getByLabel('วันที่', { exact: true }).fill('2');
    await page.getByLabel('เดือน').selectOption('11');
    await page.getByRole('button', { name: 'บันทึกวันหยุด' }).click();
    await settled(page, '/admin/holidays');
    await page.getByRole('status').getByText('เพิ่มวันหยุด วันอังคารที่ 2 พฤศจิกายน 2570 แล้ว').waitFor();
    const item = page.locator('.org-item', { hasText: 'วันหยุดพิเศษทดสอบ' });
    await item.getByRole('heading', { name: 'วันอังคารที่ 2 พฤศจิกายน 2570' }).waitFor();
    await item.getByText('Special test holiday').waitFor();
    expect(await holidayRows('2027-11-02')).toEqual([{ name_th: 'วันหยุดพิเศษทดสอบ' }]);

    await item.getByRole('link', { name: /^แก้ไขชื่อ/ }).click();
    await settled(page, '/admin/holidays/2027-11-02/edit');
    await page.getByLabel('ชื่อภาษาไทย').fill('วันหยุดพิเศษทดสอบ (แก้ไข)');
    await page.getByRole('button', { name: 'บันทึกวันหยุด' }).click();
    await settled(page, '/admin/holidays');
    await page.getByRole('status').getByText('บันทึกชื่อวันหยุด วันอังคารที่ 2 พฤศจิกายน 2570 แล้ว').waitFor();
    await item.getByText('วันหยุดพิเศษทดสอบ (แก้ไข)').waitFor();
    expect(await holidayRows('2027-11-02')).toEqual([{ name_th: 'วันหยุดพิเศษทดสอบ (แก้ไข)' }]);

    await item.getByRole('link', { name: /^ลบ/ }).click();
    await settled(page, '/admin/holidays/2027-11-02/remove');
    await page.locator('main h1', { hasText: 'ลบวันหยุด วันอังคารที่ 2 พฤศจิกายน 2570 หรือไม่' }).waitFor();
    await look(page, 'holiday-remove-th-360');
    await page.getByRole('button', { name: 'ลบวันหยุดนี้' }).click();
    await settled(page, '/admin/holidays');
    await page.getByRole('status').getByText('ลบวันหยุด วันอังคารที่ 2 พฤศจิกายน 2570 แล้ว').waitFor();
    expect(await page.locator('.org-item', { hasText: 'วันหยุดพิเศษทดสอบ' }).count()).toBe(0);
    expect(await holidayRows('2027-11-02')).toEqual([]);
  });

  it("sets an agency's answer days, sees them as its own, and removes them to follow the default again", async () => {
    const page = await signedIn();
    await page.goto('/admin');
    await settled(page, '/admin');
    await page.getByRole('main').getByRole('link', { name: 'ระยะเวลาตอบคำขอข้อมูลข่าวสาร', exact: true }).click();
    await settled(page, '/admin/info-request-service-levels');
    await page.getByRole('button', { name: 'ดูระยะเวลาของหน่วยงานนี้' }).click();
    await page.locator('.error-summary').getByText('ค้นหาและเลือกหน่วยงานก่อน').waitFor();
    await page.getByLabel('ค้นหาหน่วยงานจากชื่อ').fill('คณะกรรมการข้อมูลข่าวสารของราชการ');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.getByRole('radio', { name: 'สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ' }).check();
    await look(page, 'service-level-choose-th-360');
    await page.getByRole('button', { name: 'ดูระยะเวลาของหน่วยงานนี้' }).click();
    await page.locator('main h1', { hasText: 'สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ' }).waitFor();
    const source = page.getByTestId('level-source');
    await expect.poll(() => source.textContent(), { timeout: 15_000 }).toBe('ใช้ค่าเริ่มต้นของระบบ');
    await page.locator('.summary-list__row', { hasText: 'ตอบภายใน' }).getByText('15 วันทำการ').waitFor();
    await look(page, 'service-level-inherited-th-360');
    const unitPath = new URL(page.url()).pathname;

    await page.getByRole('link', { name: 'กำหนดระยะเวลาของหน่วยงานนี้เอง' }).click();
    await settled(page, `${unitPath}/edit`);
    // Long overdue must come after the answer: the API says so beside the field.
    await page.getByLabel('ค้างนานเมื่อครบ (วันทำการ)').fill('5');
    await page.getByLabel('ตอบภายใน (วันทำการ)').fill('10');
    await page.getByRole('button', { name: 'บันทึกระยะเวลา' }).click();
    await page.locator('.error-summary').getByText('ค้างนานต้องมากกว่ากำหนดตอบ', { exact: false }).waitFor();
    await page.locator('.form-group--error .error-message', { hasText: 'ค้างนานต้องมากกว่ากำหนดตอบ' }).waitFor();
    await look(page, 'service-level-edit-error-th-360');
    await page.getByLabel('ค้างนานเมื่อครบ (วันทำการ)').fill('30');
    await page.getByRole('button', { name: 'บันทึกระยะเวลา' }).click();
    await settled(page, unitPath);
    await page.getByRole('status').getByText('บันทึกระยะเวลาของสำนักงานคณะกรรมการข้อมูลข่าวสารของราชการแล้ว').waitFor();
    await expect.poll(() => source.textContent(), { timeout: 15_000 }).toBe('หน่วยงานนี้กำหนดเอง');
    await page.locator('.summary-list__row', { hasText: 'ตอบภายใน' }).getByText('10 วันทำการ').waitFor();
    await look(page, 'service-level-own-th-360');

    // The same pages in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => source.textContent(), { timeout: 15_000 }).toBe("This agency's own");
    await look(page, 'service-level-own-en-360');
    await page.goto('/admin/holidays?year=2027');
    await settled(page, '/admin/holidays');
    await page.getByRole('heading', { name: 'Tuesday, 13 April 2570 BE' }).waitFor();
    await look(page, 'holidays-en-360');
    await page.goto('/admin/holidays/new?year=2027');
    await settled(page, '/admin/holidays/new');
    await look(page, 'holiday-new-en-360');
    await page.goto(`${unitPath}/remove`);
    await settled(page, `${unitPath}/remove`);
    await look(page, 'service-level-remove-en-360');
    await page.getByRole('button', { name: 'ภาษาไทย' }).click();
    await page.getByRole('button', { name: 'เลิกใช้ระยะเวลาของหน่วยงานนี้' }).waitFor();

    await page.getByRole('button', { name: 'เลิกใช้ระยะเวลาของหน่วยงานนี้' }).click();
    await settled(page, unitPath);
    await page.getByRole('status').getByText('กลับไปใช้ระยะเวลาของหน่วยงานต้นสังกัดหรือค่าเริ่มต้นแล้ว', { exact: false }).waitFor();
    await expect.poll(() => source.textContent(), { timeout: 15_000 }).toBe('ใช้ค่าเริ่มต้นของระบบ');
    await page.locator('.summary-list__row', { hasText: 'ตอบภายใน' }).getByText('15 วันทำการ').waitFor();
    const own = await db.query(`select 1 from service_levels where case_kind = 'info_request' and unit_id is not null`);
    expect(own.rows).toEqual([]);
  });
});
