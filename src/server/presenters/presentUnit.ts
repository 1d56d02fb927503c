import type { UnitRow } from '../../db/queries/unitQueries.ts';
import type { UnitRef } from '../../shared/api/units.ts';

/** A bilingual name; where no English name is recorded the Thai one stands in, so no screen shows a blank. */
export function localized(th: string, en: string | null | undefined): { th: string; en: string } {
  return { th, en: en ?? th };
}

/** Where a new complaint went, for its creator's answer. */
export function presentCreatedUnit(created: { unitCode: string; unitName?: { th: string; en: string | null } }): {
  code: string;
  name: { th: string; en: string };
} {
  return { code: created.unitCode, name: localized(created.unitName?.th ?? created.unitCode, created.unitName?.en) };
}

export function presentUnit(unit: Pick<UnitRow, 'id' | 'code' | 'kind' | 'name_th' | 'name_en' | 'abbr_th' | 'area_code'>): UnitRef {
  return {
    id: unit.id,
    code: unit.code,
    kind: unit.kind,
    name: localized(unit.name_th, unit.name_en),
    abbr: unit.abbr_th,
    areaCode: unit.area_code,
  };
}
