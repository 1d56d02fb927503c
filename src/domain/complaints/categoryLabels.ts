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
}

export const defaultCategories: readonly DefaultCategory[] = [
  { code: 'roads', traffyLabel: 'ถนน', th: 'ถนน', en: 'Roads' },
  { code: 'footpaths', traffyLabel: 'ทางเท้า', th: 'ทางเท้า', en: 'Footpaths' },
  { code: 'safety', traffyLabel: 'ความปลอดภัย', th: 'ความปลอดภัย', en: 'Safety' },
  { code: 'cleanliness', traffyLabel: 'ความสะอาด', th: 'ความสะอาด', en: 'Cleanliness' },
  { code: 'street_lights', traffyLabel: 'แสงสว่าง', th: 'ไฟฟ้าแสงสว่าง', en: 'Street lights' },
  { code: 'drains', traffyLabel: 'ท่อระบายน้ำ', th: 'ท่อระบายน้ำ', en: 'Drains' },
  { code: 'obstruction', traffyLabel: 'กีดขวาง', th: 'สิ่งกีดขวาง', en: 'Obstruction' },
  { code: 'flooding', traffyLabel: 'น้ำท่วม', th: 'น้ำท่วม', en: 'Flooding' },
  { code: 'noise', traffyLabel: 'เสียงรบกวน', th: 'เสียงรบกวน', en: 'Noise' },
  { code: 'signs', traffyLabel: 'ป้าย', th: 'ป้าย', en: 'Signs' },
  { code: 'traffic', traffyLabel: 'จราจร', th: 'การจราจร', en: 'Traffic' },
  { code: 'trees', traffyLabel: 'ต้นไม้', th: 'ต้นไม้', en: 'Trees' },
  { code: 'canals', traffyLabel: 'คลอง', th: 'คลอง', en: 'Canals' },
  { code: 'stray_animals', traffyLabel: 'สัตว์จรจัด', th: 'สัตว์จรจัด', en: 'Stray animals' },
  { code: 'power_lines', traffyLabel: 'สายไฟ', th: 'สายไฟ', en: 'Power lines' },
  { code: 'bridges', traffyLabel: 'สะพาน', th: 'สะพาน', en: 'Bridges' },
  { code: 'homeless', traffyLabel: 'คนจรจัด', th: 'คนไร้บ้าน', en: 'Homeless people' },
  { code: 'pm25', traffyLabel: 'PM2.5', th: 'ฝุ่น PM2.5', en: 'PM2.5 dust' },
  { code: 'enquiry', traffyLabel: 'สอบถาม', th: 'สอบถาม', en: 'Enquiries' },
  { code: 'suggestion', traffyLabel: 'เสนอแนะ', th: 'ข้อเสนอแนะ', en: 'Suggestions' },
  { code: 'toilets', traffyLabel: 'ห้องน้ำ', th: 'ห้องน้ำสาธารณะ', en: 'Public toilets' },
  { code: 'traffic_signs', traffyLabel: 'ป้ายจราจร', th: 'ป้ายจราจร', en: 'Traffic signs' },
  { code: 'transport', traffyLabel: 'การเดินทาง', th: 'การเดินทาง', en: 'Getting around' },
  { code: 'general', traffyLabel: 'ร้องเรียน', th: 'ร้องเรียนทั่วไป', en: 'General complaint' },
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
