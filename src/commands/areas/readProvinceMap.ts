import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { referenceDataDir } from '../../db/reference/referenceFiles.ts';
import { buildProvinceMap } from '../../domain/geo/provinceMap.ts';

type ProvinceMap = ReturnType<typeof buildProvinceMap>;

let cached: Promise<ProvinceMap> | undefined;

/**
 * The 77 provinces as simplified SVG paths: the boundary file is read, simplified and
 * projected once per process, then served from memory. Public reference data that is not in
 * the database, so it needs no context.
 */
export function readProvinceMap(): Promise<ProvinceMap> {
  cached ??= readFile(path.join(referenceDataDir, 'geo/provinces.geojson'), 'utf8').then((text) => buildProvinceMap(JSON.parse(text)));
  return cached;
}
