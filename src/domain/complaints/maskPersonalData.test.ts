import { describe, expect, it } from 'vitest';
import { maskPersonalData, normaliseForMasking } from './maskPersonalData.ts';
import { areaNameTh, publicLocation } from './publicPlace.ts';

const ZWSP = '\u200b';

describe('masking personal data in free text', () => {
  it.each([
    // Phone numbers, however they are written.
    ['โทร 081-234-5678 ด่วน', 'โทร xxx-xxx-xx78 ด่วน'],
    ['เบอร์ (081) 234 5678', 'เบอร์ (xxx) xxx xx78'],
    [`โทร 081${ZWSP} 234${ZWSP} 5678 นะ`, 'โทร xxx xxx xx78 นะ'],
    ['โทร 081_234_5678', 'โทร xxx_xxx_xx78'],
    ['ติดต่อ +66 81 234 5678', 'ติดต่อ +xx xx xxx xx78'],
    ['ติดต่อ +66(0)812345678', 'ติดต่อ +xx(x)xxxxxxx78'],
    ['call 66812345678', 'call xxxxxxxxx78'],
    ['โทร ๐๘๑-๒๓๔-๕๖๗๘', 'โทร xxx-xxx-xx๗๘'],
    ['โทร０８１２３４５６７８ครับ', 'โทรxxxxxxxx７８ครับ'],
    ['มือถือ 08-1234-5678', 'มือถือ xx-xxxx-xx78'],
    ['โทรสำนักงาน 02 123 4567 ต่อ 12', 'โทรสำนักงาน xx xxx xx67 ต่อ 12'],
    ['เบอร์บ้าน 0 2123 4567', 'เบอร์บ้าน x xxxx xx67'],
    ['โทร 081.234.5678', 'โทร xxx.xxx.xx78'],
    ['โทร 081–234–5678', 'โทร xxx–xxx–xx78'],
    ['สองเบอร์ 081-234-5678 089-999-8877', 'สองเบอร์ xxx-xxx-xx78 xxx-xxx-xx77'],
    // Citizen ID numbers.
    ['บัตร 1-1017-00230-70-8', 'บัตร x-xxxx-xxxxx-x0-8'],
    ['เลขบัตร 110-170-023-0708', 'เลขบัตร xxx-xxx-xxx-xx08'],
    ['เลข 1 1017 00230 70 8 ครับ', 'เลข x xxxx xxxxx x0 8 ครับ'],
    ['เลข1101700230708ครับ', 'เลขxxxxxxxxxxx08ครับ'],
    // E-mail addresses, with Thai text around them.
    ['อีเมลsomchai.j@example.co.thครับ', 'อีเมล***ครับ'],
    ['ส่งมาที่ somchai[at]example[dot]com ด้วย', 'ส่งมาที่ *** ด้วย'],
    ['mail: Some.One+tidtam@Mail.Example.ORG.', 'mail: ***.'],
    ['อีเมล somchai＠example.com', 'อีเมล ***'],
    // LINE IDs.
    ['Line ID: somchai_1990 ครับ', 'Line ID: *** ครับ'],
    ['ไลน์ไอดี somchai.j', 'ไลน์ไอดี ***'],
    ['แอดไลน์ @tidtam99 ได้เลย', 'แอดไลน์ *** ได้เลย'],
    ['LINE: somchai', 'LINE: ***'],
    // A name after an honorific.
    ['นายสมชาย ใจดี แจ้งว่าถนนพัง', 'นาย*** แจ้งว่าถนนพัง'],
    ['ผู้แจ้งคือ นาง สมศรี มีสุข โทร 02 123 4567', 'ผู้แจ้งคือ นาง *** โทร xx xxx xx67'],
    ['นางสาวมาลี ศรีสุข', 'นางสาว***'],
    ['น.ส.มาลี ศรีสุข อยู่บ้านเลขที่ 5', 'น.ส.*** อยู่บ้านเลขที่ 5'],
    ['รบกวนคุณวิภา ช่วยด้วย', 'รบกวนคุณ*** ช่วยด้วย'],
    ['ลูกชาย ด.ช.ก้องภพ สุขใจ เดินตกท่อ', 'ลูกชาย ด.ช.*** เดินตกท่อ'],
    ['ด.ญ.ปิยะดา ทองดี', 'ด.ญ.***'],
    ['นพ.วิชัย รักษา ตรวจแล้ว', 'นพ.*** ตรวจแล้ว'],
    ['ดร. สุรชัย ปัญญาดี', 'ดร. ***'],
    ['ชื่อ: สมปอง นามดี', 'ชื่อ: ***'],
    ['reported by Mr. John Smith yesterday', 'reported by Mr. *** yesterday'],
    ['Mrs Jane Doe and Ms. Anne', 'Mrs *** and Ms. ***'],
  ])('%s', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it.each([
    'นัดวันที่ 12/05/2566 เวลา 10.30 น.',
    'วันที่ 08.05.2566 10.30 น. น้ำท่วม',
    'เมื่อ 2023-05-12 ฝนตกหนัก',
    'ค่าปรับ 1,500 บาท และ 250,000 บาท',
    'บ้านเลขที่ 123/45 หมู่ 6 ซอย 5 ถนนพหลโยธิน',
    'ถนนสายเอเชีย กม. 12+500 ขาเข้า',
    'ตั้งแต่ปี 2566 ถึง 2567 ไม่มีใครมาซ่อม',
    'ปี พ.ศ. 2566 ค.ศ. 2023',
    'สายด่วน 1111 หรือ 191',
    'ระยะ 0.5 กม. เวลา 08.30-09.30 น.',
    'ขอบคุณครับ ขอบคุณมาก',
    'คุณภาพน้ำประปาแย่มาก คุณค่าทางจิตใจ',
    'นายกเทศมนตรีและนายอำเภอไม่มาดู นายก อบต. ก็เช่นกัน',
    'ทนายความของหมู่บ้าน นายจ้างไม่จ่ายเงิน',
    'นางพยาบาลที่โรงพยาบาล',
    'online banking deadline passed',
    'พิกัด 13.7563, 100.5018',
    'ถนนพระราม 2 ซอย 69 แยก 4',
    'ถนนคู้บอน เขตคันนายาว และแขวงบางคุณเทียน',
    'ต.นางแล อ.เมืองเชียงราย จังหวัดนครนายก อำเภอนางรอง',
    'หมู่บ้านนางาม ติดหนองนางนวล',
    'เจ้าหน้าที่คุณดังกล่าวไม่พูดอะไร',
  ])('leaves alone: %s', (text) => {
    expect(maskPersonalData(text)).toBe(text);
  });

  it('is idempotent: masked text masks to itself', () => {
    const text = 'นายสมชาย ใจดี โทร ๐๘๑-๒๓๔-๕๖๗๘ อีเมล a.b@example.com Line ID: somchai บัตร 1 1017 00230 70 8';
    const once = maskPersonalData(text);
    expect(maskPersonalData(once)).toBe(once);
    expect(once).not.toMatch(/สมชาย|ใจดี|a\.b@|somchai|1017/);
  });

  it('normalises Thai digits, zero-width characters and dashes while remembering where each character came from', () => {
    const { text, origin } = normaliseForMasking(`๐๘${ZWSP}1–2`);
    expect(text).toBe('081-2');
    expect([...origin!]).toEqual([0, 1, 3, 4, 5]);
    expect(normaliseForMasking('ไม่มีอะไรพิเศษ 123').origin).toBeNull();
  });
});

describe('where a complaint is, in public', () => {
  it('rounds a point to three decimals (about 100 m)', () => {
    expect(publicLocation({ lat: 13.7563309, lon: 100.5017651 })).toEqual({ lat: 13.756, lon: 100.502 });
    expect(publicLocation({ lat: -0.0001, lon: 0 })).toEqual({ lat: 0, lon: 0 });
  });
  it('names the area as Thai addresses do, in Bangkok and elsewhere', () => {
    const bangkok = {
      code: '100701',
      level: 'subdistrict',
      nameTh: 'รองเมือง',
      parentNameTh: 'ปทุมวัน',
      grandparentNameTh: 'กรุงเทพมหานคร',
    } as const;
    expect(areaNameTh(bangkok)).toBe('แขวงรองเมือง เขตปทุมวัน กรุงเทพมหานคร');
    expect(areaNameTh({ code: '5001', level: 'district', nameTh: 'เมืองเชียงใหม่', parentNameTh: 'เชียงใหม่', grandparentNameTh: null })).toBe(
      'อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่',
    );
    expect(areaNameTh({ code: '50', level: 'province', nameTh: 'เชียงใหม่', parentNameTh: null, grandparentNameTh: null })).toBe(
      'จังหวัดเชียงใหม่',
    );
  });
});
