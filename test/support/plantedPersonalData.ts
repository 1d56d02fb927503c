/**
 * Personal data planted in complaints, in the forms people write it, and the detectors that find
 * it in a response (test/pdpa.test.ts, test/publicFace.test.ts). The detectors do not use the
 * masking code: a number is found by its digits after Thai digits are turned into ASCII and
 * everything but letters and digits is dropped from the response (any 7 of its digits in a row is
 * a leak); names, e-mail addresses and LINE IDs by their strings; points by their fourth decimal.
 */
import { expect } from 'vitest';
import { createOpen311ApiKey } from '../../src/commands/channels/createOpen311ApiKey.ts';
import { createStaff } from './factories.ts';
import { anonymous, signIn, type TestApp, type TestClient } from './testApp.ts';

const ZWSP = '\u200b';

/** Numbers as written, and the digits that must never show again (a phone's without its 0 or 66). */
export const numbers: { written: string; digits: string }[] = [
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
export const textStrings = [
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
export const fieldStrings = ['ซอยสุขสำราญเจ็ด', 'ผู้ร้องเรียนลับ', 'contact.person', 'open311.person', 'นามสกุลลับ'];
export const strings = [...textStrings, ...fieldStrings];
export const contactDigits = ['899990011', '877776655', '1103700123458'];
export const POINT = { lat: 13.7456789, lon: 100.5341234 };

export const descriptionWeb = [
  `นายสมชาย ใจดีเด่น โทร ${numbers[0]!.written} แจ้งว่าถนนหน้าบ้านเป็นหลุม`,
  `เบอร์สำรอง ${numbers[1]!.written} หรือ ${numbers[2]!.written} เลขบัตร ${numbers[3]!.written}`,
  `อีเมลsomchai.jaidee@example.comครับ ไลน์ไอดี somchai_2531 ลูกชาย ด.ช.ก้องภพ ทองประเสริฐ ตกหลุม`,
  `ค่าซ่อม 1,500 บาท นัดวันที่ 12/05/2566 บ้านเลขที่ 123/45 ซอย 5`,
].join('\n');
export const descriptionOpen311 = [
  `ท่อแตก ติดต่อ น.ส.มาลีวรรณ ศรีสุขสวัสดิ์ ${numbers[4]!.written} หรือ ${numbers[5]!.written}`,
  `ด.ญ.ปิยะดา พรหมวิเศษ เห็นเหตุ นพ.วิชัยยุทธ รักษ์ไทยดี ช่วยไว้ e-mail: malee.sri[at]example[dot]org`,
  `Line ID: maleewan99 reported by Mr. Johnathan Smithers and Mrs Janet Doughty มือถือ ${numbers[6]!.written}`,
].join('\n');
export const descriptionOperator = [
  `ดร.สุรเชษฐ์ ปัญญาวงศ์ โทรแจ้งไฟดับ สำนักงาน ${numbers[7]!.written} บ้าน ${numbers[8]!.written}`,
  `บัตร ${numbers[9]!.written} และ ${numbers[10]!.written} เบอร์ ${numbers[11]!.written} line: wipa_hotline`,
].join('\n');
export const titleOperator = `คุณวิภาวดี ${numbers[7]!.written} ไฟดับทั้งซอย`;
export const waitMessage = `โปรดยืนยันกับ นางบุญเรือนแก้ว ที่ ${numbers[6]!.written} ว่าหลุมอยู่หน้าบ้านใด`;

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Every letter and digit of a response, Thai and full-width digits made ASCII, nothing else. */
function lettersAndDigits(text: string): string {
  return text
    .replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)))
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** What personal data a response shows: empty when none. */
export function leaks(text: string): string[] {
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

export interface PlantedComplaints {
  /** The officer of the handling district office (DO-1007). */
  officer: TestClient;
  /** An admin and a coordinator above the handling unit: staff who must not see the data. */
  outsiders: [string, TestClient][];
  /** The web complaint first, then Open311's, then the operator's. */
  caseIds: string[];
  trackingCodes: string[];
}

/** Files three complaints carrying every planted form (public form, Open311, a 1111 operator) and has the officer ask the web complainant a question. */
export async function plantPersonalData(t: TestApp): Promise<PlantedComplaints> {
  const citizen = anonymous(t.app);
  const area = await t.db.query<{ code: string }>(
    `select code from areas where level = 'subdistrict' and parent_code = '1007' order by code limit 1`,
  );
  const subdistrict = area.rows[0]!.code;
  const officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'DO-1007' }));
  const operator = await signIn(t.app, await createStaff(t.db, { role: 'operator', unitCode: 'OPM-1111' }));
  const outsiders: [string, TestClient][] = [
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
  const caseIds = rows.rows.map((row) => row.case_id);
  const trackingCodes = rows.rows.map((row) => row.tracking_code);
  expect(caseIds).toHaveLength(3);
  const paused = await officer.post(`/api/complaints/${caseIds[0]}/wait-for-citizen`, { message: waitMessage });
  expect(paused.status).toBe(200);
  return { officer, outsiders, caseIds, trackingCodes };
}
