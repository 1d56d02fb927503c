/**
 * Where a complaint is, as shown to anyone beyond the unit handling it: the
 * point rounded to three decimals of a degree (about 110 m of latitude, less
 * of longitude), and the area's name in place of the free-text address. A
 * complaint's point is usually the complainant's home or shop, and with the
 * address it identifies them (PDPA s.6 personal data; OWASP ASVS 4.0 V8.3.4);
 * a street block is enough for open data and for supervising units.
 */
const PUBLIC_DECIMALS = 1e3;

export function publicLocation(location: { lat: number; lon: number }): { lat: number; lon: number } {
  const round = (degrees: number) => Math.round(degrees * PUBLIC_DECIMALS) / PUBLIC_DECIMALS + 0;
  return { lat: round(location.lat), lon: round(location.lon) };
}

export interface AreaNames {
  /** DOPA code: province 2 digits, district 4, subdistrict 6. */
  code: string;
  level: 'province' | 'district' | 'subdistrict';
  nameTh: string;
  parentNameTh: string | null;
  grandparentNameTh: string | null;
}

const BANGKOK = '10';

/**
 * The area as Thai addresses write it: แขวง/เขต in Bangkok, ตำบล/อำเภอ/จังหวัด
 * elsewhere, from the subdistrict up (e.g. "แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร").
 */
export function areaNameTh(area: AreaNames): string {
  const bangkok = area.code.startsWith(BANGKOK);
  const names =
    area.level === 'subdistrict'
      ? [area.nameTh, area.parentNameTh, area.grandparentNameTh]
      : area.level === 'district'
        ? [null, area.nameTh, area.parentNameTh]
        : [null, null, area.nameTh];
  const [subdistrict, district, province] = names;
  const parts: string[] = [];
  if (subdistrict) parts.push(`${bangkok ? 'แขวง' : 'ตำบล'}${subdistrict}`);
  if (district) parts.push(`${bangkok ? 'เขต' : 'อำเภอ'}${district}`);
  if (province) parts.push(bangkok ? province : `จังหวัด${province}`);
  return parts.join(' ');
}
