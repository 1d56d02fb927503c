import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromProjectRoot } from '../../projectRoot.ts';

/** The reference data shipped in the repository (see reference-data/PROVENANCE.md). */
export const referenceDataDir = fromProjectRoot('reference-data');

export interface AreaFile {
  provinces: { code: string; name_th: string; name_en: string | null; region: { th: string; en: string } }[];
  districts: { code: string; province_code: string; name_th: string; name_en: string | null }[];
  subdistricts: { code: string; district_code: string; name_th: string; name_en: string | null; postcode: string | null }[];
}

export interface AgencyFile {
  code: string;
  abbr_th: string;
  name_th: string;
  name_en: string | null;
  departments: { name_th: string; name_en: string | null }[];
}

export interface ZoneFile {
  zone: number;
  name_th: string;
  province_codes: string[];
}

export interface ProvinceGroupFile {
  group: number;
  name_th: string;
  name_en: string | null;
  province_codes: string[];
}

export interface UnitTemplate {
  code: string;
  abbr_th?: string;
  name_th: string;
  name_en: string;
}

export interface UnitTreeFile {
  root: { code: string; kind: 'government'; name_th: string; name_en: string };
  territorial: {
    parent: string;
    provincialHall: UnitTemplate;
    provincialHallOverrides: Record<string, Partial<UnitTemplate>>;
    districtOffice: UnitTemplate;
    districtOfficeByProvince: Record<string, Partial<UnitTemplate>>;
  };
  /** How a provincial office names its province: "จังหวัดเชียงใหม่" / "Chiang Mai Provincial", but "กรุงเทพมหานคร" / "Bangkok". */
  provinceWords: {
    default: { province_th: string; provincial_en: string };
    byProvince: Record<string, Partial<{ province_th: string; provincial_en: string }>>;
  };
  provincialOffices: (UnitTemplate & { parent: string })[];
  extraUnits: (UnitTemplate & { parent: string; kind: string })[];
}

export interface ReferenceData {
  areas: AreaFile;
  agencies: AgencyFile[];
  zones: ZoneFile[];
  provinceGroups: ProvinceGroupFile[];
  unitTree: UnitTreeFile;
  /** SHA-256 over every file, to skip reloading unchanged data at start. */
  sha256: string;
}

const FILES = ['areas.json', 'agencies.json', 'inspection-zones.json', 'province-groups.json', 'unit-tree.json'] as const;

export function readReferenceData(dir = referenceDataDir): ReferenceData {
  const hash = createHash('sha256');
  const parsed = FILES.map((name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    hash.update(name).update(text);
    return JSON.parse(text) as unknown;
  });
  return {
    areas: parsed[0] as AreaFile,
    agencies: parsed[1] as AgencyFile[],
    zones: parsed[2] as ZoneFile[],
    provinceGroups: parsed[3] as ProvinceGroupFile[],
    unitTree: parsed[4] as UnitTreeFile,
    sha256: hash.digest('hex'),
  };
}
