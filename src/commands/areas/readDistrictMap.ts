import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listAreas, type AreaRow } from '../../db/queries/areaQueries.ts';
import { referenceDataDir } from '../../db/reference/referenceFiles.ts';
import { AppError } from '../../domain/errors.ts';
import { buildDistrictMap, type DistrictMapShapes } from '../../domain/geo/districtMap.ts';
import type { BoundaryFeature } from '../../domain/geo/projectShapes.ts';
import type { PublicContext } from '../context.ts';

let boundaries: Promise<{ features: BoundaryFeature[] }> | undefined;
const shapesByProvince = new Map<string, DistrictMapShapes | null>();

/** The boundary file (about 470 kB) is read once per process, and each province projected the first time it is asked for. */
async function districtShapes(provinceCode: string): Promise<DistrictMapShapes | null> {
  if (!shapesByProvince.has(provinceCode)) {
    boundaries ??= readFile(path.join(referenceDataDir, 'geo/districts.geojson'), 'utf8').then((text) => JSON.parse(text));
    shapesByProvince.set(provinceCode, buildDistrictMap(await boundaries, provinceCode));
  }
  return shapesByProvince.get(provinceCode)!;
}

export interface DistrictMapRead {
  province: AreaRow;
  shapes: DistrictMapShapes;
  /** The official districts of the province by code, for their names. */
  districts: Map<string, AreaRow>;
}

/**
 * A province's districts as SVG paths with their official names: public reference data, like the
 * province map. A province that is not in the official areas, or has no boundaries, is `not_found`.
 */
export async function readDistrictMap(ctx: PublicContext, input: { province: string }): Promise<DistrictMapRead> {
  const [provinces, districts, shapes] = await Promise.all([
    listAreas(ctx.db, { level: 'province' }),
    listAreas(ctx.db, { level: 'district', parent: input.province }),
    districtShapes(input.province),
  ]);
  const province = provinces.find((row) => row.code === input.province);
  if (!province || !shapes) throw new AppError('not_found');
  return { province, shapes, districts: new Map(districts.map((row) => [row.code, row])) };
}
