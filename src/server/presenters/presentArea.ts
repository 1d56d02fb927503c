import type { DistrictMapRead } from '../../commands/areas/readDistrictMap.ts';
import type { AreaRow, GroupingRow } from '../../db/queries/areaQueries.ts';
import type { AreaHit } from '../../db/queries/areaSearch.ts';
import { areaNameEn } from '../../domain/areas/areaQuery.ts';
import { areaNameTh } from '../../domain/complaints/publicPlace.ts';
import type { DistrictMap } from '../../shared/api/areas.ts';
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

/** A district missing from the official areas keeps its code as its name, so the map still draws and labels it. */
export function presentDistrictMap(read: DistrictMapRead): DistrictMap {
  return {
    province: { code: read.province.code, name: localized(read.province.name_th, read.province.name_en) },
    width: read.shapes.width,
    height: read.shapes.height,
    districts: read.shapes.districts.map((shape) => {
      const area = read.districts.get(shape.code);
      return {
        code: shape.code,
        name: area ? localized(area.name_th, area.name_en) : { th: shape.code, en: shape.code },
        path: shape.path,
      };
    }),
  };
}

/** A search hit named as an address writes it, in Thai and English, so a choice says which level and where. */
export function presentAreaHit(hit: AreaHit) {
  const namesEn = [hit.name_en ?? hit.name_th, hit.parent_en ?? hit.parent_th, hit.grandparent_en ?? hit.grandparent_th];
  return {
    ...presentArea(hit),
    label: {
      th: areaNameTh({
        code: hit.code,
        level: hit.level,
        nameTh: hit.name_th,
        parentNameTh: hit.parent_th,
        grandparentNameTh: hit.grandparent_th,
      }),
      en: areaNameEn({ code: hit.code, level: hit.level, names: namesEn }),
    },
  };
}
