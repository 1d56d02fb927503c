import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { demoAccounts } from '../../src/demo/demoAccounts.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, unitByCode, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * Issue 13, item 13, "no way in from the screen": the demo administrator, on a 360 px phone, reaches
 * administration from the one menu link, creates an account, changes its role, resets its password and
 * deactivates it; creates and revokes an API token and an Open311 key, using each once. No page
 * scrolls sideways.
 */
describe('administration of accounts, tokens and Open311 keys in the browser', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let admin: TestStaff;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock(new Date());
  const demo = demoAccounts.find((account) => account.role === 'admin')!;

  beforeAll(async () => {
    db = await openTestDatabase();
    admin = await createStaff(db, { role: demo.role, unitCode: demo.unitCode, username: demo.username });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  async function person(): Promise<Page> {
    const context = await newPerson(browser, running.baseUrl, { width: 360, height: 780 });
    contexts.push(context);
    return context.newPage();
  }
  async function signIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(username);
    await page.getByLabel('รหัสผ่าน').fill(password);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  }
  async function settled(page: Page, path: string): Promise<void> {
    await page.waitForURL((url) => url.pathname === path);
    await page.locator('main h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
  }
  /** The page fits a 360 px phone: nothing makes the whole page scroll sideways. */
  async function fitsPhone(page: Page, label: string): Promise<void> {
    const widths = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as number[];
    expect(`${label}: ${widths[0]! <= widths[1]!}`).toBe(`${label}: true`);
  }
  async function look(page: Page, name: string): Promise<void> {
    await fitsPhone(page, name);
    await expectAccessible(page, name);
    await screenshot(page, name);
  }
  const secretOn = async (page: Page) => (await page.locator('[data-secret]').textContent())!.trim();
  const fromIndex = async (page: Page, link: string) => {
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ผู้ดูแลระบบ' }).click();
    await settled(page, '/admin');
    await page.getByRole('main').getByRole('link', { name: link, exact: true }).click();
  };

  it('creates an account, changes its role, resets its password and deactivates it', async () => {
    const page = await person();
    await signIn(page, admin.username, TEST_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ผู้ดูแลระบบ' }).click();
    await settled(page, '/admin');
    for (const name of ['บัญชีผู้ใช้', 'หน่วยงาน', 'กฎการส่งต่อเรื่องร้องเรียน', 'ประเภทเรื่องร้องเรียน', 'คีย์ Open311', 'โทเคน API']) {
      await page.getByRole('main').getByRole('link', { name, exact: true }).waitFor();
    }
    await look(page, 'admin-index-360');

    await page.getByRole('main').getByRole('link', { name: 'บัญชีผู้ใช้', exact: true }).click();
    await settled(page, '/admin/users');
    await page.getByText(/^แสดง 1 จาก 1 บัญชี$/).waitFor();
    expect(await page.locator('main').textContent()).toContain('ผู้ดูแลระบบ · ');
    await look(page, 'admin-users-360');

    await page.getByRole('link', { name: 'สร้างบัญชีผู้ใช้' }).click();
    await settled(page, '/admin/users/new');
    await page.getByLabel('ชื่อผู้ใช้').fill('somchai.ph50');
    await page.getByLabel('ชื่อ-นามสกุล').fill('สมชาย ใจมั่น');
    await page.getByLabel('เจ้าหน้าที่', { exact: true }).check();
    await page.getByLabel('ค้นหาหน่วยงาน').fill('PH-50');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.getByRole('button', { name: /^เพิ่ม ศาลากลางจังหวัดเชียงใหม่/ }).click();
    await look(page, 'admin-user-new-360');
    // A name left out is refused with the way to fix it, and nothing is made.
    await page.getByLabel('ชื่อ-นามสกุล').fill('');
    await page.getByRole('button', { name: 'สร้างบัญชี' }).click();
    await page.getByRole('alert').getByText('โปรดกรอกชื่อ-นามสกุล').waitFor();
    await page.getByLabel('ชื่อ-นามสกุล').fill('สมชาย ใจมั่น');
    await page.getByRole('button', { name: 'สร้างบัญชี' }).click();
    await page.getByRole('heading', { name: 'รหัสผ่านใช้ครั้งเดียว' }).waitFor();
    await look(page, 'admin-user-one-time-password-360');
    const oneTime = await secretOn(page);
    expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('link', { name: 'เสร็จแล้ว' }).click();
    await settled(
      page,
      `/admin/users/${(await db.query<{ id: string }>(`select id from users where username = 'somchai.ph50'`)).rows[0]!.id}`,
    );
    expect(await page.locator('.summary-list').textContent()).toContain('ศาลากลางจังหวัดเชียงใหม่');

    // The new officer signs in with the one-time password.
    const officer = await person();
    await signIn(officer, 'somchai.ph50', oneTime);
    await officer.waitForURL((url) => url.pathname === '/');

    await page.getByRole('link', { name: 'เปลี่ยนบทบาท' }).click();
    await page.getByLabel('ผู้ประสานงาน', { exact: true }).check();
    await fitsPhone(page, 'change role');
    await page.getByRole('button', { name: 'บันทึก' }).click();
    await page.getByText('เปลี่ยนบทบาทของ สมชาย ใจมั่น แล้ว').waitFor();
    expect(await page.locator('.summary-list').textContent()).toContain('ผู้ประสานงาน');

    const district = await unitByCode(db, 'DO-5001');
    await page.getByRole('link', { name: 'ย้ายหน่วยงาน' }).click();
    await page.getByLabel('ค้นหาหน่วยงาน').fill('DO-5001');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.getByRole('button', { name: `เพิ่ม ${district.name_th}` }).click();
    await fitsPhone(page, 'change unit');
    await page.getByRole('button', { name: 'บันทึก' }).click();
    await page.getByText('ย้ายหน่วยงานของ สมชาย ใจมั่น แล้ว').waitFor();
    expect(await page.locator('.summary-list').textContent()).toContain(district.name_th);

    await page.getByRole('link', { name: 'ตั้งรหัสผ่านใหม่' }).click();
    await page.locator('main h1', { hasText: 'ตั้งรหัสผ่านใหม่ให้ สมชาย ใจมั่น' }).waitFor();
    await page.getByRole('button', { name: 'ตั้งรหัสผ่านใหม่' }).click();
    await page.getByRole('heading', { name: 'รหัสผ่านใช้ครั้งเดียว' }).waitFor();
    const reset = await secretOn(page);
    expect(reset).not.toBe(oneTime);
    await fitsPhone(page, 'one-time password');
    // The officer's session ended with the old password.
    await officer.reload();
    await officer.waitForURL((url) => url.pathname === '/signin');
    await page.getByRole('link', { name: 'เสร็จแล้ว' }).click();
    await page.getByText('ตั้งรหัสผ่านใหม่ให้ สมชาย ใจมั่น แล้ว และออกจากระบบ 1 อุปกรณ์').waitFor();

    await page.getByRole('link', { name: 'ปิดบัญชี' }).click();
    await page.getByRole('button', { name: 'ปิดบัญชี' }).click();
    await page.getByText('ปิดบัญชีของ สมชาย ใจมั่น แล้ว และออกจากระบบทุกอุปกรณ์แล้ว').waitFor();
    expect(await page.locator('.summary-list').textContent()).toContain('ปิดบัญชีแล้ว');
    await page.getByRole('link', { name: 'เปิดบัญชีอีกครั้ง' }).waitFor();
    const refused = await running.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'somchai.ph50', password: reset },
    });
    expect(refused.statusCode).toBe(401);
    const trail = await db.query<{ action: string }>(
      `select action from audit_events where target_id = (select id::text from users where username = 'somchai.ph50') order by id`,
    );
    expect(trail.rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['user.create', 'user.update', 'user.password_reset', 'credentials.revoke']),
    );
  }, 180_000); // four argon2 sign-ins and a dozen pages: more than the default minute on a shared machine

  it('creates an API token shown once, uses it, and revokes it', async () => {
    const page = await person();
    await signIn(page, admin.username, TEST_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await fromIndex(page, 'โทเคน API');
    await settled(page, '/admin/tokens');
    await page.getByRole('link', { name: 'สร้างโทเคน' }).click();
    await settled(page, '/admin/tokens/new');
    await page.getByLabel('ชื่อโทเคน').fill('สคริปต์สรุปงานประจำวัน');
    await page.getByLabel('รหัสผ่านของคุณ').fill('not-my-password-at-all');
    await page.getByRole('button', { name: 'สร้างโทเคน' }).click();
    await page.getByRole('alert').getByText('รหัสผ่านไม่ถูกต้อง').waitFor();
    await page.getByLabel('รหัสผ่านของคุณ').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'สร้างโทเคน' }).click();
    const token = await (async () => {
      await page.getByRole('heading', { name: 'โทเคน "สคริปต์สรุปงานประจำวัน"' }).first().waitFor();
      return secretOn(page);
    })();
    expect(await page.getByRole('alert').count()).toBe(0);
    const call = () => running.app.inject({ method: 'GET', url: '/api/inbox', headers: { authorization: `Bearer ${token}` } });
    expect((await call()).statusCode).toBe(200);
    await page.getByRole('link', { name: 'เสร็จแล้ว' }).click();
    await settled(page, '/admin/tokens');
    expect(await page.locator('main').textContent()).toContain('ขอบเขต: อ่านข้อมูล');
    await look(page, 'admin-tokens-360');
    await page.getByRole('button', { name: 'ยกเลิกโทเคน สคริปต์สรุปงานประจำวัน' }).click();
    await page.getByText('ยกเลิกโทเคน "สคริปต์สรุปงานประจำวัน" แล้ว', { exact: false }).waitFor();
    expect((await call()).statusCode).toBe(401);
  });

  it('creates an Open311 key shown once, files a request with it, and revokes it', async () => {
    const page = await person();
    await signIn(page, admin.username, TEST_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await fromIndex(page, 'คีย์ Open311');
    await settled(page, '/admin/open311-keys');
    await page.getByRole('link', { name: 'สร้างคีย์' }).click();
    await settled(page, '/admin/open311-keys/new');
    await page.getByLabel('ผู้ใช้คีย์').fill('แอปพลิเคชันเมืองเชียงใหม่');
    await page.getByLabel('โควตาคำขอต่อนาที').fill('0');
    await page.getByRole('button', { name: 'สร้างคีย์' }).click();
    await page.getByRole('alert').getByText('โควตาต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 1,000,000').waitFor();
    await page.getByLabel('โควตาคำขอต่อนาที').fill('120');
    await page.getByRole('button', { name: 'สร้างคีย์' }).click();
    await page.getByRole('heading', { name: 'คีย์ของ "แอปพลิเคชันเมืองเชียงใหม่"' }).first().waitFor();
    await look(page, 'admin-open311-key-shown-360');
    const key = await secretOn(page);
    expect(key).toMatch(/^o311_/);
    const post = () =>
      running.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        payload: { api_key: key, service_code: 'roads', address_id: '5001', description: 'ถนนหน้าตลาดวโรรสเป็นหลุมลึก รถล้มบ่อย' },
      });
    expect((await post()).statusCode).toBe(200);
    await page.getByRole('link', { name: 'เสร็จแล้ว' }).click();
    await settled(page, '/admin/open311-keys');
    const listed = await page.locator('main').textContent();
    expect(listed).toContain('120 คำขอต่อนาที');
    expect(listed).not.toContain('ยังไม่เคยใช้');
    await look(page, 'admin-open311-keys-360');
    await page.getByRole('button', { name: 'ยกเลิกคีย์ แอปพลิเคชันเมืองเชียงใหม่' }).click();
    await page.getByText('ยกเลิกคีย์ของ "แอปพลิเคชันเมืองเชียงใหม่" แล้ว', { exact: false }).waitFor();
    expect((await post()).statusCode).toBe(403);
  });

  it('reads in English with names, not codes, when the administrator chooses English', async () => {
    const page = await person();
    await signIn(page, admin.username, TEST_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
    await settled(page, '/admin');
    await page.getByRole('main').getByRole('link', { name: 'Accounts', exact: true }).click();
    await settled(page, '/admin/users');
    await page.getByText(/^Showing \d+ of \d+ accounts$/).waitFor();
    const text = (await page.locator('main').textContent())!;
    expect(text).toContain('Administrator · Royal Thai Government');
    // Role and unit by name; only the people's own names stay as they were typed.
    expect(text).not.toMatch(/ · (admin|delivery_unit|coordinator|officer|operator|viewer) · | · (RTG|PH-50)$/m);
    expect(text).not.toMatch(/แสดง|บัญชี|ผู้ดูแลระบบ|รัฐบาล/);
    await look(page, 'admin-users-en-360');
  });
});
