import type { ComplaintCardFigures } from '../../domain/cards/cardFigures.ts';
import { cardFooter, cardPage, escapeHtml, shortDay, thaiNumber } from './cardFrameHtml.ts';

const thaiMonth = new Intl.DateTimeFormat('th-TH', { month: 'short', timeZone: 'UTC' });
/** Counts over a bar stay within its width: 12 bars of about 80 px fit "12.3K" at 22 px, not "12,345". */
const compact = new Intl.NumberFormat('th-TH', { notation: 'compact', maximumFractionDigits: 1 });
const barCount = (value: number) => (value >= 10_000 ? compact.format(value) : thaiNumber.format(value));
const monthLabel = (month: string) => thaiMonth.format(new Date(`${month}-01T00:00:00Z`));

const css = `
h1{font-size:64px;font-weight:700;margin-top:6px}
h1 .en{font-size:36px;margin-left:12px}
.year{font-size:28px;margin-top:4px}
.figures{display:flex;gap:28px;margin-top:20px}
.figure{flex:1;background:#13335e;border-radius:12px;padding:14px 22px}
.figure .label{font-size:26px;font-weight:700;white-space:nowrap}
.figure .label .en{font-size:22px}
.figure .value{font-size:72px;font-weight:700;color:#ffd166;line-height:1.1;white-space:nowrap}
.figure .value.long{font-size:58px;line-height:1.366}
.figure .value.longer{font-size:48px;line-height:1.65}
.figure .unit{font-size:24px;font-weight:400;color:#fff;white-space:nowrap}
.bars{display:flex;align-items:flex-end;gap:10px;height:104px;margin-top:10px}
.bar{flex:1;max-width:160px;display:flex;flex-direction:column;justify-content:flex-end;align-items:stretch;height:100%}
.bar .count{font-size:22px;text-align:center;color:#fff;line-height:1;margin-bottom:4px}
.bar .received{background:#5b8bd0;position:relative;border-radius:4px 4px 0 0;min-height:3px}
.bar .resolved{position:absolute;left:0;right:0;bottom:0;background:#ffd166}
.months{display:flex;gap:10px;margin-top:6px;font-size:22px;color:#dbe4f0;text-align:center}
.months span{flex:1;max-width:160px}
.legend{position:absolute;right:56px;top:44px;font-size:22px;color:#dbe4f0;text-align:right}
.legend i{display:inline-block;width:18px;height:18px;margin:0 6px 0 14px;vertical-align:-2px;border-radius:3px}
`;

/** A headline figure's class: a national year of two million complaints must still fit its box (about 340 px). */
const valueClass = (text: string) => (text.length > 8 ? 'value longer' : text.length > 6 ? 'value long' : 'value');

function placeName(figures: ComplaintCardFigures): { th: string; en: string } {
  const { area } = figures;
  if (area.kind === 'national') return { th: 'ทั่วประเทศ', en: 'Thailand' };
  if (area.kind === 'zone') return { th: area.nameTh, en: area.nameEn ?? `Inspection zone ${area.code}` };
  const th = area.code === '10' || area.nameTh.startsWith('กรุงเทพ') ? area.nameTh : `จังหวัด${area.nameTh}`;
  return { th, en: area.nameEn ?? '' };
}

/** The tallest month's bar, in pixels, below its count. */
const BAR_PX = 74;

/** The monthly strip: complaints received each month, the resolved share of them drawn inside. */
function bars(months: ComplaintCardFigures['months']): string {
  const top = Math.max(1, ...months.map((m) => m.received));
  const columns = months
    .map((m) => {
      const height = (m.received / top) * BAR_PX;
      const resolved = m.received === 0 ? 0 : (m.resolved / m.received) * 100;
      return `<div class="bar"><span class="count">${barCount(m.received)}</span><div class="received" style="height:${height.toFixed(1)}px"><div class="resolved" style="height:${resolved.toFixed(1)}%"></div></div></div>`;
    })
    .join('');
  const labels = months.map((m) => `<span>${escapeHtml(monthLabel(m.month))}</span>`).join('');
  return `<div class="bars">${columns}</div><div class="months">${labels}</div>`;
}

/** The complaint card of the country or a province: received, resolved share, median days, the months so far. */
export function complaintCardHtml(figures: ComplaintCardFigures): string {
  const place = placeName(figures);
  const rate = figures.resolutionRate === null ? '–' : `${thaiNumber.format(Math.round(figures.resolutionRate * 1000) / 10)}%`;
  const median = figures.medianDays === null ? '–' : thaiNumber.format(figures.medianDays);
  const body = `<main class="card">
<div class="kicker">เรื่องร้องเรียนของประชาชน <span class="en">· Public complaints</span></div>
<div class="legend"><i style="background:#5b8bd0"></i>รับเรื่อง received<i style="background:#ffd166"></i>แล้วเสร็จ resolved</div>
<h1>${escapeHtml(place.th)}${place.en ? `<span class="en">${escapeHtml(place.en)}</span>` : ''}</h1>
<div class="year">ปีงบประมาณ พ.ศ. ${figures.fiscalYear} <span class="en">· Fiscal year ${figures.fiscalYear} BE</span></div>
<div class="figures">
<div class="figure"><div class="label">รับเรื่อง <span class="en">Received</span></div><div class="${valueClass(thaiNumber.format(figures.received))}">${thaiNumber.format(figures.received)}</div><div class="unit">เรื่อง · complaints</div></div>
<div class="figure"><div class="label">แล้วเสร็จ <span class="en">Resolved</span></div><div class="value">${rate}</div><div class="unit">${thaiNumber.format(figures.resolved)} เรื่อง · complaints</div></div>
<div class="figure"><div class="label">ใช้เวลา (มัธยฐาน) <span class="en">Median</span></div><div class="value">${median}</div><div class="unit">วัน · days to resolve</div></div>
</div>
${bars(figures.months)}
${cardFooter(
  figures.asOfDay
    ? { th: `ข้อมูล ณ ${shortDay(figures.asOfDay, 'th')}`, en: `as of ${shortDay(figures.asOfDay, 'en')}` }
    : { th: 'ยังไม่มีข้อมูล', en: 'no figures yet' },
)}
</main>`;
  return cardPage({ lang: 'th', body, css });
}
