import { describe, expect, it } from 'vitest';
import { nationalCardAlt, policyCardAlt, provinceCardAlt, zoneCardAlt } from './cardAltText.ts';
import type { ComplaintCardFigures, PolicyCardFigures } from './cardFigures.ts';

const chiangMai: ComplaintCardFigures = {
  area: { kind: 'province', code: '50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai' },
  fiscalYear: 2569,
  received: 1234,
  resolved: 1000,
  resolutionRate: 1000 / 1234,
  medianDays: 6,
  months: [
    { month: '2025-10', received: 400, resolved: 390 },
    { month: '2025-11', received: 834, resolved: 610 },
  ],
  asOfDay: '2026-12-05',
};

const policy: PolicyCardFigures = {
  id: '00000000-0000-4000-8000-000000000001',
  ref: 'POL-2569-000042',
  kind: 'policy',
  title: 'คลินิกแม่เลี้ยงเดี่ยว',
  ownerTh: 'หน่วยขับเคลื่อนนโยบายของนายกรัฐมนตรี',
  ownerEn: "Prime Minister's Delivery Unit",
  indicators: [
    {
      nameTh: 'คลินิกที่เปิดให้บริการ',
      nameEn: 'Clinics open',
      unitOfMeasure: 'แห่ง',
      direction: 'up',
      baseline: 0,
      target: 77,
      period: '2026-02',
      actual: 12,
      planned: 28,
      rag: 'red',
    },
    {
      nameTh: 'ผู้ได้รับความช่วยเหลือ',
      nameEn: null,
      unitOfMeasure: 'คน',
      direction: 'up',
      baseline: 0,
      target: 5000,
      period: null,
      actual: null,
      planned: null,
      rag: null,
    },
  ],
  indicatorCount: 4,
  reach: { assigned: 77, acknowledged: 45 },
  lastUpdateDay: '2026-12-04',
};

describe('card alt text', () => {
  it("writes a province's complaint figures as a Thai and an English sentence", () => {
    expect(provinceCardAlt(chiangMai)).toEqual({
      th:
        'เรื่องร้องเรียนจังหวัดเชียงใหม่ ปีงบประมาณ พ.ศ. 2569 ข้อมูล ณ วันที่ 5 ธันวาคม 2569: รับเรื่อง 1,234 เรื่อง ' +
        'ดำเนินการแล้วเสร็จ 1,000 เรื่อง (ร้อยละ 81.0) ใช้เวลาดำเนินการแล้วเสร็จ (มัธยฐาน) 6 วัน ' +
        'เดือนที่รับเรื่องมากที่สุดคือพฤศจิกายน 2568 834 เรื่อง',
      en:
        'Complaints in Chiang Mai, fiscal year 2569 BE, as of 5 December 2569 BE: 1,234 received, 1,000 resolved (81.0%), ' +
        'median 6 days to resolve, busiest month November 2568 BE with 834.',
    });
  });

  it('names Bangkok without จังหวัด, a zone by its number, and the country as ทั่วประเทศ', () => {
    const bangkok = { ...chiangMai, area: { kind: 'province' as const, code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' } };
    expect(provinceCardAlt(bangkok).th).toMatch(/^เรื่องร้องเรียนกรุงเทพมหานคร ปีงบประมาณ/);
    const national = { ...chiangMai, area: { kind: 'national' as const, code: 'TH', nameTh: 'ทั้งประเทศ', nameEn: 'Thailand' } };
    expect(nationalCardAlt(national).th).toMatch(/^เรื่องร้องเรียนทั่วประเทศ /);
    expect(nationalCardAlt(national).en).toMatch(/^Complaints in Thailand, /);
    const zone = { ...chiangMai, area: { kind: 'zone' as const, code: '15', nameTh: 'เขตตรวจราชการที่ 15', nameEn: null } };
    expect(zoneCardAlt(zone).th).toMatch(/^เรื่องร้องเรียนเขตตรวจราชการที่ 15 ปีงบประมาณ/);
    expect(zoneCardAlt(zone).en).toMatch(/^Complaints in inspection zone 15, /);
  });

  it('says when nothing was received or resolved yet, without a rate or a busiest month', () => {
    const empty = { ...chiangMai, received: 0, resolved: 0, resolutionRate: null, medianDays: null, months: [], asOfDay: null };
    expect(provinceCardAlt(empty)).toEqual({
      th: 'เรื่องร้องเรียนจังหวัดเชียงใหม่ ปีงบประมาณ พ.ศ. 2569: รับเรื่อง 0 เรื่อง ดำเนินการแล้วเสร็จ 0 เรื่อง ยังไม่มีเรื่องที่แล้วเสร็จ',
      en: 'Complaints in Chiang Mai, fiscal year 2569 BE: 0 received, 0 resolved, none resolved yet.',
    });
  });

  it("writes a policy's indicators against plan, its reach and its last update", () => {
    expect(policyCardAlt(policy)).toEqual({
      th:
        'นโยบาย POL-2569-000042 "คลินิกแม่เลี้ยงเดี่ยว" ของหน่วยขับเคลื่อนนโยบายของนายกรัฐมนตรี · ' +
        'คลินิกที่เปิดให้บริการ กุมภาพันธ์ 2569 ได้ 12 แห่ง แผนกำหนด 28 ต่ำกว่าแผน (เป้าหมาย 77) · ' +
        'ผู้ได้รับความช่วยเหลือ: ยังไม่มีผลการวัด (เป้าหมาย 5,000 คน) · และตัวชี้วัดอื่นอีก 2 ตัว · ' +
        'หน่วยงานรับทราบแล้ว 45 จาก 77 หน่วย · ปรับปรุงล่าสุด 4 ธันวาคม 2569',
      en:
        'Policy POL-2569-000042 "คลินิกแม่เลี้ยงเดี่ยว" of Prime Minister\'s Delivery Unit; ' +
        'Clinics open: 12 แห่ง in February 2569 BE against 28 planned, behind plan (target 77); ' +
        'ผู้ได้รับความช่วยเหลือ: not measured yet (target 5,000 คน); and 2 more indicators; ' +
        'acknowledged by 45 of 77 units; last updated 4 December 2569 BE.',
    });
  });

  it('says a policy without indicators or assignments has none', () => {
    const bare = { ...policy, indicators: [], indicatorCount: 0, reach: { assigned: 0, acknowledged: 0 } };
    expect(policyCardAlt(bare).th).toContain('ยังไม่มีตัวชี้วัด · ปรับปรุงล่าสุด');
    expect(policyCardAlt(bare).en).toContain('no indicators yet; last updated');
  });
});
