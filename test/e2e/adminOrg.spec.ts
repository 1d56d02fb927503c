import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { expectAccessible, launchBrowser, newPerson, screenshot, startBrowserApp, type RunningApp } from '../support/browser.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/factories.ts';
import { openTestDatabase } from '../support/testDatabase.ts';

/**
 * The administrator, on a 360 px phone, reaches the organisation from the screen (issue #13, item
 * 13): adds a unit, renames and moves it; adds a routing rule and sees the tester name it, then a
 * complaint filed through the API goes to that unit; the categories page fits the phone.
 */
describe('administering units, routing rules and categories at 360 px', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser;
  let admin: TestStaff;
  let page: Page;
  const contexts: BrowserContext[] = [];
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const unitName = 'กลุ่มงานไฟฟ้าสาธารณะ';
  const renamed = 'กลุ่มงานไฟฟ้าและแสงสว่างสาธารณะ';

  beforeAll(async () => {
    db = await openTestDatabase();
    admin = await createStaff(db, { role: 'admin', unitCode: 'RTG' });
    running = await startBrowserApp({ db, clock });
    browser = await launchBrowser();
    const context = await newPerson(browser, running.baseUrl, { width: 360, height: 740 });
    contexts.push(context);
    page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('ชื่อผู้ใช้').fill(admin.username);
    await page.getByLabel('รหัสผ่าน').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  const fitsThePhone = async (label: string) => {
    const widths = (await page.evaluate('[document.documentElement.scrollWidth, innerWidth]')) as [number, number];
    expect(widths[0], `${label} scrolls sideways`).toBeLessThanOrEqual(widths[1]);
  };

  it('walks the unit tree a page at a time, adds a unit, renames it and moves it', async () => {
    await page.goto('/admin/units');
    await page.getByRole('link', { name: /^หน่วยงานในสังกัด 20 หน่วย/ }).click();
    await page.getByText('แสดง 1–20 จาก 20 หน่วยงาน').waitFor();
    await page.getByRole('link', { name: /^หน่วยงานในสังกัด \d+ หน่วย กระทรวงมหาดไทย$/ }).click();
    await page.getByRole('heading', { name: 'หน่วยงานในสังกัดกระทรวงมหาดไทย' }).waitFor();
    const count = await page.getByText(/^แสดง 1–20 จาก \d+ หน่วยงาน$/).textContent();
    expect(Number(count!.match(/จาก (\d+)/)![1])).toBeGreaterThan(70);
    await fitsThePhone('the unit list');
    await expectAccessible(page, 'the unit list');
    await screenshot(page, 'admin-units-360');
    await page.getByRole('link', { name: 'หน้าถัดไป' }).click();
    await page.getByText(/^แสดง 21–40 จาก \d+ หน่วยงาน$/).waitFor();

    await page.getByLabel('ค้นหาหน่วยงาน').fill('ศาลากลางจังหวัดเชียงใหม่');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.getByRole('link', { name: 'ศาลากลางจังหวัดเชียงใหม่', exact: true }).click();
    await page.getByRole('heading', { name: 'ศาลากลางจังหวัดเชียงใหม่' }).waitFor();
    expect(await page.locator('.summary-list').textContent()).toContain('จังหวัดเชียงใหม่');
    await page.getByRole('link', { name: 'เพิ่มหน่วยงานใต้ศาลากลางจังหวัดเชียงใหม่' }).click();

    await page.getByRole('heading', { name: 'เพิ่มหน่วยงาน' }).waitFor();
    await page.getByText('เลือกแล้ว: ศาลากลางจังหวัดเชียงใหม่').waitFor();
    await page.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
    await page.getByRole('alert').getByText('โปรดเลือกประเภทหน่วยงาน').waitFor();
    await page.getByLabel('กองหรือสำนัก').check();
    await page.getByLabel('ชื่อภาษาไทย').fill(unitName);
    await page.getByLabel('รหัสหน่วยงาน').fill('PH-50-LIGHTS');
    await page.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
    await page.getByRole('heading', { name: unitName }).waitFor();
    await page.getByText(`เพิ่ม${unitName}แล้ว`).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('link', { name: `เปลี่ยนชื่อ ${unitName}` }).click();
    await page.getByRole('heading', { name: 'เปลี่ยนชื่อหน่วยงาน' }).waitFor();
    await page.getByLabel('ชื่อภาษาไทย').fill('ก');
    await page.getByRole('button', { name: 'บันทึกชื่อ' }).click();
    await page.getByRole('alert').getByText('โปรดกรอกชื่อภาษาไทยอย่างน้อย 2 ตัวอักษร').waitFor();
    await page.getByLabel('ชื่อภาษาไทย').fill(renamed);
    await page.getByLabel('ชื่อภาษาอังกฤษ').fill('Public Lighting Section');
    await fitsThePhone('the rename page');
    await screenshot(page, 'admin-unit-edit-360');
    await page.getByRole('button', { name: 'บันทึกชื่อ' }).click();
    await page.getByText('บันทึกชื่อหน่วยงานแล้ว').waitFor();
    await page.getByRole('heading', { name: renamed }).waitFor();

    await page.getByRole('link', { name: `ย้ายไปสังกัดอื่น ${renamed}` }).click();
    await page.getByLabel('ค้นหาหน่วยงานต้นสังกัด').fill(renamed);
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.getByLabel(renamed, { exact: true }).check();
    await page.getByRole('button', { name: 'ย้ายหน่วยงาน' }).click();
    await page
      .getByRole('alert')
      .getByText(/ย้ายหน่วยงานไปไว้ใต้ตัวเอง/)
      .waitFor();
    await page.getByLabel('ค้นหาหน่วยงานต้นสังกัด').fill('ศาลากลางจังหวัดลำพูน');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.getByLabel('ศาลากลางจังหวัดลำพูน', { exact: true }).check();
    expect(await page.getByText(/ย้ายหน่วยงานไปไว้ใต้ตัวเอง/).count()).toBe(0); // corrected: the error goes
    await page.getByRole('button', { name: 'ย้ายหน่วยงาน' }).click();
    await page.getByText('ย้ายหน่วยงานไปสังกัดศาลากลางจังหวัดลำพูนแล้ว หน่วยงานในสังกัดย้ายตามไปด้วย').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.summary-list').textContent()).toContain('ศาลากลางจังหวัดลำพูน');
    const parent = await db.query<{ code: string }>(
      `select p.code from units u join units p on p.id = u.parent_id where u.code = 'PH-50-LIGHTS'`,
    );
    expect(parent.rows[0]!.code).toBe('PH-51');
  });

  it('adds a routing rule, the tester names it, and a complaint filed through the API goes there', async () => {
    await page.goto('/admin/routing-rules');
    await page.getByRole('link', { name: 'เพิ่มกฎ' }).click();
    await page.getByLabel('ประเภทเรื่อง').selectOption({ label: 'ไฟฟ้าแสงสว่าง' });
    await page.getByLabel('จังหวัด', { exact: true }).selectOption({ label: 'จังหวัดลำพูน' });
    await page.getByLabel('อำเภอหรือเขต').selectOption({ label: 'อำเภอเมืองลำพูน' });
    await page.getByRole('button', { name: 'บันทึกกฎ' }).click();
    await page.getByRole('alert').getByText('โปรดค้นหาแล้วเลือกหน่วยงานที่รับเรื่อง').waitFor();
    await page.getByLabel('ค้นหาหน่วยงาน', { exact: true }).fill('ไฟฟ้าและแสงสว่าง');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.getByLabel(renamed, { exact: true }).check();
    await page.getByRole('button', { name: 'บันทึกกฎ' }).click();
    await page.getByText('บันทึกกฎแล้ว').waitFor();
    const rule = page.locator('.org-item').filter({ hasText: renamed });
    expect(await rule.textContent()).toContain('อำเภอเมืองลำพูน จังหวัดลำพูน');
    expect(await rule.textContent()).toContain('ไฟฟ้าแสงสว่าง');
    await fitsThePhone('the routing rules');
    await expectAccessible(page, 'the routing rules');
    await screenshot(page, 'admin-routing-rules-360');

    await page.getByRole('link', { name: 'ทดสอบว่าเรื่องจะส่งไปที่ใด' }).click();
    await page.getByRole('button', { name: 'ตรวจสอบ' }).click();
    await page.getByRole('alert').getByText('โปรดเลือกประเภทเรื่อง หรือพิมพ์ข้อความเรื่องร้องเรียน').waitFor();
    await page.getByLabel('ข้อความเรื่องร้องเรียน').fill('ไฟฟ้าส่องสว่างริมถนนดับทั้งซอย กลางคืนมืดมาก');
    await page.getByLabel('จังหวัด', { exact: true }).selectOption({ label: 'จังหวัดลำพูน' });
    await page.getByLabel('อำเภอหรือเขต').selectOption({ label: 'อำเภอเมืองลำพูน' });
    const subdistrict = (await page.getByLabel('ตำบลหรือแขวง').locator('option').nth(1).getAttribute('value'))!;
    await page.getByLabel('ตำบลหรือแขวง').selectOption(subdistrict);
    await page.getByRole('button', { name: 'ตรวจสอบ' }).click();
    const answer = page.locator('.org-result');
    await answer.getByText(renamed).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    const said = (await answer.textContent())!;
    expect(said).toContain('ไฟฟ้าแสงสว่าง (ระบบเลือกจากข้อความ)');
    expect(said).toContain('กฎ: ไฟฟ้าแสงสว่าง ในอำเภอเมืองลำพูน จังหวัดลำพูน');
    await fitsThePhone('the routing tester');
    await expectAccessible(page, 'the routing tester');
    await screenshot(page, 'admin-routing-tester-360');

    const filed = await running.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      payload: {
        categoryCode: 'street_lights',
        description: 'ไฟฟ้าส่องสว่างริมถนนดับทั้งซอย กลางคืนมืดมาก',
        areaCode: subdistrict,
        location: { lat: 18.58, lon: 99.01 },
        complainant: { name: 'มานี มีนา', email: 'manee@example.com' },
      },
    });
    expect(filed.statusCode).toBe(201);
    expect(filed.json().unit.code).toBe('PH-50-LIGHTS');
  });

  it('shows complaint categories by name and fits the phone', async () => {
    await page.goto('/complaints/categories');
    await page.getByRole('heading', { name: 'ไฟฟ้าแสงสว่าง (street_lights)' }).waitFor();
    await fitsThePhone('the categories page');
    await expectAccessible(page, 'the categories page');
    await screenshot(page, 'admin-categories-360');
    const card = page.locator('.category-card').filter({ hasText: 'street_lights' });
    await card.getByLabel('แก้ไขภายใน (ชั่วโมง)').fill('48');
    await card.getByRole('button', { name: /^บันทึก/ }).click();
    await card.getByText('บันทึกแล้ว').waitFor();
    const saved = await db.query<{ resolve_hours: number }>(`select resolve_hours from complaint_categories where code = 'street_lights'`);
    expect(saved.rows[0]!.resolve_hours).toBe(48);

    // In English the same pages read in English, with Bangkok-style area names where they apply.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Complaint categories and service levels' }).waitFor();
    await page.goto('/admin/routing-rules');
    await page.getByRole('heading', { name: 'Complaint routing rules' }).waitFor();
    expect(await page.locator('.org-item').first().textContent()).toContain('Mueang Lamphun District, Lamphun Province');
    await page.goto('/admin/units?q=PH-10');
    await page.getByText('Showing 1–1 of 1 unit').waitFor();
    await page.getByRole('link', { name: 'Bangkok City Hall', exact: true }).waitFor();
    expect(await page.locator('.org-item').first().textContent()).toContain('Bangkok');
    await screenshot(page, 'admin-units-en-360');
    await fitsThePhone('the unit search in English');
  });
});
