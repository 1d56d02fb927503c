import { areaCentre, pointInArea, type AreaGeometry } from '../../geo/pointInArea.ts';

export interface BangkokDistrict {
  code: string;
  nameTh: string;
  subdistricts: { code: string; nameTh: string }[];
  geometry: AreaGeometry | null;
}

export interface BangkokArea {
  districtCode: string;
  subdistrictCode: string | null;
  /** How the district was found: the file's district column, the point inside a district, or the nearest district to the point. */
  by: 'district_column' | 'point' | 'nearest';
}

const bare = (name: string) =>
  name
    .normalize('NFC')
    .replace(/^(เขต|แขวง|อำเภอ|ตำบล)\s*/, '')
    .replace(/\s+/g, '');

/**
 * Traffy Bangkok tickets are Bangkok's to handle, so each goes to a Bangkok
 * district office (สำนักงานเขต): the one named in the file's district column;
 * when that column names no Bangkok district (a few tickets were filed from
 * Samut Prakan, Phayao, Yasothon), the district the point lies in; when the
 * point too is outside Bangkok, the nearest Bangkok district to it. The
 * address text is never used: it names the other province's offices.
 */
export function locateBangkokArea(
  row: { district: string; subdistrict: string; location: { lat: number; lon: number } | null },
  districts: readonly BangkokDistrict[],
): BangkokArea | null {
  const byName = districts.find((d) => bare(d.nameTh) === bare(row.district));
  const withSubdistrict = (district: BangkokDistrict, by: BangkokArea['by']): BangkokArea => ({
    districtCode: district.code,
    subdistrictCode: district.subdistricts.find((s) => bare(s.nameTh) === bare(row.subdistrict))?.code ?? null,
    by,
  });
  if (byName) return withSubdistrict(byName, 'district_column');
  const point = row.location;
  if (!point) return null;
  const containing = districts.find((d) => d.geometry && pointInArea(point, d.geometry));
  if (containing) return withSubdistrict(containing, 'point');
  let nearest: BangkokDistrict | null = null;
  let best = Infinity;
  for (const district of districts) {
    if (!district.geometry) continue;
    const centre = areaCentre(district.geometry);
    const distance = (centre.lat - point.lat) ** 2 + ((centre.lon - point.lon) * Math.cos((point.lat * Math.PI) / 180)) ** 2;
    if (distance < best) {
      best = distance;
      nearest = district;
    }
  }
  return nearest ? { districtCode: nearest.code, subdistrictCode: null, by: 'nearest' } : null;
}
