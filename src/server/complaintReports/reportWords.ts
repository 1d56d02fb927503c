import { THAI_TIME_ZONE } from '../../shared/thaiTime.ts';

/**
 * Words and number formats of the complaint reports (PDF and XLSX), Thai first then English as on
 * every screen. A figure is written the same way in the PDF, on its page and in the tests that
 * read the PDF back, so each format lives here once.
 */
export const reportWords = {
  monthlyTitle: 'รายงานสรุปผลการจัดการเรื่องร้องเรียนประจำเดือน',
  monthlyTitleEn: 'Monthly complaint report',
  annualTitle: 'รายงานผลการดำเนินงานของรัฐบาล ประจำปีงบประมาณ',
  annualTitleEn: 'Annual government performance report',
  fiscalYear: 'ปีงบประมาณ พ.ศ.',
  scope: 'พื้นที่ / Scope',
  prepared: 'จัดทำเมื่อ / Prepared',
  asOf: 'ข้อมูล ณ / Figures as of',
  notFolded: 'ยังไม่มีการประมวลผล / not yet folded',
  headline: 'ภาพรวม / Headline figures',
  figure: 'รายการ / Figure',
  value: 'ค่า / Value',
  name: 'ชื่อ / Name',
  code: 'รหัส / Code',
  month: 'เดือน / Month',
  received: 'รับเรื่อง / Received',
  resolved: 'แก้ไขแล้ว / Finished',
  resolutionRate: 'อัตราการแก้ไข / Resolution rate',
  inProgress: 'อยู่ระหว่างดำเนินการ / In progress',
  overdue: 'เกินกำหนด / Overdue',
  reopened: 'เปิดเรื่องใหม่ / Reopened',
  medianDays: 'มัธยฐานวันที่ใช้ / Median days',
  p90Days: 'เปอร์เซ็นไทล์ 90 ของวัน / 90th percentile days',
  rated: 'ผู้ให้คะแนน / Rated',
  averageRating: 'คะแนนความพึงพอใจเฉลี่ย (1–5) / Average rating',
  satisfiedRate: 'พึงพอใจ (4–5) / Satisfied',
  acknowledgedOnTimeRate: 'รับเรื่องทันเวลา / Acknowledged on time',
  previousYear: 'ช่วงเดียวกันปีก่อน / Same months a year earlier',
  yearBefore: 'ปีก่อน / A year earlier',
  byCategory: 'จำแนกตามประเภทเรื่อง / By category',
  byChannel: 'จำแนกตามช่องทาง / By channel',
  byProvince: 'จำแนกตามจังหวัด / By province',
  byDistrict: 'จำแนกตามอำเภอ/เขต / By district',
  byArea: 'จำแนกตามพื้นที่ / By area',
  byZone: 'จำแนกตามเขตตรวจราชการ / By inspection zone',
  byMinistry: 'จำแนกตามกระทรวง / By ministry',
  topUnits: 'หน่วยงานที่รับเรื่องมากที่สุด / Top handling units',
  trend: 'แนวโน้มรายเดือนในปีงบประมาณ / Monthly trend in the fiscal year',
  trendReceived: 'รับเรื่อง / Received',
  trendResolved: 'แก้ไขแล้ว / Finished',
  trendRate: 'อัตราการแก้ไข (%) / Resolution rate (%)',
  delivery: 'การขับเคลื่อนข้อสั่งการและนโยบาย / Delivery of directives and policies',
  ref: 'เลขที่ / Ref',
  title: 'เรื่อง / Title',
  kind: 'ประเภท / Kind',
  reach: 'รับทราบ / Reach',
  rag: 'สถานะ RAG / RAG',
  confidence: 'ความมั่นใจ / Confidence',
  stale: 'ขาดรายงาน / Stale',
  helpNeeded: 'ขอความช่วยเหลือ / Help needed',
  noDelivery: 'ไม่มีข้อสั่งการหรือนโยบายที่กำลังดำเนินการ / No live directives or policies',
  none: '—',
  page: 'หน้า',
  of: '/',
  nothing: 'ไม่มีข้อมูล / No data',
} as const;

const counts = new Intl.NumberFormat('th-TH');
const oneDecimal = new Intl.NumberFormat('th-TH', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const longMonth = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { month: 'long', year: 'numeric', timeZone: THAI_TIME_ZONE });

/** 12,345 */
export const formatCount = (value: number): string => counts.format(value);

/** A share 0–1 as a percentage with one decimal (97.4%), or a dash when there is nothing to divide. */
export const formatRate = (value: number | null): string => (value === null ? reportWords.none : `${oneDecimal.format(value * 100)}%`);

/** A mean rating or a number of days, or a dash. */
export const formatDecimal = (value: number | null): string => (value === null ? reportWords.none : oneDecimal.format(value));

export const formatDays = (value: number | null): string => (value === null ? reportWords.none : counts.format(value));

/** A month `YYYY-MM` in full, Buddhist era: ธันวาคม 2569. */
export const formatMonthLong = (month: string): string => longMonth.format(new Date(`${month}-15T12:00:00+07:00`));

/**
 * The 1111 headline in one sentence with the real figure: "ร้อยละ 97.0 ของเรื่องร้องเรียนที่ได้รับในปีงบประมาณ
 * พ.ศ. 2569 ได้รับการแก้ไขแล้ว (9,700 จาก 10,000 เรื่อง)".
 */
export function headlineSentence(input: { resolutionRate: number | null; resolved: number; received: number }, fiscalYear: number): string {
  if (input.resolutionRate === null) return `ยังไม่มีเรื่องร้องเรียนที่ได้รับใน${reportWords.fiscalYear} ${fiscalYear}`;
  return `ร้อยละ ${oneDecimal.format(input.resolutionRate * 100)} ของเรื่องร้องเรียนที่ได้รับใน${reportWords.fiscalYear} ${fiscalYear} ได้รับการแก้ไขแล้ว (${formatCount(input.resolved)} จาก ${formatCount(input.received)} เรื่อง)`;
}
