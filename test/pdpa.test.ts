/**
 * PDPA acceptance (issue 9, finding 3): complaints carrying personal data in
 * the forms people write it are filed through the public form, Open311 and an
 * operator; then every anonymous surface and every staff surface of a unit not
 * handling them is read, and none may show a planted phone or ID number,
 * e-mail address, LINE ID, name after an honorific, address or exact point.
 *
 * The detectors do not use the masking code: a number is found by its digits
 * after Thai digits are turned into ASCII and everything but letters and
 * digits is dropped from the response (any 7 of its digits in a row is a
 * leak); names, e-mail addresses and LINE IDs by their strings; points by
 * their fourth decimal. The handling unit must still see the original text,
 * which proves the data was planted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpen311ApiKey } from '../src/commands/channels/createOpen311ApiKey.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { createStaff } from './support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.ts';
import { testEngines } from './support/testDatabase.ts';

const ZWSP = '\u200b';

/** Numbers as written, and the digits that must never show again (a phone's without its 0 or 66). */
const numbers: { written: string; digits: string }[] = [
  { written: '(081) 234 5678', digits: '812345678' },
  { written: `081${ZWSP} 235${ZWSP} 6789`, digits: '812356789' },
  { written: '081_236_7890', digits: '812367890' },
  { written: '110-170-023-0708', digits: '1101700230708' },
  { written: '+66 82 345 6789', digits: '823456789' },
  { written: '๐๘๓-๔๕๖-๗๘๙๐', digits: '834567890' },
  { written: '08-4567-8901', digits: '845678901' },
  { written: '02 123 4567', digits: '21234567' },
  { written: '0-2987-6543', digits: '29876543' },
  { written: '3 1005 01234 56 7', digits: '3100501234567' },
  { written: '๑-๒๓๔๕-๖๗๘๙๐-๑๒-๓', digits: '1234567890123' },
  { written: '０９１２３４５６７８', digits: '912345678' },
];
/** Strings written in the text that must never show beyond the handling unit: names, e-mail local parts, LINE IDs. */
const textStrings = [
  'สมชาย',
  'ใจดีเด่น',
  'มาลีวรรณ',
  'ศรีสุขสวัสดิ์',
  'ก้องภพ',
  'ทองประเสริฐ',
  'ปิยะดา',
  'พรหมวิเศษ',
  'วิชัยยุทธ',
  'สุรเชษฐ์',
  'วิภาวดี',
  'บุญเรือนแก้ว',
  'Johnathan',
  'Smithers',
  'Doughty',
  'somchai.jaidee',
  'malee.sri',
  'wipa_hotline',
  'somchai_2531',
  'maleewan99',
];
/** The address and the complainants' own fields: never in the text, never beyond the handling unit. */
const fieldStrings = ['ซอยสุขสำราญเจ็ด', 'ผู้ร้องเรียนลับ', 'contact.person', 'open311.person', 'นามสกุลลับ'];
const strings = [...textStrings, ...fieldStrings];
const contactDigits = ['899990011', '877776655', '1103700123458'];
const POINT = { lat: 13.7456789, lon: 100.5341234 };

const descriptionWeb = [
  `นายสมชาย ใจดีเด่น โทร ${numbers[0]!.written} แจ้งว่าถนนหน้าบ้านเป็นหลุม`,
  `เบอร์สำรอง ${numbers[1]!.written} หรือ ${numbers[2]!.written} เลขบัตร ${numbers[3]!.written}`,
  `อีเมลsomchai.jaidee@example.comครับ ไลน์ไอดี somchai_2531 ลูกชาย ด.ช.ก้องภพ ทองประเสริฐ ตกหลุม`,
  `ค่าซ่อม 1,500 บาท นัดวันที่ 12/05/2566 บ้านเลขที่ 123/45 ซอย 5`,
].join('\n');
const descriptionOpen311 = [
  `ท่อแตก ติดต่อ น.ส.มาลีวรรณ ศรีสุขสวัสดิ์ ${numbers[4]!.written} หรือ ${numbers[5]!.written}`,
  `ด.ญ.ปิยะดา พรหมวิเศษ เห็นเหตุ นพ.วิชัยยุทธ รักษ์ไทยดี ช่วยไว้ e-mail: malee.sri[at]example[dot]org`,
  `Line ID: maleewan99 reported by Mr. Johnathan Smithers and Mrs Janet Doughty มือถือ ${numbers[6]!.written}`,
].join('\n');
const descriptionOperator = [
  `ดร.สุรเชษฐ์ ปัญญาวงศ์ โทรแจ้งไฟดับ สำนักงาน ${numbers[7]!.written} บ้าน ${numbers[8]!.written}`,
  `บัตร ${numbers[9]!.written} และ ${numbers[10]!.written} เบอร์ ${numbers[11]!.written} line: wipa_hotline`,
].join('\n');
const titleOperator = `คุณวิภาวดี ${numbers[7]!.written} ไฟดับทั้งซอย`;
const waitMessage = `โปรดยืนยันกับ นางบุญเรือนแก้ว ที่ ${numbers[6]!.written} ว่าหลุมอยู่หน้าบ้านใด`;

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Every letter and digit of a response, Thai and full-width digits made ASCII, nothing else. */
function lettersAndDigits(text: string): string {
  return text
    .replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)))
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** What personal data a response shows: empty when none. */
function leaks(text: string): string[] {
  const found: string[] = [];
  const stream = lettersAndDigits(text);
  for (const digits of [...numbers.map((n) => n.digits), ...contactDigits]) {
    for (let i = 0; i + 7 <= digits.length; i++) {
      if (stream.includes(digits.slice(i, i + 7))) {
        found.push(`digits ${digits}`);
        break;
      }
    }
  }
  const lower = text.toLowerCase();
  for (const s of strings) if (lower.includes(s.toLowerCase())) found.push(s);
  if (/13\.7456|100\.5341/.test(text)) found.push('exact point');
  return found;
}

describe.each(testEngines())('PDPA: no personal data on anonymous surfaces or beyond the handling unit (%s)', (engine) => {
  let t: TestApp;
  let citizen: TestClient;
  let officer: TestClient;
  let outsiders: [string, TestClient][];
  let caseIds: string[];
  let trackingCodes: string[];

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z') });
    citizen = anonymous(t.app);
    const area = await t.db.query<{ code: string }>(
      `select code from areas where level = 'subdistrict' and parent_code = '1007' order by code limit 1`,
    );
    const subdistrict = area.rows[0]!.code;
    officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'DO-1007' }));
    const operator = await signIn(t.app, await createStaff(t.db, { role: 'operator', unitCode: 'OPM-1111' }));
    outsiders = [
      ['admin (national)', await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }))],
      ['coordinator above the handling unit', await signIn(t.app, await createStaff(t.db, { role: 'coordinator', unitCode: 'PH-10' }))],
    ];

    const web = await citizen.post('/api/public/complaints', {
      categoryCode: 'roads',
      description: descriptionWeb,
      areaCode: subdistrict,
      location: POINT,
      address: 'บ้านเลขที่ 99/123 ซอยสุขสำราญเจ็ด',
      complainant: { name: 'ผู้ร้องเรียนลับ นามสกุลลับ', email: 'contact.person@example.net', phone: '0899990011', citizenId: '1103700123458' },
    });
    expect(web.status, JSON.stringify(web.body)).toBe(201);

    const apiKey = (await createOpen311ApiKey(t, { name: 'แอป PDPA' })).key;
    const open311 = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        api_key: apiKey,
        service_code: 'drains',
        lat: String(POINT.lat),
        long: String(POINT.lon),
        address_string: 'ซอยสุขสำราญเจ็ด ปทุมวัน',
        description: descriptionOpen311,
        email: 'open311.person@example.net',
        first_name: 'ผู้ร้องเรียนลับ',
        last_name: 'นามสกุลลับ',
        phone: '087 777 6655',
      }).toString(),
    });
    expect(open311.statusCode).toBe(200);

    const taken = await operator.post('/api/complaints', {
      channel: 'hotline',
      categoryCode: 'street_lights',
      title: titleOperator,
      description: descriptionOperator,
      areaCode: subdistrict,
      location: null,
      complainant: { name: 'ผู้ร้องเรียนลับ', phone: '0899990011' },
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);

    // The web complaint first: the officer asks its citizen a question, which tracking and events then show.
    const rows = await t.db.query<{ case_id: string; tracking_code: string }>(
      `select case_id, tracking_code from complaints order by tracking_code = $1 desc, case_id`,
      [web.body.trackingCode],
    );
    caseIds = rows.rows.map((row) => row.case_id);
    trackingCodes = rows.rows.map((row) => row.tracking_code);
    expect(caseIds).toHaveLength(3);
    const paused = await officer.post(`/api/complaints/${caseIds[0]}/wait-for-citizen`, { message: waitMessage });
    expect(paused.status).toBe(200);
  });
  afterAll(() => t.close());

  it('plants every form: the detectors find all of it in what was filed, and the handling unit still reads it', async () => {
    const filed = [descriptionWeb, descriptionOpen311, descriptionOperator, titleOperator, waitMessage].join('\n');
    const planted = leaks(filed);
    for (const n of numbers) expect(planted).toContain(`digits ${n.digits}`);
    for (const s of textStrings) expect(planted).toContain(s);
    const handled = await officer.get(`/api/complaints/${caseIds[0]}`);
    expect(handled.status).toBe(200);
    expect(handled.body.description).toBe(descriptionWeb);
    expect(handled.body.location).toEqual(POINT);
    expect(handled.body.address).toContain('ซอยสุขสำราญเจ็ด');
    expect(leaks(JSON.stringify(handled.body))).toEqual(expect.arrayContaining(['สมชาย', 'somchai.jaidee', 'exact point']));
  });

  it('Open311 lists and single requests, JSON and XML, show none of it', async () => {
    const read = async (url: string) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      return response.body;
    };
    const list = await read('/open311/v2/requests.json');
    const ids = (JSON.parse(list) as { service_request_id: string }[]).map((r) => r.service_request_id);
    expect(ids).toHaveLength(3);
    expect(leaks(list)).toEqual([]);
    expect(leaks(await read('/open311/v2/requests.xml'))).toEqual([]);
    for (const id of ids) {
      for (const format of ['json', 'xml']) {
        const one = await read(`/open311/v2/requests/${encodeURIComponent(id)}.${format}`);
        expect(leaks(one), `${id}.${format}`).toEqual([]);
      }
    }
    const located = (JSON.parse(list) as { lat: number | null; address: string | null }[]).filter((r) => r.lat !== null);
    expect(located.length).toBeGreaterThan(0);
    for (const request of located) expect(request.address).toMatch(/ปทุมวัน/);
  });

  it('public tracking and the public duplicate check show none of it', async () => {
    for (const code of trackingCodes) {
      const tracked = await citizen.get(`/api/public/complaints/${code}`);
      expect(tracked.status).toBe(200);
      expect(leaks(JSON.stringify(tracked.body)), code).toEqual([]);
    }
    const waiting = await citizen.get(`/api/public/complaints/${trackingCodes[0]}`);
    expect(waiting.body.steps.some((step: { message: string | null }) => step.message?.includes('ว่าหลุมอยู่หน้าบ้านใด'))).toBe(true);
    const duplicates = await citizen.post('/api/public/complaints/likely-duplicates', {
      categoryCode: 'roads',
      description: descriptionWeb,
      areaCode: null,
      location: POINT,
    });
    expect(duplicates.status).toBe(200);
    expect(leaks(JSON.stringify(duplicates.body))).toEqual([]);
  });

  it('a unit not handling the complaints sees none of it in the case list, case detail, complaint, events or inbox', async () => {
    for (const [who, client] of outsiders) {
      const list = await client.get('/api/cases?kind=complaint');
      expect(list.status, who).toBe(200);
      expect(list.body.items.length, who).toBe(3);
      expect(leaks(JSON.stringify(list.body)), who).toEqual([]);
      const inbox = await client.get('/api/inbox');
      expect(leaks(JSON.stringify(inbox.body)), who).toEqual([]);
      for (const id of caseIds) {
        for (const url of [`/api/cases/${id}`, `/api/cases/${id}/events`, `/api/complaints/${id}`]) {
          const response = await client.get(url);
          expect(response.status, `${who} ${url}`).toBe(200);
          expect(leaks(JSON.stringify(response.body)), `${who} ${url}`).toEqual([]);
        }
      }
      const events = await client.get(`/api/cases/${caseIds[0]}/events`);
      expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['created', 'waiting_for_citizen']));
    }
  });
});
