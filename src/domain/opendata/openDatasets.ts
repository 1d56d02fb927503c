import type { OpenDatasetDefinition, ThaiGdcMetadata } from './openDataCatalogue.ts';
import { INFO_REQUEST_DATASET } from './infoRequestDatasets.ts';
import { budgetFields, indicatorFields, measurementFields, policyFields, unitFields } from './openDataFields.ts';

/**
 * The datasets Tidtam publishes. Names are stable: harvesters key on them. The export job
 * (`commands/opendata/`) writes each table in every format; the data dictionary is these fields.
 */
const gdcDefaults: Omit<ThaiGdcMetadata, 'data_type' | 'objective' | 'update_frequency_unit'> = {
  update_frequency_interval: '1',
  geo_coverage: 'ประเทศ',
  data_source: 'ระบบติดตามงานของรัฐ (Tidtam)',
  data_format: 'CSV',
  data_category: 'ข้อมูลสาธารณะ',
};

export const OPEN_DATASETS: readonly OpenDatasetDefinition[] = [
  {
    name: 'complaint-statistics',
    titleTh: 'สถิติเรื่องร้องเรียนรายเดือน จำแนกตามพื้นที่ ประเภท และหน่วยงาน',
    titleEn: 'Monthly complaint statistics by area, category and unit',
    notesTh:
      'จำนวนเรื่องร้องเรียนที่รับและที่แก้ไขเสร็จในแต่ละเดือน จำแนกตามจังหวัด อำเภอ ประเภทเรื่อง และหน่วยงานที่รับผิดชอบ ช่องที่มีน้อยกว่า 5 เรื่องจะถูกปิดไว้เพื่อไม่ให้ระบุตัวบุคคลได้',
    notesEn:
      'Complaints received and resolved each month by province, district, category and responsible unit. Cells with fewer than 5 complaints are suppressed so that nobody can be singled out.',
    keywordsTh: ['เรื่องร้องเรียน', 'สถิติ', 'บริการประชาชน'],
    keywordsEn: ['complaints', 'statistics', 'public service'],
    themes: ['GOVE', 'SOCI'],
    frequency: 'MONTHLY',
    group: 'complaints',
    gdc: { ...gdcDefaults, data_type: 'ข้อมูลสถิติ', objective: 'เพื่อการให้บริการประชาชน', update_frequency_unit: 'เดือน' },
    tables: [
      {
        name: 'complaint_statistics',
        titleTh: 'สถิติรายเดือน',
        titleEn: 'Monthly statistics',
        fields: [
          { name: 'month', type: 'text', th: 'เดือนที่รับเรื่อง (ปี ค.ศ.-เดือน)', en: 'Month received (YYYY-MM)' },
          {
            name: 'province_code',
            type: 'text',
            th: 'รหัสจังหวัด (กรมการปกครอง; ว่างเมื่อไม่ระบุพื้นที่)',
            en: 'Province code (DOPA; empty when no area was given)',
          },
          { name: 'province_name', type: 'text', th: 'ชื่อจังหวัด', en: 'Province name' },
          { name: 'category', type: 'text', th: 'รหัสประเภทเรื่อง', en: 'Category code' },
          { name: 'category_name', type: 'text', th: 'ชื่อประเภทเรื่อง', en: 'Category name (Thai)' },
          { name: 'unit_code', type: 'text', th: 'รหัสหน่วยงานที่รับผิดชอบ', en: 'Responsible unit code' },
          { name: 'unit', type: 'text', th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible unit' },
          { name: 'received', type: 'integer', th: 'จำนวนเรื่องที่รับ (ว่างเมื่อน้อยกว่า 5)', en: 'Complaints received (empty when under 5)' },
          {
            name: 'resolved',
            type: 'integer',
            th: 'จำนวนเรื่องที่รับในเดือนนี้และแก้ไขเสร็จแล้ว (ว่างเมื่อน้อยกว่า 5)',
            en: 'Complaints received this month and resolved since (empty when under 5)',
          },
        ],
      },
    ],
    publishedByDefault: true,
  },
  {
    name: 'complaints',
    titleTh: 'เรื่องร้องเรียนของประชาชน (ไม่ระบุตัวตน)',
    titleEn: 'Citizen complaints (anonymised)',
    notesTh: 'เรื่องร้องเรียนแต่ละเรื่อง ไม่มีชื่อหรือช่องทางติดต่อของผู้ร้อง ข้อความที่อาจระบุตัวบุคคลถูกปิดไว้ และตำแหน่งปัดเป็นระดับตำบลหรือประมาณ 100 เมตร',
    notesEn:
      'Each complaint without the complainant’s name or contact; text that could identify a person is masked and the place is rounded to the subdistrict or about 100 m.',
    keywordsTh: ['เรื่องร้องเรียน', 'ร้องทุกข์', 'ข้อมูลเปิด'],
    keywordsEn: ['complaints', 'grievances', 'open data'],
    themes: ['GOVE', 'SOCI'],
    frequency: 'DAILY',
    group: 'complaints',
    gdc: { ...gdcDefaults, data_type: 'ข้อมูลระเบียน', objective: 'เพื่อการให้บริการประชาชน', update_frequency_unit: 'วัน' },
    tables: [
      {
        name: 'complaints',
        titleTh: 'เรื่องร้องเรียน',
        titleEn: 'Complaints',
        fields: [
          {
            name: 'public_id',
            type: 'text',
            th: 'รหัสเรื่องสาธารณะ (ไม่ใช่รหัสติดตามของผู้ร้อง)',
            en: "Public complaint id (not the complainant's tracking code)",
          },
          { name: 'received_at', type: 'datetime', th: 'วันเวลาที่รับเรื่อง (ISO 8601 เวลาประเทศไทย)', en: 'Received at (ISO 8601, Thai time)' },
          { name: 'category', type: 'text', th: 'รหัสประเภทเรื่อง', en: 'Category code' },
          { name: 'category_name', type: 'text', th: 'ชื่อประเภทเรื่อง', en: 'Category name (Thai)' },
          {
            name: 'channel',
            type: 'text',
            th: 'ช่องทางที่รับ (web, hotline, line, open311 ...)',
            en: 'Channel (web, hotline, line, open311 ...)',
          },
          { name: 'title', type: 'text', th: 'หัวเรื่อง (ปิดข้อมูลส่วนบุคคลแล้ว)', en: 'Title (personal data masked)' },
          { name: 'description', type: 'text', th: 'รายละเอียด (ปิดข้อมูลส่วนบุคคลแล้ว)', en: 'Description (personal data masked)' },
          {
            name: 'area_code',
            type: 'text',
            th: 'รหัสพื้นที่ที่ละเอียดที่สุด (ตำบล อำเภอ หรือจังหวัด)',
            en: 'Most specific area code (subdistrict, district or province)',
          },
          { name: 'province', type: 'text', th: 'จังหวัด', en: 'Province' },
          { name: 'district', type: 'text', th: 'อำเภอ/เขต', en: 'District' },
          { name: 'subdistrict', type: 'text', th: 'ตำบล/แขวง', en: 'Subdistrict' },
          {
            name: 'latitude',
            type: 'decimal',
            th: 'ละติจูด (ปัดทศนิยม 3 ตำแหน่ง ประมาณ 100 เมตร)',
            en: 'Latitude (rounded to 3 decimals, about 100 m)',
          },
          {
            name: 'longitude',
            type: 'decimal',
            th: 'ลองจิจูด (ปัดทศนิยม 3 ตำแหน่ง ประมาณ 100 เมตร)',
            en: 'Longitude (rounded to 3 decimals, about 100 m)',
          },
          { name: 'unit_code', type: 'text', th: 'รหัสหน่วยงานที่รับผิดชอบ', en: 'Responsible unit code' },
          { name: 'unit', type: 'text', th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible unit' },
          {
            name: 'status',
            type: 'text',
            th: 'สถานะ (open, in_progress, completed, closed)',
            en: 'Status (open, in_progress, completed, closed)',
          },
          { name: 'resolved_at', type: 'datetime', th: 'วันเวลาที่แก้ไขเสร็จ', en: 'Resolved at' },
        ],
      },
    ],
    publishedByDefault: false,
  },
  {
    name: 'policies',
    titleTh: 'นโยบายและข้อสั่งการที่เผยแพร่ พร้อมตัวชี้วัด ผลการวัด และงบประมาณ',
    titleEn: 'Published policies and directives with indicators, measurements and budget',
    notesTh: 'นโยบายและข้อสั่งการที่หน่วยงานเลือกเผยแพร่ เป้าหมาย ตัวชี้วัดเทียบแผน ผลการวัดแต่ละครั้ง และงบประมาณที่ได้รับ ก่อหนี้ผูกพัน และเบิกจ่าย',
    notesEn:
      'Policies and directives their owners chose to publish: goals, indicators against their trajectory, each measurement, and the budget allocated, committed and disbursed.',
    keywordsTh: ['นโยบายรัฐบาล', 'ข้อสั่งการ', 'ตัวชี้วัด', 'งบประมาณ'],
    keywordsEn: ['government policy', 'directives', 'indicators', 'budget'],
    themes: ['GOVE', 'ECON'],
    frequency: 'DAILY',
    group: 'policies',
    gdc: { ...gdcDefaults, data_type: 'ข้อมูลหลากหลายประเภท', objective: 'นโยบายรัฐบาล/ข้อสั่งการนายกรัฐมนตรี', update_frequency_unit: 'วัน' },
    tables: [
      { name: 'policies', titleTh: 'นโยบายและข้อสั่งการ', titleEn: 'Policies and directives', fields: policyFields },
      { name: 'indicators', titleTh: 'ตัวชี้วัด', titleEn: 'Indicators', fields: indicatorFields },
      { name: 'measurements', titleTh: 'ผลการวัด', titleEn: 'Measurements', fields: measurementFields },
      { name: 'budget', titleTh: 'งบประมาณ', titleEn: 'Budget', fields: budgetFields },
    ],
    publishedByDefault: false,
  },
  {
    name: 'units',
    titleTh: 'ทำเนียบหน่วยงานที่รับเรื่อง',
    titleEn: 'Directory of units',
    notesTh: 'หน่วยงานที่รับและดำเนินการเรื่องในระบบ ตั้งแต่กระทรวงถึงอำเภอ พร้อมหน่วยงานต้นสังกัดและพื้นที่รับผิดชอบ',
    notesEn: 'The units that receive and act on matters, from ministries to district offices, with their parent unit and area.',
    keywordsTh: ['หน่วยงานรัฐ', 'ทำเนียบ'],
    keywordsEn: ['government units', 'directory'],
    themes: ['GOVE'],
    frequency: 'WEEKLY',
    group: 'directory',
    gdc: { ...gdcDefaults, data_type: 'ข้อมูลระเบียน', objective: 'เพื่อการให้บริการประชาชน', update_frequency_unit: 'สัปดาห์' },
    tables: [{ name: 'units', titleTh: 'หน่วยงาน', titleEn: 'Units', fields: unitFields }],
    publishedByDefault: false,
  },
  INFO_REQUEST_DATASET,
];
