import type { ReferenceData, UnitTemplate } from './referenceFiles.ts';

export interface PlannedUnit {
  code: string;
  parentCode: string | null;
  kind: string;
  name_th: string;
  name_en: string | null;
  abbr_th: string | null;
  area_code: string | null;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function fromTemplate(template: UnitTemplate, values: Record<string, string>) {
  return {
    code: fill(template.code, values),
    name_th: fill(template.name_th, values),
    name_en: fill(template.name_en, values),
    abbr_th: template.abbr_th ?? null,
  };
}

/**
 * The unit tree from the reference data, parents before children:
 * government → Office of the PM and ministries → departments; the ministry of
 * the interior's provincial halls → district offices; each ministry listed in
 * `unit-tree.json` → one provincial office per province; and the extra units.
 * Unit codes are explained in reference-data/PROVENANCE.md.
 */
export function planUnitTree(data: ReferenceData): PlannedUnit[] {
  const { unitTree, agencies, areas } = data;
  const units: PlannedUnit[] = [{ ...unitTree.root, parentCode: null, abbr_th: null, area_code: null }];
  for (const agency of agencies) {
    units.push({
      code: agency.code,
      parentCode: unitTree.root.code,
      kind: 'ministry',
      name_th: agency.name_th,
      name_en: agency.name_en,
      abbr_th: agency.abbr_th,
      area_code: null,
    });
    agency.departments.forEach((department, index) => {
      units.push({
        code: `${agency.code}.${String(index + 1).padStart(2, '0')}`,
        parentCode: agency.code,
        kind: 'department',
        name_th: department.name_th,
        name_en: department.name_en,
        abbr_th: null,
        area_code: null,
      });
    });
  }

  const territorial = unitTree.territorial;
  const hallCodeByProvince = new Map<string, string>();
  for (const province of areas.provinces) {
    const values = { province: province.code, name_th: province.name_th, name_en: province.name_en ?? province.code };
    const hall = { ...fromTemplate(territorial.provincialHall, values), ...territorial.provincialHallOverrides[province.code] };
    hallCodeByProvince.set(province.code, hall.code);
    units.push({
      ...hall,
      abbr_th: hall.abbr_th ?? null,
      parentCode: territorial.parent,
      kind: 'provincial_hall',
      area_code: province.code,
    });
  }
  for (const district of areas.districts) {
    const values = { district: district.code, name_th: district.name_th, name_en: district.name_en ?? district.code };
    const template = { ...territorial.districtOffice, ...territorial.districtOfficeByProvince[district.province_code] };
    const office = fromTemplate(template, values);
    const parentCode = hallCodeByProvince.get(district.province_code);
    if (!parentCode) throw new Error(`District ${district.code} has no province ${district.province_code}`);
    units.push({ ...office, parentCode, kind: 'district_office', area_code: district.code });
  }

  for (const office of unitTree.provincialOffices) {
    for (const province of areas.provinces) {
      const area = { province: province.code, name_th: province.name_th, name_en: province.name_en ?? province.code };
      const words = { ...unitTree.provinceWords.default, ...unitTree.provinceWords.byProvince[province.code] };
      const values = { ...area, province_th: fill(words.province_th, area), provincial_en: fill(words.provincial_en, area) };
      units.push({ ...fromTemplate(office, values), parentCode: office.parent, kind: 'provincial_office', area_code: province.code });
    }
  }
  for (const extra of unitTree.extraUnits) {
    units.push({
      code: extra.code,
      parentCode: extra.parent,
      kind: extra.kind,
      name_th: extra.name_th,
      name_en: extra.name_en,
      abbr_th: extra.abbr_th ?? null,
      area_code: null,
    });
  }
  return sortParentsFirst(units);
}

function sortParentsFirst(units: PlannedUnit[]): PlannedUnit[] {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  if (byCode.size !== units.length) throw new Error('Unit codes in the reference data are not unique');
  const placed = new Set<string>();
  const ordered: PlannedUnit[] = [];
  const place = (unit: PlannedUnit, trail: Set<string>) => {
    if (placed.has(unit.code)) return;
    if (trail.has(unit.code)) throw new Error(`Unit ${unit.code} is its own ancestor`);
    if (unit.parentCode) {
      const parent = byCode.get(unit.parentCode);
      if (!parent) throw new Error(`Unit ${unit.code} names a parent ${unit.parentCode} that does not exist`);
      place(parent, new Set([...trail, unit.code]));
    }
    placed.add(unit.code);
    ordered.push(unit);
  };
  for (const unit of units) place(unit, new Set());
  return ordered;
}
