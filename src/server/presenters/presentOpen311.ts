import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { areaNameTh, publicLocation } from '../../domain/complaints/publicPlace.ts';
import type { Open311RequestRow } from '../../db/queries/open311Queries.ts';

/**
 * Maps complaint categories and complaint cases to Open311 GeoReport v2
 * shapes (reference-data/open311/*.json). Open311 answers are public: a
 * request carries no complainant, its description is the masked text and its
 * place is the block and the area, not the address.
 */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string | null;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string | null;
  group: string | null;
}

export function presentOpen311Service(category: { code: string; name_th: string; name_en: string }): Open311Service {
  return {
    service_code: category.code,
    service_name: `${category.name_th} (${category.name_en})`,
    description: null,
    metadata: true,
    type: 'realtime',
    keywords: null,
    group: 'complaint',
  };
}

/**
 * Every service takes one extra attribute: the DOPA area code, which routes a
 * request to the right office when the client knows it better than a point.
 */
export function presentOpen311ServiceDefinition(code: string) {
  return {
    service_code: code,
    attributes: [
      {
        variable: true,
        code: 'area_code',
        datatype: 'string' as const,
        required: false,
        datatype_description:
          'รหัสพื้นที่ของกรมการปกครอง: จังหวัด 2 หลัก อำเภอ/เขต 4 หลัก ตำบล/แขวง 6 หลัก (DOPA area code: province 2, district 4, subdistrict 6 digits)',
        order: 1,
        description: 'พื้นที่ที่เกิดเหตุ (Area where it happened)',
        values: [],
      },
    ],
  };
}

const statusNotes: Record<string, string> = {
  open: 'รับเรื่องแล้ว (Received)',
  in_progress: 'กำลังดำเนินการ (In progress)',
  completed: 'ดำเนินการเสร็จแล้ว (Resolved)',
  closed: 'ปิดเรื่องแล้ว (Closed)',
};

/** The area's names in place of the free-text address, which may be the complainant's home. */
function areaOf(row: Open311RequestRow): string | null {
  if (!row.area_code || !row.area_level || !row.area_name_th) return null;
  return areaNameTh({
    code: row.area_code,
    level: row.area_level,
    nameTh: row.area_name_th,
    parentNameTh: row.area_parent_name_th,
    grandparentNameTh: row.area_grandparent_name_th,
  });
}

/**
 * One complaint as an Open311 request. Anyone may read these without a key,
 * so nothing in it may identify the complainant (PDPA s.27; OWASP ASVS 4.0
 * V8.3.4): the description masked, the point rounded to about 100 m, the area
 * named instead of the address.
 */
export function presentOpen311Request(row: Open311RequestRow) {
  const location = row.lat !== null && row.lon !== null ? publicLocation({ lat: row.lat, lon: row.lon }) : null;
  return {
    service_request_id: row.public_id,
    status: row.status === 'completed' || row.status === 'closed' ? ('closed' as const) : ('open' as const),
    status_notes: statusNotes[row.status] ?? null,
    service_name: row.category_name_th ? `${row.category_name_th} (${row.category_name_en ?? ''})` : null,
    service_code: row.category ?? 'general',
    description: maskPersonalData(row.description).slice(0, 4000),
    agency_responsible: row.unit_name_th,
    service_notice: null,
    requested_datetime: row.created_at.toISOString(),
    updated_datetime: row.updated_at.toISOString(),
    expected_datetime: row.due_at ? row.due_at.toISOString() : null,
    address: areaOf(row),
    address_id: row.area_code,
    zipcode: null,
    lat: location?.lat ?? null,
    long: location?.lon ?? null,
    media_url: null,
  };
}
