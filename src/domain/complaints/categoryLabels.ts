/**
 * The default complaint taxonomy, taken from the types citizens and officers
 * use in Traffy Fondue's Bangkok data (reference-data/PROVENANCE.md). Each
 * entry maps the Thai label found in exports to a stable code; the categories
 * table is seeded from this list and administrators edit it as data.
 * `general` (ร้องเรียน) is where a complaint goes when nothing fits better.
 */
export interface DefaultCategory {
  code: string;
  /** The label in Traffy exports' `type` column. */
  traffyLabel: string;
  th: string;
  en: string;
  /** Words people use for it, Thai and English, seeded as the category's keywords (administrators edit them). */
  keywords: readonly string[];
}

export const defaultCategories: readonly DefaultCategory[] = [
  {
    code: 'roads',
    traffyLabel: 'ถนน',
    th: 'ถนน',
    en: 'Roads',
    keywords: ['หลุม', 'ผิวถนน', 'ถนนชำรุด', 'ถนนพัง', 'ยางมะตอย', 'road', 'pothole', 'street surface'],
  },
  {
    code: 'footpaths',
    traffyLabel: 'ทางเท้า',
    th: 'ทางเท้า',
    en: 'Footpaths',
    keywords: ['ฟุตบาท', 'ฟุตปาธ', 'บาทวิถี', 'ทางเดินเท้า', 'footpath', 'pavement', 'sidewalk'],
  },
  {
    code: 'safety',
    traffyLabel: 'ความปลอดภัย',
    th: 'ความปลอดภัย',
    en: 'Safety',
    keywords: ['อันตราย', 'มิจฉาชีพ', 'ลักขโมย', 'safety', 'danger', 'dangerous', 'theft'],
  },
  {
    code: 'cleanliness',
    traffyLabel: 'ความสะอาด',
    th: 'ความสะอาด',
    en: 'Cleanliness',
    keywords: ['ขยะ', 'มูลฝอย', 'สกปรก', 'กลิ่นเหม็น', 'garbage', 'rubbish', 'trash', 'litter', 'dirty', 'waste'],
  },
  {
    code: 'street_lights',
    traffyLabel: 'แสงสว่าง',
    th: 'ไฟฟ้าแสงสว่าง',
    en: 'Street lights',
    keywords: ['ไฟส่องสว่าง', 'ไฟถนน', 'ไฟทาง', 'หลอดไฟ', 'ไฟดับ', 'เสาไฟ', 'street light', 'streetlight', 'lamp', 'lighting'],
  },
  {
    code: 'drains',
    traffyLabel: 'ท่อระบายน้ำ',
    th: 'ท่อระบายน้ำ',
    en: 'Drains',
    keywords: ['ท่อ', 'ท่อตัน', 'ฝาท่อ', 'รางระบายน้ำ', 'drain', 'sewer', 'manhole', 'blocked pipe'],
  },
  {
    code: 'obstruction',
    traffyLabel: 'กีดขวาง',
    th: 'สิ่งกีดขวาง',
    en: 'Obstruction',
    keywords: ['กีดขวาง', 'จอดรถขวาง', 'วางของ', 'หาบเร่', 'obstruction', 'blocked', 'blocking'],
  },
  {
    code: 'flooding',
    traffyLabel: 'น้ำท่วม',
    th: 'น้ำท่วม',
    en: 'Flooding',
    keywords: ['น้ำท่วม', 'น้ำขัง', 'ท่วมขัง', 'flood', 'flooded', 'flooding', 'standing water'],
  },
  { code: 'noise', traffyLabel: 'เสียงรบกวน', th: 'เสียงรบกวน', en: 'Noise', keywords: ['เสียงดัง', 'เสียงรบกวน', 'noise', 'noisy', 'loud'] },
  { code: 'signs', traffyLabel: 'ป้าย', th: 'ป้าย', en: 'Signs', keywords: ['ป้ายโฆษณา', 'ป้ายชื่อ', 'sign', 'billboard', 'signboard'] },
  { code: 'traffic', traffyLabel: 'จราจร', th: 'การจราจร', en: 'Traffic', keywords: ['รถติด', 'จราจร', 'traffic', 'congestion', 'parking'] },
  { code: 'trees', traffyLabel: 'ต้นไม้', th: 'ต้นไม้', en: 'Trees', keywords: ['ต้นไม้', 'กิ่งไม้', 'ตัดต้นไม้', 'tree', 'branch', 'branches'] },
  { code: 'canals', traffyLabel: 'คลอง', th: 'คลอง', en: 'Canals', keywords: ['คลอง', 'ลำราง', 'canal', 'khlong'] },
  {
    code: 'stray_animals',
    traffyLabel: 'สัตว์จรจัด',
    th: 'สัตว์จรจัด',
    en: 'Stray animals',
    keywords: ['สุนัขจรจัด', 'หมาจร', 'แมวจร', 'stray dog', 'stray cat', 'stray animal'],
  },
  {
    code: 'power_lines',
    traffyLabel: 'สายไฟ',
    th: 'สายไฟ',
    en: 'Power lines',
    keywords: ['สายไฟ', 'สายสื่อสาร', 'สายไฟห้อย', 'cable', 'cables', 'power line', 'wire', 'wires'],
  },
  {
    code: 'bridges',
    traffyLabel: 'สะพาน',
    th: 'สะพาน',
    en: 'Bridges',
    keywords: ['สะพาน', 'สะพานลอย', 'bridge', 'overpass', 'footbridge'],
  },
  {
    code: 'homeless',
    traffyLabel: 'คนจรจัด',
    th: 'คนไร้บ้าน',
    en: 'Homeless people',
    keywords: ['คนไร้บ้าน', 'คนเร่ร่อน', 'คนจรจัด', 'homeless', 'rough sleeper'],
  },
  {
    code: 'pm25',
    traffyLabel: 'PM2.5',
    th: 'ฝุ่น PM2.5',
    en: 'PM2.5 dust',
    keywords: ['ฝุ่น', 'pm2.5', 'pm 2.5', 'ควันดำ', 'dust', 'smoke', 'air pollution'],
  },
  {
    code: 'enquiry',
    traffyLabel: 'สอบถาม',
    th: 'สอบถาม',
    en: 'Enquiries',
    keywords: ['สอบถาม', 'ขอทราบ', 'enquiry', 'inquiry', 'question'],
  },
  {
    code: 'suggestion',
    traffyLabel: 'เสนอแนะ',
    th: 'ข้อเสนอแนะ',
    en: 'Suggestions',
    keywords: ['เสนอแนะ', 'ข้อเสนอ', 'suggestion', 'suggest', 'proposal'],
  },
  { code: 'toilets', traffyLabel: 'ห้องน้ำ', th: 'ห้องน้ำสาธารณะ', en: 'Public toilets', keywords: ['ห้องน้ำ', 'ห้องส้วม', 'toilet', 'restroom'] },
  {
    code: 'traffic_signs',
    traffyLabel: 'ป้ายจราจร',
    th: 'ป้ายจราจร',
    en: 'Traffic signs',
    keywords: ['ป้ายจราจร', 'สัญญาณไฟจราจร', 'traffic sign', 'traffic light', 'road sign'],
  },
  {
    code: 'transport',
    traffyLabel: 'การเดินทาง',
    th: 'การเดินทาง',
    en: 'Getting around',
    keywords: ['รถเมล์', 'ป้ายรถเมล์', 'เรือ', 'bus', 'bus stop', 'boat', 'public transport'],
  },
  { code: 'general', traffyLabel: 'ร้องเรียน', th: 'ร้องเรียนทั่วไป', en: 'General complaint', keywords: [] },
];

export const generalCategoryCode = 'general';

const byTraffyLabel = new Map(defaultCategories.map((c) => [c.traffyLabel, c.code]));

/** The category code for a Traffy `type` label, or undefined for a label outside the taxonomy. */
export function categoryCodeForTraffyLabel(label: string): string | undefined {
  return byTraffyLabel.get(label.trim());
}

/** Traffy's `type` column: `{ถนน,ทางเท้า}`, `{}` or empty. Answers the labels in order. */
export function parseTraffyTypes(value: string): string[] {
  const inner = value.trim().replace(/^\{/, '').replace(/\}$/, '');
  return inner
    .split(',')
    .map((label) => label.trim().replace(/^"|"$/g, ''))
    .filter((label) => label.length > 0);
}

/** The terms that are evidence for a category: its Thai and English names and its keywords. */
export function categoryTerms(category: { th: string; en: string; keywords: readonly string[] }): string[] {
  return [category.th, category.en, ...category.keywords];
}

/** The default categories' terms (code → names and keywords), what the shipped model is trained with. */
export const defaultCategoryKeywords: ReadonlyMap<string, readonly string[]> = new Map(
  defaultCategories.map((category) => [category.code, categoryTerms(category)]),
);
