import { CARD_HEIGHT, CARD_WIDTH } from '../../domain/cards/cardFigures.ts';
import { formatDate } from '../../shared/buddhistEra.ts';
import { startOfThaiDay } from '../../shared/thaiTime.ts';
import { escapeHtml, sarabunFontCss } from '../printing/sarabunFontCss.ts';

/**
 * Bump when a card's drawing changes: it is part of every stored card's hash, so cards drawn by an
 * older layout are drawn again on their next request.
 */
export const CARD_LAYOUT_VERSION = 'cards-1';

export const thaiNumber = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 1 });
export const englishNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
export const shortDay = (day: string, locale: 'th' | 'en') => formatDate(startOfThaiDay(day), locale);
export { escapeHtml };

/**
 * The page every card is drawn in: 1200×630, Sarabun inline, dark navy with white and amber type.
 * A card is mostly seen as a phone-sized thumbnail in a feed (about 500 px wide, so 40% of its
 * size): the smallest type is 24 px (about 10 px there) and every colour pair passes WCAG AA
 * (white on #0b2545 is 15:1, #ffd166 on it 11:1).
 */
export function cardPage(input: { lang: 'th'; body: string; css: string }): string {
  return `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8"><style>
${sarabunFontCss()}
*{box-sizing:border-box;margin:0;padding:0}
html,body{width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;overflow:hidden}
body{font-family:'Sarabun',sans-serif;background:#0b2545;color:#fff;line-height:1.2}
.card{position:relative;width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;padding:40px 56px 0;display:flex;flex-direction:column}
.card::before{content:'';position:absolute;left:0;top:0;bottom:0;width:16px;background:#ffd166}
.kicker{font-size:26px;font-weight:700;color:#ffd166;letter-spacing:.5px}
.kicker .en{font-weight:400;color:#dbe4f0}
.en{color:#dbe4f0;font-weight:400}
footer{margin-top:auto;flex-shrink:0;height:72px;margin-left:-56px;margin-right:-56px;padding:0 56px 0 72px;background:#06182f;
  display:flex;align-items:center;justify-content:space-between;font-size:24px}
footer .brand{font-weight:700;font-size:30px}
footer .brand .en{font-size:24px}
${input.css}
</style></head><body>${input.body}</body></html>`;
}

/** The band at the foot of every card: the service's name, and when the figures were true. */
export function cardFooter(input: { th: string; en: string }): string {
  return `<footer><span class="brand">ติดตาม <span class="en">Tidtam · ข้อมูลเปิดภาครัฐ</span></span>
<span>${escapeHtml(input.th)} <span class="en">· ${escapeHtml(input.en)}</span></span></footer>`;
}
