import type { OpenDataField } from './openDataCatalogue.ts';

/**
 * The data dictionary of the `policies` and `units` datasets (the complaint datasets keep theirs
 * beside their definitions in `openDatasets.ts`). Every table of a case names it by `case_ref`,
 * the reference staff and citizens quote (e.g. DIR-2569-000012), so the four tables join.
 */
const caseRef: OpenDataField = { name: 'case_ref', type: 'text', th: 'เลขที่เรื่อง', en: 'Case reference' };
const thaiTime = { th: '(ISO 8601 เวลาประเทศไทย)', en: '(ISO 8601, Thai time)' };

export const policyFields: readonly OpenDataField[] = [
  caseRef,
  {
    name: 'kind',
    type: 'text',
    th: 'ประเภท (directive, policy, cabinet_resolution, parliamentary_question, draft_bill)',
    en: 'Kind (directive, policy, cabinet_resolution, parliamentary_question, draft_bill)',
  },
  { name: 'title', type: 'text', th: 'ชื่อเรื่อง', en: 'Title' },
  { name: 'description', type: 'text', th: 'เป้าหมายและรายละเอียด (ปิดข้อมูลส่วนบุคคลแล้ว)', en: 'Goal and details (personal data masked)' },
  { name: 'status', type: 'text', th: 'สถานะ (open, in_progress, completed, closed)', en: 'Status (open, in_progress, completed, closed)' },
  { name: 'priority', type: 'text', th: 'ความเร่งด่วน (normal, high, urgent)', en: 'Priority (normal, high, urgent)' },
  { name: 'owner_unit_code', type: 'text', th: 'รหัสหน่วยงานเจ้าของเรื่อง', en: 'Owning unit code' },
  { name: 'owner_unit', type: 'text', th: 'หน่วยงานเจ้าของเรื่อง', en: 'Owning unit' },
  { name: 'area_code', type: 'text', th: 'รหัสพื้นที่ (ว่างเมื่อทั้งประเทศ)', en: 'Area code (empty for the whole country)' },
  { name: 'area_name', type: 'text', th: 'ชื่อพื้นที่', en: 'Area name' },
  { name: 'issued_at', type: 'datetime', th: `วันเวลาที่สั่งการ ${thaiTime.th}`, en: `Issued at ${thaiTime.en}` },
  { name: 'due_at', type: 'datetime', th: 'กำหนดเสร็จ', en: 'Due at' },
  { name: 'closed_at', type: 'datetime', th: 'วันเวลาที่ปิดเรื่อง', en: 'Closed at' },
  { name: 'published_at', type: 'datetime', th: 'วันเวลาที่เผยแพร่', en: 'Published at' },
  { name: 'units_assigned', type: 'integer', th: 'จำนวนหน่วยงานที่ได้รับมอบหมาย', en: 'Units assigned' },
  { name: 'units_acknowledged', type: 'integer', th: 'จำนวนหน่วยงานที่รับทราบแล้ว', en: 'Units that acknowledged' },
];

export const indicatorFields: readonly OpenDataField[] = [
  { name: 'indicator_id', type: 'text', th: 'รหัสตัวชี้วัด', en: 'Indicator id' },
  caseRef,
  { name: 'name_th', type: 'text', th: 'ชื่อตัวชี้วัด (ภาษาไทย)', en: 'Indicator name (Thai)' },
  { name: 'name_en', type: 'text', th: 'ชื่อตัวชี้วัด (ภาษาอังกฤษ)', en: 'Indicator name (English)' },
  { name: 'kind', type: 'text', th: 'ชนิด (goal, progress, unintended_effect)', en: 'Kind (goal, progress, unintended_effect)' },
  { name: 'unit_of_measure', type: 'text', th: 'หน่วยวัด', en: 'Unit of measure' },
  { name: 'direction', type: 'text', th: 'ทิศทางที่ดี (up = ยิ่งมากยิ่งดี, down = ยิ่งน้อยยิ่งดี)', en: 'Better direction (up or down)' },
  { name: 'baseline', type: 'decimal', th: 'ค่าฐาน', en: 'Baseline' },
  { name: 'target', type: 'decimal', th: 'ค่าเป้าหมาย', en: 'Target' },
  { name: 'target_date', type: 'date', th: 'วันที่ต้องถึงเป้าหมาย', en: 'Target date' },
  {
    name: 'aggregation',
    type: 'text',
    th: 'วิธีรวมผลของหน่วยงาน (sum, mean, max, latest)',
    en: "How units' values add up (sum, mean, max, latest)",
  },
  {
    name: 'trajectory',
    type: 'text',
    th: 'ค่าตามแผนรายงวด (JSON: [{"period":"YYYY-MM","value":...}])',
    en: 'Planned value per period (JSON: [{"period":"YYYY-MM","value":...}])',
  },
];

export const measurementFields: readonly OpenDataField[] = [
  { name: 'indicator_id', type: 'text', th: 'รหัสตัวชี้วัด', en: 'Indicator id' },
  caseRef,
  { name: 'period', type: 'text', th: 'งวด (ปี ค.ศ.-เดือน)', en: 'Period (YYYY-MM)' },
  { name: 'unit_code', type: 'text', th: 'รหัสหน่วยงานที่รายงาน', en: 'Reporting unit code' },
  { name: 'unit', type: 'text', th: 'หน่วยงานที่รายงาน', en: 'Reporting unit' },
  { name: 'value', type: 'decimal', th: 'ค่าที่วัดได้', en: 'Measured value' },
  { name: 'planned', type: 'decimal', th: 'ค่าตามแผนของงวดนี้ (ว่างเมื่อไม่มีแผน)', en: 'Planned value for the period (empty when none)' },
  { name: 'recorded_at', type: 'datetime', th: `วันเวลาที่บันทึก ${thaiTime.th}`, en: `Recorded at ${thaiTime.en}` },
];

export const budgetFields: readonly OpenDataField[] = [
  caseRef,
  { name: 'fiscal_year', type: 'integer', th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (Buddhist era)' },
  { name: 'unit_code', type: 'text', th: 'รหัสหน่วยงาน', en: 'Unit code' },
  { name: 'unit', type: 'text', th: 'หน่วยงาน', en: 'Unit' },
  { name: 'province_code', type: 'text', th: 'รหัสจังหวัด', en: 'Province code' },
  { name: 'province_name', type: 'text', th: 'จังหวัด', en: 'Province' },
  { name: 'allocated', type: 'decimal', th: 'งบประมาณที่ได้รับจัดสรร (บาท)', en: 'Allocated (baht)' },
  { name: 'committed', type: 'decimal', th: 'ก่อหนี้ผูกพัน (บาท)', en: 'Committed (baht)' },
  { name: 'disbursed', type: 'decimal', th: 'เบิกจ่าย (บาท)', en: 'Disbursed (baht)' },
  { name: 'note', type: 'text', th: 'หมายเหตุ (ปิดข้อมูลส่วนบุคคลแล้ว)', en: 'Note (personal data masked)' },
];

export const unitFields: readonly OpenDataField[] = [
  { name: 'code', type: 'text', th: 'รหัสหน่วยงาน', en: 'Unit code' },
  { name: 'name_th', type: 'text', th: 'ชื่อหน่วยงาน (ภาษาไทย)', en: 'Name (Thai)' },
  { name: 'name_en', type: 'text', th: 'ชื่อหน่วยงาน (ภาษาอังกฤษ)', en: 'Name (English)' },
  { name: 'abbreviation_th', type: 'text', th: 'ชื่อย่อ', en: 'Thai abbreviation' },
  {
    name: 'kind',
    type: 'text',
    th: 'ประเภทหน่วยงาน (ministry, department, provincial_hall, district_office ...)',
    en: 'Kind (ministry, department, provincial_hall, district_office ...)',
  },
  { name: 'parent_code', type: 'text', th: 'รหัสหน่วยงานต้นสังกัด', en: 'Parent unit code' },
  { name: 'area_code', type: 'text', th: 'รหัสพื้นที่รับผิดชอบ', en: 'Area code' },
  { name: 'province_code', type: 'text', th: 'รหัสจังหวัด', en: 'Province code' },
  { name: 'province_name', type: 'text', th: 'จังหวัด', en: 'Province' },
  { name: 'active', type: 'boolean', th: 'ยังเปิดรับเรื่อง (true/false)', en: 'Active (true/false)' },
];
