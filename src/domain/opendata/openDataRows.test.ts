import { describe, expect, it } from 'vitest';
import { OPEN_DATASETS } from './openDatasets.ts';
import { OPEN_DATA_ROW_MAKERS } from './openDataRowMakers.ts';
import { complaintRow, thaiDateTime, type ComplaintSource } from './openDataRows.ts';

const at = new Date('2026-03-02T02:00:00Z');
const complaint: ComplaintSource = {
  public_id: 'abcdefghjkmn',
  received_at: at,
  category: 'roads',
  category_name: 'ถนน',
  channel: 'web',
  title: 'ถนนเป็นหลุม',
  body: 'นายสมชาย ใจดี โทร 081-234-5678 แจ้งว่าถนนเป็นหลุม',
  area_code: '100701',
  area_level: 'subdistrict',
  area_name: 'รองเมือง',
  parent_name: 'ปทุมวัน',
  grandparent_name: 'กรุงเทพมหานคร',
  lat: 13.7456789,
  lon: 100.5341234,
  unit_code: 'DO-1007',
  unit: 'สำนักงานเขตปทุมวัน',
  status: 'open',
  resolved_at: null,
};

/** One source row of each table, as its query returns it. */
const sources: Record<string, unknown> = {
  complaint_statistics: {
    month: '2026-03',
    province_code: '10',
    province_name: 'กรุงเทพมหานคร',
    category: 'roads',
    category_name: 'ถนน',
    unit_code: 'DO-1007',
    unit: 'สำนักงานเขตปทุมวัน',
    received: 12,
    resolved: 3,
  },
  complaints: complaint,
  policies: {
    case_ref: 'DIR-2569-000001',
    kind: 'directive',
    title: 't',
    body: 'b',
    status: 'open',
    priority: 'normal',
    owner_unit_code: 'PMDU',
    owner_unit: 'u',
    area_code: null,
    area_name: null,
    issued_at: at,
    due_at: null,
    closed_at: null,
    published_at: at,
    units_assigned: 2,
    units_acknowledged: 1,
  },
  indicators: {
    indicator_id: 'i',
    case_ref: 'r',
    name_th: 'n',
    name_en: null,
    kind: 'goal',
    unit_of_measure: 'คน',
    direction: 'up',
    baseline: 0,
    target: 1,
    target_date: null,
    aggregation: 'sum',
    trajectory: [{ period: '2026-03', value: 1 }],
  },
  measurements: {
    indicator_id: 'i',
    case_ref: 'r',
    period: '2026-03',
    unit_code: 'u',
    unit: 'u',
    value: 1,
    planned: null,
    recorded_at: at,
  },
  budget: {
    case_ref: 'r',
    fiscal_year: 2569,
    unit_code: null,
    unit: null,
    province_code: '50',
    province_name: 'เชียงใหม่',
    allocated: 10,
    committed: 5,
    disbursed: 1,
    note: '',
  },
  info_request_statistics: {
    fiscal_year: 2569,
    agency_code: 'MOF',
    agency: 'กระทรวงการคลัง',
    received: 9,
    answered: 7,
    answered_on_time: 6,
    answered_full: 4,
    answered_part: 2,
    refused: 1,
    not_held: 0,
    published: 3,
  },
  info_request_grounds: {
    fiscal_year: 2569,
    agency_code: 'MOF',
    agency: 'กระทรวงการคลัง',
    ground_code: 's15_5',
    ground_section: '15',
    ground_item: '5',
    ground_name: 'รายงานการแพทย์หรือข้อมูลข่าวสารส่วนบุคคล',
    requests: 2,
  },
  published_info_requests: {
    ref: 'OIA-2569-000001',
    agency_code: 'MOF',
    agency: 'กระทรวงการคลัง',
    received_at: at,
    due_at: at,
    answered_at: null,
    published_at: at,
    state: 'answered_part',
    published_title: 'สัญญาจ้าง',
  },
  units: {
    code: 'PH-50',
    name_th: 'ศาลากลางจังหวัดเชียงใหม่',
    name_en: null,
    abbreviation_th: null,
    kind: 'provincial_hall',
    parent_code: 'MOI',
    area_code: '50',
    province_code: '50',
    province_name: 'เชียงใหม่',
    active: true,
  },
};

describe('open-data rows', () => {
  it('makes exactly the dictionary’s columns for every table of every dataset', () => {
    for (const table of OPEN_DATASETS.flatMap((dataset) => dataset.tables)) {
      const make = OPEN_DATA_ROW_MAKERS[table.name]!;
      expect(Object.keys(make(sources[table.name] as never)).sort(), table.name).toEqual(table.fields.map((f) => f.name).sort());
      for (const field of table.fields) expect(field.th && field.en, `${table.name}.${field.name}`).toBeTruthy();
    }
  });

  it('masks a complaint, rounds its point, names its areas from the subdistrict up, and writes Thai time', () => {
    const row = complaintRow(complaint);
    expect(row['description']).not.toContain('สมชาย');
    expect(row['description']).not.toContain('234-5678');
    expect([row['latitude'], row['longitude']]).toEqual([13.746, 100.534]);
    expect([row['province'], row['district'], row['subdistrict']]).toEqual(['กรุงเทพมหานคร', 'ปทุมวัน', 'รองเมือง']);
    expect(row['received_at']).toBe('2026-03-02T09:00:00+07:00');
    expect(complaintRow({ ...complaint, area_level: 'district', area_name: 'ปทุมวัน', parent_name: 'กรุงเทพมหานคร' })['subdistrict']).toBe('');
    expect(thaiDateTime(null)).toBeNull();
  });

  it('suppresses statistics counts under 5', () => {
    const row = OPEN_DATA_ROW_MAKERS['complaint_statistics']!(sources['complaint_statistics'] as never);
    expect([row['received'], row['resolved']]).toEqual([12, null]);
  });
});
