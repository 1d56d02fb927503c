import { readFileSync } from 'node:fs';
import { pointInArea, type AreaGeometry } from '../../domain/geo/pointInArea.ts';
import type { BangkokDistrict } from '../../domain/complaints/traffy/locateBangkokArea.ts';
import { fromProjectRoot } from '../../projectRoot.ts';
import type { Queryable } from '../database.ts';

const boundariesFile = fromProjectRoot('reference-data', 'geo', 'districts.geojson');

let boundaries: Map<string, AreaGeometry> | undefined;

/** Thailand's 928 district boundaries (simplified; reference-data/PROVENANCE.md), by DOPA district code. Read once. */
export function districtBoundaries(): Map<string, AreaGeometry> {
  if (!boundaries) {
    const collection = JSON.parse(readFileSync(boundariesFile, 'utf8')) as {
      features: { properties: { code: string }; geometry: AreaGeometry }[];
    };
    boundaries = new Map(collection.features.map((feature) => [feature.properties.code, feature.geometry]));
  }
  return boundaries;
}

/** The district (4-digit code) a point lies in, or null outside Thailand's districts. */
export function districtAt(point: { lat: number; lon: number }): string | null {
  for (const [code, geometry] of districtBoundaries()) if (pointInArea(point, geometry)) return code;
  return null;
}

/** Bangkok's 50 districts with their subdistricts from the areas table, and their boundaries. */
export async function loadBangkokDistricts(db: Queryable): Promise<BangkokDistrict[]> {
  const geometry = districtBoundaries();
  const { rows } = await db.query<{ code: string; level: string; parent_code: string | null; name_th: string }>(
    `select code, level, parent_code, name_th from areas
     where (level = 'district' and parent_code = '10') or (level = 'subdistrict' and code like '10%') order by code`,
  );
  const districts = new Map<string, BangkokDistrict>();
  for (const row of rows) {
    if (row.level === 'district') {
      districts.set(row.code, { code: row.code, nameTh: row.name_th, subdistricts: [], geometry: geometry.get(row.code) ?? null });
    } else if (row.parent_code) {
      districts.get(row.parent_code)?.subdistricts.push({ code: row.code, nameTh: row.name_th });
    }
  }
  return [...districts.values()];
}
