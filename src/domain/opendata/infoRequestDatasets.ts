import { maskPersonalData } from '../complaints/maskPersonalData.ts';
import type { OpenDatasetDefinition } from './openDataCatalogue.ts';
import { thaiDateTime, type OpenDataRow } from './openDataRows.ts';

/**
 * Requests for official information as open data (issue #16): each agency's figures by fiscal year
 * (received, answered, answered on time, outcomes), the refusal grounds it cited, and the requests
 * it published (reference, agency, dates, state, the published title). No requester, no text but
 * the published, redacted title. Waits for an administrator to publish it, like the other record
 * datasets.
 */
const fiscalYear = {
  name: 'fiscal_year',
  type: 'integer',
  th: 'ปีงบประมาณที่รับคำขอ (พ.ศ.)',
  en: 'Fiscal year received (Buddhist era)',
} as const;
const agencyCode = { name: 'agency_code', type: 'text', th: 'รหัสหน่วยงาน', en: 'Agency code' } as const;
const agency = { name: 'agency', type: 'text', th: 'หน่วยงาน', en: 'Agency' } as const;
const count = (name: string, th: string, en: string) => ({ name, type: 'integer', th, en }) as const;

export const INFO_REQUEST_DATASET: OpenDatasetDefinition = {
  name: 'information-requests',
  titleTh: 'คำขอข้อมูลข่าวสารของราชการ: สถิติรายหน่วยงานและคำขอที่เผยแพร่',
  titleEn: 'Official information requests: statistics by agency and published requests',
  notesTh:
    'จำนวนคำขอข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 ที่แต่ละหน่วยงานได้รับ ตอบ และตอบภายในกำหนด ผลการตอบ เหตุที่ไม่เปิดเผยที่อ้าง และรายการคำขอที่เผยแพร่ ไม่มีชื่อหรือช่องทางติดต่อของผู้ขอ',
  notesEn:
    'Requests under the Official Information Act B.E. 2540 each agency received, answered and answered on time, their outcomes, the grounds for withholding cited, and the requests published. No requester’s name or contact.',
  keywordsTh: ['ข้อมูลข่าวสารของราชการ', 'คำขอข้อมูล', 'ความโปร่งใส'],
  keywordsEn: ['freedom of information', 'information requests', 'transparency'],
  themes: ['GOVE', 'JUST'],
  frequency: 'DAILY',
  group: 'information',
  gdc: {
    update_frequency_interval: '1',
    geo_coverage: 'ประเทศ',
    data_source: 'ระบบติดตามงานของรัฐ (Tidtam)',
    data_format: 'CSV',
    data_category: 'ข้อมูลสาธารณะ',
    data_type: 'ข้อมูลสถิติ',
    objective: 'เพื่อการให้บริการประชาชน',
    update_frequency_unit: 'วัน',
  },
  tables: [
    {
      name: 'info_request_statistics',
      titleTh: 'สถิติคำขอรายหน่วยงาน',
      titleEn: 'Requests by agency',
      fields: [
        fiscalYear,
        agencyCode,
        agency,
        count('received', 'จำนวนคำขอที่ได้รับ', 'Requests received'),
        count('answered', 'จำนวนที่ตอบแล้ว', 'Answered'),
        count('answered_on_time', 'จำนวนที่ตอบภายในกำหนด', 'Answered on time (by the agency’s deadline)'),
        count('answered_full', 'ได้รับข้อมูลครบถ้วน (ผลการตอบล่าสุด)', 'Answered in full (latest answer)'),
        count('answered_part', 'ได้รับข้อมูลบางส่วน', 'Answered in part'),
        count('refused', 'ปฏิเสธการเปิดเผย', 'Refused'),
        count('not_held', 'หน่วยงานไม่มีข้อมูล', 'Information not held'),
        count('published', 'จำนวนที่เผยแพร่', 'Published on the disclosure log'),
      ],
    },
    {
      name: 'info_request_grounds',
      titleTh: 'เหตุที่ไม่เปิดเผยที่อ้าง',
      titleEn: 'Grounds for withholding cited',
      fields: [
        fiscalYear,
        agencyCode,
        agency,
        { name: 'ground_code', type: 'text', th: 'รหัสเหตุ', en: 'Ground code' },
        { name: 'ground_section', type: 'text', th: 'มาตรา', en: 'Section' },
        { name: 'ground_item', type: 'text', th: 'อนุมาตรา (ว่างเมื่อไม่มี)', en: 'Item (empty when none)' },
        { name: 'ground_name', type: 'text', th: 'เหตุ', en: 'Ground (Thai)' },
        count('requests', 'จำนวนคำขอที่อ้างเหตุนี้', 'Requests citing it'),
      ],
    },
    {
      name: 'published_info_requests',
      titleTh: 'คำขอที่เผยแพร่',
      titleEn: 'Published requests',
      fields: [
        { name: 'ref', type: 'text', th: 'เลขที่คำขอ', en: 'Reference' },
        agencyCode,
        agency,
        { name: 'received_at', type: 'datetime', th: 'วันเวลาที่รับคำขอ', en: 'Received at' },
        { name: 'due_at', type: 'datetime', th: 'กำหนดตอบ', en: 'Answer due' },
        { name: 'answered_at', type: 'datetime', th: 'วันเวลาที่ตอบ', en: 'Answered at' },
        { name: 'published_at', type: 'datetime', th: 'วันเวลาที่เผยแพร่', en: 'Published at' },
        { name: 'state', type: 'text', th: 'สถานะ', en: 'State' },
        { name: 'published_title', type: 'text', th: 'ชื่อเรื่อง (ตามที่เผยแพร่ ปกปิดข้อมูลส่วนบุคคลแล้ว)', en: 'Title (as published, redacted)' },
      ],
    },
  ],
  publishedByDefault: false,
};

type Row = Record<string, string | number | boolean | Date | null>;

export const INFO_REQUEST_ROW_MAKERS: Record<string, (row: never) => OpenDataRow> = {
  // Each maker names its columns, so a column the query gains never reaches a file unnoticed.
  info_request_statistics: (row: Row) => ({
    fiscal_year: row.fiscal_year as number,
    agency_code: row.agency_code as string,
    agency: row.agency as string,
    received: row.received as number,
    answered: row.answered as number,
    answered_on_time: row.answered_on_time as number,
    answered_full: row.answered_full as number,
    answered_part: row.answered_part as number,
    refused: row.refused as number,
    not_held: row.not_held as number,
    published: row.published as number,
  }),
  info_request_grounds: (row: Row) => ({
    fiscal_year: row.fiscal_year as number,
    agency_code: row.agency_code as string,
    agency: row.agency as string,
    ground_code: row.ground_code as string,
    ground_section: (row.ground_section as string | null) ?? '',
    ground_item: (row.ground_item as string | null) ?? '',
    ground_name: (row.ground_name as string | null) ?? '',
    requests: row.requests as number,
  }),
  published_info_requests: (row: Row) => ({
    ref: row.ref as string,
    agency_code: row.agency_code as string,
    agency: row.agency as string,
    received_at: thaiDateTime(row.received_at as Date),
    due_at: thaiDateTime(row.due_at as Date | null),
    answered_at: thaiDateTime(row.answered_at as Date | null),
    published_at: thaiDateTime(row.published_at as Date),
    state: row.state as string,
    published_title: maskPersonalData(row.published_title as string),
  }),
};
