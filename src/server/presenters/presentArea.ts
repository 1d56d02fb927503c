import type { AreaRow, GroupingRow } from '../../db/queries/areaQueries.ts';
import type { ProvinceShape } from '../../domain/geo/provinceMap.ts';
import { localized } from './presentUnit.ts';

export function presentArea(row: AreaRow) {
  return {
    code: row.code,
    level: row.level,
    parentCode: row.parent_code,
    name: localized(row.name_th, row.name_en),
    postcode: row.postcode,
  };
}

export function presentGrouping(row: GroupingRow) {
  return { id: row.id, kind: row.kind, number: row.number, name: localized(row.name_th, row.name_en), provinceCodes: row.province_codes };
}

export function presentProvinceMap(map: { width: number; height: number; provinces: readonly ProvinceShape[] }) {
  return {
    width: map.width,
    height: map.height,
    provinces: map.provinces.map((p) => ({ code: p.code, name: { th: p.nameTh, en: p.nameEn }, path: p.path })),
  };
}
