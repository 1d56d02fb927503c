import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CardIndicator, ComplaintCardFigures, PolicyCardFigures } from '../../domain/cards/cardFigures.ts';
import { closeSharedChromium, withChromiumContext } from '../printing/sharedChromium.ts';
import { complaintCardHtml } from './complaintCardHtml.ts';
import { policyCardHtml } from './policyCardHtml.ts';

/**
 * The cards' worst cases still fit 1200×630: a national year of two million complaints, twelve
 * months, a policy with a long title, long indicator names and more indicators than the card
 * shows. Checked in Chromium with the fonts loaded: nothing is pushed under or past the footer and
 * no figure spills out of its box. `CARD_PREVIEW_DIR=/tmp/cards` keeps the pictures to look at.
 */
describe('card layout', () => {
  afterAll(() => closeSharedChromium());

  async function measure(name: string, html: string) {
    return withChromiumContext({ viewport: { width: 1200, height: 630 } }, async (context) => {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const dir = process.env.CARD_PREVIEW_DIR;
      if (dir) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, `layout-${name}.png`), await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 630 } }));
      }
      return page.evaluate(`(() => {
        const footer = document.querySelector('footer').getBoundingClientRect();
        const spills = [...document.querySelectorAll('.figure, .reach, .indicators, .body, .bars')]
          .filter((box) => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1)
          .map((box) => box.className);
        for (const line of document.querySelectorAll('.figure .value, .figure .unit, .numbers, .rag')) {
          if (line.scrollWidth > line.clientWidth + 1 || line.getBoundingClientRect().right > line.parentElement.getBoundingClientRect().right + 1) spills.push(line.className);
        }
        const above = [...document.querySelectorAll('main > :not(footer)')].every((el) => el.getBoundingClientRect().bottom <= footer.top + 1);
        const main = document.querySelector('main');
        if (main.scrollHeight > 630 || footer.height < 72) spills.push('card');
        return { footerBottom: footer.bottom, spills, above, fonts: document.fonts.check('700 40px Sarabun', 'ทดสอบ') };
      })()`) as Promise<{ footerBottom: number; spills: string[]; above: boolean; fonts: boolean }>;
    });
  }

  it('fits a national year of two million complaints over twelve months', async () => {
    const months = Array.from({ length: 12 }, (_, i) => ({
      month: `${i < 3 ? 2025 : 2026}-${String(((i + 9) % 12) + 1).padStart(2, '0')}`,
      received: 150_000 + i * 7_000,
      resolved: 120_000 + i * 5_000,
    }));
    const figures: ComplaintCardFigures = {
      area: { kind: 'national', code: 'TH', nameTh: 'ทั้งประเทศ', nameEn: 'Thailand' },
      fiscalYear: 2569,
      received: 2_262_000,
      resolved: 1_770_000,
      resolutionRate: 1_770_000 / 2_262_000,
      medianDays: 12,
      months,
      asOfDay: '2026-09-30',
    };
    expect(await measure('national-large', complaintCardHtml(figures))).toEqual({
      footerBottom: 630,
      spills: [],
      above: true,
      fonts: true,
    });
  });

  it('fits a long province name with an empty year', async () => {
    const figures: ComplaintCardFigures = {
      area: { kind: 'province', code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok Metropolis' },
      fiscalYear: 2570,
      received: 0,
      resolved: 0,
      resolutionRate: null,
      medianDays: null,
      months: [{ month: '2026-10', received: 0, resolved: 0 }],
      asOfDay: null,
    };
    expect(await measure('province-empty', complaintCardHtml(figures))).toEqual({
      footerBottom: 630,
      spills: [],
      above: true,
      fonts: true,
    });
  });

  it('fits a policy with a long title, long indicator names and more indicators than it shows', async () => {
    const indicator = (nameTh: string, actual: number | null, rag: CardIndicator['rag']): CardIndicator => ({
      nameTh,
      nameEn: null,
      unitOfMeasure: 'ครัวเรือน',
      direction: 'up',
      baseline: 1000,
      target: 1_250_000,
      period: actual === null ? null : '2026-08',
      actual,
      planned: actual === null ? null : 1_000_000,
      rag,
    });
    const figures: PolicyCardFigures = {
      id: '00000000-0000-4000-8000-000000000002',
      ref: 'CAB-2569-123456',
      kind: 'cabinet_resolution',
      title: 'มาตรการเร่งด่วนเพื่อแก้ไขปัญหาหนี้สินครัวเรือนและหนี้นอกระบบของประชาชนผู้มีรายได้น้อยในทุกจังหวัดทั่วประเทศ พร้อมการติดตามผลรายเดือน',
      ownerTh: 'สำนักงานปลัดสำนักนายกรัฐมนตรี กรมการปกครอง กระทรวงมหาดไทย และหน่วยงานที่เกี่ยวข้องทุกแห่ง',
      ownerEn: 'Office of the Permanent Secretary, Office of the Prime Minister',
      indicators: [
        indicator('จำนวนครัวเรือนที่ได้รับการไกล่เกลี่ยหนี้นอกระบบจนได้ข้อยุติและลงนามในสัญญาประนีประนอมยอมความ', 1_234_567, 'amber'),
        indicator('ครัวเรือนที่ได้รับสินเชื่อ', 990_000, 'green'),
        indicator('ครัวเรือนที่กลับเข้าสู่หนี้นอกระบบ', null, null),
      ],
      indicatorCount: 7,
      reach: { assigned: 12_345, acknowledged: 12_000 },
      lastUpdateDay: '2026-09-01',
    };
    expect(await measure('policy-long', policyCardHtml(figures))).toEqual({ footerBottom: 630, spills: [], above: true, fonts: true });
  });
});
