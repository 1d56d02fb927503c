import { maskPersonalData } from '../complaints/maskPersonalData.ts';
import { publicLocation } from '../complaints/publicPlace.ts';
import { BANGKOK_OFFSET_MS } from '../../shared/thaiTime.ts';
import { suppressSmallCells } from './suppressSmallCells.ts';

/**
 * How each exported row is made from what the database returns: personal data masked, points
 * rounded, small counts suppressed, times in Thai time. Pure, so the rules are tested without a
 * database; `db/queries/openDataExportQueries.ts` reads the raw rows, one cursor batch at a time.
 */
export type OpenDataCell = string | number | boolean | null;
export type OpenDataRow = Record<string, OpenDataCell>;

/** ISO 8601 with the +07:00 offset, as Thai readers and spreadsheets expect (no daylight saving in Thailand). */
export function thaiDateTime(instant: Date | null): string | null {
  if (!instant) return null;
  return `${new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

const masked = (text: string | null): string | null => (text === null ? null : maskPersonalData(text));

export interface ComplaintStatisticsSource {
  month: string;
  province_code: string;
  province_name: string | null;
  category: string;
  category_name: string | null;
  unit_code: string | null;
  unit: string | null;
  received: number;
  resolved: number;
}

export function complaintStatisticsRow(row: ComplaintStatisticsSource): OpenDataRow {
  return suppressSmallCells(
    {
      month: row.month,
      province_code: row.province_code,
      province_name: row.province_name ?? '',
      category: row.category,
      category_name: row.category_name ?? '',
      unit_code: row.unit_code ?? '',
      unit: row.unit ?? '',
      received: row.received,
      resolved: row.resolved,
    },
    ['received', 'resolved'],
  );
}

export interface ComplaintSource {
  public_id: string;
  received_at: Date;
  category: string;
  category_name: string | null;
  channel: string;
  title: string;
  body: string;
  area_code: string | null;
  area_level: 'province' | 'district' | 'subdistrict' | null;
  area_name: string | null;
  parent_name: string | null;
  grandparent_name: string | null;
  lat: number | null;
  lon: number | null;
  unit_code: string | null;
  unit: string | null;
  status: string;
  resolved_at: Date | null;
}

/**
 * One complaint for anyone to read. Only the public id names it: the tracking code lets whoever
 * holds it follow the citizen's timeline, rate and reopen (`domain/complaints/trackingCode.ts`).
 * The free-text address and the citizen's rating comment are never read; the area's names stand in.
 */
export function complaintRow(row: ComplaintSource): OpenDataRow {
  const names =
    row.area_level === 'subdistrict'
      ? [row.grandparent_name, row.parent_name, row.area_name]
      : row.area_level === 'district'
        ? [row.parent_name, row.area_name, null]
        : [row.area_name, null, null];
  const point = row.lat !== null && row.lon !== null ? publicLocation({ lat: row.lat, lon: row.lon }) : null;
  return {
    public_id: row.public_id,
    received_at: thaiDateTime(row.received_at),
    category: row.category,
    category_name: row.category_name ?? '',
    channel: row.channel,
    title: masked(row.title),
    description: masked(row.body),
    area_code: row.area_code ?? '',
    province: names[0] ?? '',
    district: names[1] ?? '',
    subdistrict: names[2] ?? '',
    latitude: point?.lat ?? null,
    longitude: point?.lon ?? null,
    unit_code: row.unit_code ?? '',
    unit: row.unit ?? '',
    status: row.status,
    resolved_at: thaiDateTime(row.resolved_at),
  };
}

export interface PolicySource {
  case_ref: string;
  kind: string;
  title: string;
  body: string;
  status: string;
  priority: string;
  owner_unit_code: string;
  owner_unit: string;
  area_code: string | null;
  area_name: string | null;
  issued_at: Date;
  due_at: Date | null;
  closed_at: Date | null;
  published_at: Date;
  units_assigned: number;
  units_acknowledged: number;
}

/** Staff chose to publish the case, but its words still go through the masking: over-masking is the chosen failure. */
export function policyRow(row: PolicySource): OpenDataRow {
  const { body, ...rest } = row;
  return {
    ...rest,
    title: masked(row.title),
    description: masked(body),
    area_code: row.area_code ?? '',
    area_name: row.area_name ?? '',
    issued_at: thaiDateTime(row.issued_at),
    due_at: thaiDateTime(row.due_at),
    closed_at: thaiDateTime(row.closed_at),
    published_at: thaiDateTime(row.published_at),
  };
}

export interface IndicatorSource {
  indicator_id: string;
  case_ref: string;
  name_th: string;
  name_en: string | null;
  kind: string;
  unit_of_measure: string;
  direction: string;
  baseline: number;
  target: number;
  target_date: string | null;
  aggregation: string;
  trajectory: unknown;
}

export function indicatorRow(row: IndicatorSource): OpenDataRow {
  return {
    ...row,
    name_th: masked(row.name_th),
    name_en: masked(row.name_en) ?? '',
    target_date: row.target_date ?? '',
    trajectory: JSON.stringify(row.trajectory ?? []),
  };
}

export interface MeasurementSource {
  indicator_id: string;
  case_ref: string;
  period: string;
  unit_code: string;
  unit: string;
  value: number;
  planned: number | null;
  recorded_at: Date;
}

export function measurementRow(row: MeasurementSource): OpenDataRow {
  return { ...row, recorded_at: thaiDateTime(row.recorded_at) };
}

export interface BudgetSource {
  case_ref: string;
  fiscal_year: number;
  unit_code: string | null;
  unit: string | null;
  province_code: string | null;
  province_name: string | null;
  allocated: number;
  committed: number;
  disbursed: number;
  note: string;
}

export function budgetRow(row: BudgetSource): OpenDataRow {
  return {
    ...row,
    unit_code: row.unit_code ?? '',
    unit: row.unit ?? '',
    province_code: row.province_code ?? '',
    province_name: row.province_name ?? '',
    note: masked(row.note),
  };
}

export interface UnitSource {
  code: string;
  name_th: string;
  name_en: string | null;
  abbreviation_th: string | null;
  kind: string;
  parent_code: string | null;
  area_code: string | null;
  province_code: string | null;
  province_name: string | null;
  active: boolean;
}

export function unitRow(row: UnitSource): OpenDataRow {
  return {
    ...row,
    name_en: row.name_en ?? '',
    abbreviation_th: row.abbreviation_th ?? '',
    parent_code: row.parent_code ?? '',
    area_code: row.area_code ?? '',
    province_code: row.province_code ?? '',
    province_name: row.province_name ?? '',
  };
}
