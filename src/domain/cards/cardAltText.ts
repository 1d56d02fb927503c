import { formatDate } from '../../shared/buddhistEra.ts';
import { startOfThaiDay } from '../../shared/thaiTime.ts';
import { caseKindNames } from '../cases/caseKinds.ts';
import type { CardIndicator, ComplaintCardFigures, PolicyCardFigures } from './cardFigures.ts';

/**
 * A card's alt text: the figures it draws, written as sentences in Thai and in English. A screen
 * reader, a LINE preview without the image and a search engine read this instead of the picture
 * (WCAG 2.2, 1.1.1 Non-text Content), so every number on the card is in it and nothing else is.
 */
export interface CardAlt {
  th: string;
  en: string;
}

const thaiNumber = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2 });
const englishNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const percent = (rate: number) => (rate * 100).toFixed(1);
const day = (value: string, locale: 'th' | 'en') => formatDate(startOfThaiDay(value), locale, 'long');
const thaiMonthName = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const englishMonthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const month = (value: string, locale: 'th' | 'en') =>
  locale === 'th'
    ? thaiMonthName.format(new Date(`${value}-01T00:00:00Z`))
    : `${englishMonthName.format(new Date(`${value}-01T00:00:00Z`))} ${Number(value.slice(0, 4)) + 543} BE`;

function complaintAlt(figures: ComplaintCardFigures, placeTh: string, placeEn: string): CardAlt {
  const { received, resolved, resolutionRate, medianDays, fiscalYear, asOfDay } = figures;
  const busiest = figures.months.reduce<ComplaintCardFigures['months'][number] | null>(
    (top, row) => (row.received > 0 && (!top || row.received > top.received) ? row : top),
    null,
  );
  const headTh = `เรื่องร้องเรียน${placeTh} ปีงบประมาณ พ.ศ. ${fiscalYear}${asOfDay ? ` ข้อมูล ณ วันที่ ${day(asOfDay, 'th')}` : ''}`;
  const headEn = `Complaints in ${placeEn}, fiscal year ${fiscalYear} BE${asOfDay ? `, as of ${day(asOfDay, 'en')}` : ''}`;
  const th = [
    `รับเรื่อง ${thaiNumber.format(received)} เรื่อง`,
    `ดำเนินการแล้วเสร็จ ${thaiNumber.format(resolved)} เรื่อง${resolutionRate === null ? '' : ` (ร้อยละ ${percent(resolutionRate)})`}`,
    medianDays === null ? 'ยังไม่มีเรื่องที่แล้วเสร็จ' : `ใช้เวลาดำเนินการแล้วเสร็จ (มัธยฐาน) ${thaiNumber.format(medianDays)} วัน`,
    busiest ? `เดือนที่รับเรื่องมากที่สุดคือ${month(busiest.month, 'th')} ${thaiNumber.format(busiest.received)} เรื่อง` : '',
  ];
  const en = [
    `${englishNumber.format(received)} received`,
    `${englishNumber.format(resolved)} resolved${resolutionRate === null ? '' : ` (${percent(resolutionRate)}%)`}`,
    medianDays === null
      ? 'none resolved yet'
      : `median ${englishNumber.format(medianDays)} ${medianDays === 1 ? 'day' : 'days'} to resolve`,
    busiest ? `busiest month ${month(busiest.month, 'en')} with ${englishNumber.format(busiest.received)}` : '',
  ];
  // Thai separates clauses with a space and ends without a full stop; English with commas and a full stop.
  return { th: `${headTh}: ${th.filter(Boolean).join(' ')}`, en: `${headEn}: ${en.filter(Boolean).join(', ')}.` };
}

/** The national complaint card in words. */
export function nationalCardAlt(figures: ComplaintCardFigures): CardAlt {
  return complaintAlt(figures, 'ทั่วประเทศ', 'Thailand');
}

/** An inspection zone's complaint card in words (its name says เขตตรวจราชการที่ n). */
export function zoneCardAlt(figures: ComplaintCardFigures): CardAlt {
  const { nameTh, nameEn, code } = figures.area;
  return complaintAlt(figures, nameTh, nameEn ?? `inspection zone ${code}`);
}

/** A province's complaint card in words (Bangkok is not a จังหวัด, so its name stands alone). */
export function provinceCardAlt(figures: ComplaintCardFigures): CardAlt {
  const { nameTh, nameEn, code } = figures.area;
  const placeTh = code === '10' || nameTh.startsWith('กรุงเทพ') ? nameTh : `จังหวัด${nameTh}`;
  return complaintAlt(figures, placeTh, nameEn ?? nameTh);
}

const ragWords = {
  green: { th: 'ตามแผนหรือดีกว่า', en: 'on track' },
  amber: { th: 'ต่ำกว่าแผนเล็กน้อย', en: 'slightly behind plan' },
  red: { th: 'ต่ำกว่าแผน', en: 'behind plan' },
} as const;

function indicatorWords(indicator: CardIndicator): CardAlt {
  const unit = indicator.unitOfMeasure;
  if (indicator.actual === null || indicator.period === null) {
    return {
      th: `${indicator.nameTh}: ยังไม่มีผลการวัด (เป้าหมาย ${thaiNumber.format(indicator.target)} ${unit})`,
      en: `${indicator.nameEn ?? indicator.nameTh}: not measured yet (target ${englishNumber.format(indicator.target)} ${unit})`,
    };
  }
  const plannedTh = indicator.planned === null ? '' : ` แผนกำหนด ${thaiNumber.format(indicator.planned)}`;
  const plannedEn = indicator.planned === null ? '' : ` against ${englishNumber.format(indicator.planned)} planned`;
  const ragTh = indicator.rag ? ` ${ragWords[indicator.rag].th}` : '';
  const ragEn = indicator.rag ? `, ${ragWords[indicator.rag].en}` : '';
  return {
    th: `${indicator.nameTh} ${month(indicator.period, 'th')} ได้ ${thaiNumber.format(indicator.actual)} ${unit}${plannedTh}${ragTh} (เป้าหมาย ${thaiNumber.format(indicator.target)})`,
    en: `${indicator.nameEn ?? indicator.nameTh}: ${englishNumber.format(indicator.actual)} ${unit} in ${month(indicator.period, 'en')}${plannedEn}${ragEn} (target ${englishNumber.format(indicator.target)})`,
  };
}

/** A published policy's or directive's progress card in words. */
export function policyCardAlt(figures: PolicyCardFigures): CardAlt {
  const kind = caseKindNames[figures.kind];
  const { assigned, acknowledged } = figures.reach;
  const indicators = figures.indicators.map(indicatorWords);
  const more = figures.indicatorCount - figures.indicators.length;
  const th = [
    `${kind.th} ${figures.ref} "${figures.title}" ของ${figures.ownerTh}`,
    ...indicators.map((words) => words.th),
    figures.indicatorCount === 0 ? 'ยังไม่มีตัวชี้วัด' : more > 0 ? `และตัวชี้วัดอื่นอีก ${more} ตัว` : '',
    assigned > 0 ? `หน่วยงานรับทราบแล้ว ${thaiNumber.format(acknowledged)} จาก ${thaiNumber.format(assigned)} หน่วย` : '',
    `ปรับปรุงล่าสุด ${day(figures.lastUpdateDay, 'th')}`,
  ];
  const en = [
    `${kind.en} ${figures.ref} "${figures.title}" of ${figures.ownerEn ?? figures.ownerTh}`,
    ...indicators.map((words) => words.en),
    figures.indicatorCount === 0 ? 'no indicators yet' : more > 0 ? `and ${more} more ${more === 1 ? 'indicator' : 'indicators'}` : '',
    assigned > 0 ? `acknowledged by ${englishNumber.format(acknowledged)} of ${englishNumber.format(assigned)} units` : '',
    `last updated ${day(figures.lastUpdateDay, 'en')}`,
  ];
  return { th: th.filter(Boolean).join(' · '), en: `${en.filter(Boolean).join('; ')}.` };
}
