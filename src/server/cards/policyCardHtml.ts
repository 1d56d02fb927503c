import type { CardIndicator, PolicyCardFigures } from '../../domain/cards/cardFigures.ts';
import { caseKindNames } from '../../domain/cases/caseKinds.ts';
import { cardFooter, cardPage, englishNumber, escapeHtml, shortDay, thaiNumber } from './cardFrameHtml.ts';

const css = `
.top{display:flex;justify-content:space-between;align-items:baseline}
.ref{font-size:24px;color:#dbe4f0}
h1{font-size:46px;font-weight:700;margin-top:8px;line-height:1.25;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.owner{font-size:26px;margin-top:4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.body{display:flex;gap:32px;margin-top:18px;flex:1;min-height:0}
.indicators{flex:1;display:flex;flex-direction:column;gap:14px;min-width:0}
.indicator .head{display:flex;align-items:baseline;gap:16px}
.indicator .name{flex:1;min-width:0;font-size:28px;font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.indicator .numbers{font-size:24px;white-space:nowrap}
.indicator .line{display:flex;align-items:center;gap:14px;margin-top:4px}
.track{position:relative;flex:1;height:24px;background:#13335e;border-radius:12px;overflow:hidden}
.track .done{position:absolute;left:0;top:0;bottom:0;background:#ffd166}
.track .plan{position:absolute;top:0;bottom:0;width:5px;background:#fff}
.rag{font-size:22px;font-weight:700;padding:2px 12px;border-radius:14px;white-space:nowrap;color:#0b2545}
.rag.green{background:#7bd389}.rag.amber{background:#ffd166}.rag.red{background:#ff8a80}.rag.none{background:#dbe4f0}
.legend{font-size:22px;color:#dbe4f0}
.legend i{display:inline-block;width:5px;height:20px;background:#fff;vertical-align:-3px;margin-right:8px}
.none-yet{font-size:28px;color:#dbe4f0}
.reach{width:320px;background:#13335e;border-radius:12px;padding:16px 22px;align-self:flex-start}
.reach .label{font-size:26px;font-weight:700}
.reach .value{font-size:64px;font-weight:700;color:#ffd166;line-height:1.1}
.reach .of{font-size:26px}
.reach .of .en{display:block;font-size:24px}
`;

const ragLabels = {
  green: 'ตามแผน On track',
  amber: 'ช้ากว่าแผนเล็กน้อย Slightly behind',
  red: 'ช้ากว่าแผน Behind',
} as const;

/** Where a value stands between the baseline (0%) and the target (100%), whichever way is better. */
function share(indicator: CardIndicator, value: number): number {
  const span = indicator.target - indicator.baseline;
  if (span === 0) return value === indicator.target ? 100 : 0;
  return Math.max(0, Math.min(100, ((value - indicator.baseline) / span) * 100));
}

const thaiMonth = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { month: 'short', year: '2-digit', timeZone: 'UTC' });

function indicatorHtml(indicator: CardIndicator): string {
  const unit = escapeHtml(indicator.unitOfMeasure);
  const name = `<div class="name">${escapeHtml(indicator.nameTh)}</div>`;
  if (indicator.actual === null || indicator.period === null) {
    return `<div class="indicator"><div class="head">${name}<span class="numbers">เป้าหมาย ${thaiNumber.format(indicator.target)} ${unit}</span></div>
<div class="line"><div class="track"></div><span class="rag none">ยังไม่มีผล Not measured</span></div></div>`;
  }
  const month = thaiMonth.format(new Date(`${indicator.period}-01T00:00:00Z`));
  const plan =
    indicator.planned === null
      ? ''
      : `<div class="plan" style="left:calc(${share(indicator, indicator.planned).toFixed(1)}% - 2px)"></div>`;
  const rag = indicator.rag ? `<span class="rag ${indicator.rag}">${ragLabels[indicator.rag]}</span>` : '';
  return `<div class="indicator"><div class="head">${name}<span class="numbers">${thaiNumber.format(indicator.actual)} / ${thaiNumber.format(indicator.target)} ${unit} (${escapeHtml(month)})</span></div>
<div class="line"><div class="track"><div class="done" style="width:${share(indicator, indicator.actual).toFixed(1)}%"></div>${plan}</div>${rag}</div></div>`;
}

/** A published policy's or directive's card: title, indicators against trajectory, acknowledgement reach. */
export function policyCardHtml(figures: PolicyCardFigures): string {
  const kind = caseKindNames[figures.kind];
  const more = figures.indicatorCount - figures.indicators.length;
  const { assigned, acknowledged } = figures.reach;
  const indicators =
    figures.indicators.length === 0
      ? '<div class="none-yet">ยังไม่มีตัวชี้วัด · No indicators yet</div>'
      : figures.indicators.map(indicatorHtml).join('') +
        `<div class="legend"><i></i>แผน ณ เดือนล่าสุด <span class="en">planned</span>${more > 0 ? ` · และตัวชี้วัดอื่นอีก ${more} ตัว <span class="en">${more} more</span>` : ''}</div>`;
  const body = `<main class="card">
<div class="top"><div class="kicker">${escapeHtml(kind.th)} <span class="en">· ${escapeHtml(kind.en)}</span></div><div class="ref">${escapeHtml(figures.ref)}</div></div>
<h1>${escapeHtml(figures.title)}</h1>
<div class="owner">${escapeHtml(figures.ownerTh)}${figures.ownerEn ? ` <span class="en">· ${escapeHtml(figures.ownerEn)}</span>` : ''}</div>
<div class="body"><div class="indicators">${indicators}</div>
<div class="reach"><div class="label">รับทราบแล้ว <span class="en">Acknowledged</span></div>
<div class="value">${thaiNumber.format(acknowledged)}</div><div class="of">จาก ${thaiNumber.format(assigned)} หน่วยงาน <span class="en">of ${englishNumber.format(assigned)} units</span></div></div></div>
${cardFooter({ th: `ปรับปรุงล่าสุด ${shortDay(figures.lastUpdateDay, 'th')}`, en: `updated ${shortDay(figures.lastUpdateDay, 'en')}` })}
</main>`;
  return cardPage({ lang: 'th', body, css });
}
