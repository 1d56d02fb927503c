import type { OpenDataFormat, OpenDatasetDefinition } from './openDataCatalogue.ts';

/**
 * The vocabularies and controlled lists DCAT-AP 3 asks a catalogue to use, as IRIs, so the
 * DCAT catalogue (`server/dcat/`) names things the way European and national harvesters
 * (ckanext-dcat's `euro_dcat_ap_3` profile, data.europa.eu) already understand. Plain strings:
 * the RDF terms are made where the graph is built.
 */
export const RDF_NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const;

/** The EU Publications Office's authority tables (the code lists DCAT-AP names for themes, frequencies, file types ...). */
const EU_AUTHORITY = 'http://publications.europa.eu/resource/authority/';

export const EU_DATA_THEME_SCHEME = `${EU_AUTHORITY}data-theme`;

/** A data theme (`GOVE`, `SOCI` ...): DCAT-AP's recommended `dcat:theme` values. */
export function euDataTheme(code: string): string {
  return `${EU_AUTHORITY}data-theme/${code}`;
}

/** The EU data themes' labels (the authority table's English, and Thai), since DCAT-AP 3 wants every concept labelled. */
export const EU_DATA_THEME_LABELS: Record<string, { en: string; th: string }> = {
  AGRI: { en: 'Agriculture, fisheries, forestry and food', th: 'เกษตร ประมง ป่าไม้ และอาหาร' },
  ECON: { en: 'Economy and finance', th: 'เศรษฐกิจและการเงิน' },
  EDUC: { en: 'Education, culture and sport', th: 'การศึกษา วัฒนธรรม และกีฬา' },
  ENER: { en: 'Energy', th: 'พลังงาน' },
  ENVI: { en: 'Environment', th: 'สิ่งแวดล้อม' },
  GOVE: { en: 'Government and public sector', th: 'รัฐบาลและภาครัฐ' },
  HEAL: { en: 'Health', th: 'สุขภาพ' },
  INTR: { en: 'International issues', th: 'การต่างประเทศ' },
  JUST: { en: 'Justice, legal system and public safety', th: 'กระบวนการยุติธรรม กฎหมาย และความปลอดภัยสาธารณะ' },
  REGI: { en: 'Regions and cities', th: 'ภูมิภาคและเมือง' },
  SOCI: { en: 'Population and society', th: 'ประชากรและสังคม' },
  TECH: { en: 'Science and technology', th: 'วิทยาศาสตร์และเทคโนโลยี' },
  TRAN: { en: 'Transport', th: 'การคมนาคมขนส่ง' },
};

export function euFrequency(code: OpenDatasetDefinition['frequency']): string {
  return `${EU_AUTHORITY}frequency/${code}`;
}

/** Thai and English, the languages every dataset's title, notes and files come in (ISO 639-3 codes of the EU table). */
export const CATALOGUE_LANGUAGES = [`${EU_AUTHORITY}language/THA`, `${EU_AUTHORITY}language/ENG`] as const;

/** Thailand in the EU country table (ISO 3166-1 alpha-3), the spatial coverage of every dataset: all are national. */
export const THAILAND = `${EU_AUTHORITY}country/THA`;

const FILE_TYPE: Record<OpenDataFormat, string> = { csv: 'CSV', json: 'JSON', xlsx: 'XLSX', dictionary_csv: 'CSV' };

/** The EU file-type IRI for `dct:format`. */
export function euFileType(format: OpenDataFormat): string {
  return `${EU_AUTHORITY}file-type/${FILE_TYPE[format]}`;
}

/** The label people read for a file's format (`CSV`, `XLSX` ...). */
export function formatLabel(format: OpenDataFormat): string {
  return FILE_TYPE[format];
}

/**
 * The IANA registry IRI of a media type, as DCAT-AP 3 wants for `dcat:mediaType`; parameters
 * (`; charset=utf-8`) are not part of the registered type and are dropped.
 */
export function ianaMediaType(mediaType: string): string {
  const bare = mediaType.split(';')[0]!.trim().toLowerCase();
  return `https://www.iana.org/assignments/media-types/${bare}`;
}

/** ADMS publisher type of a national government body (the publisher of every Tidtam dataset). */
export const PUBLISHER_TYPE_NATIONAL_AUTHORITY = 'http://purl.org/adms/publishertype/NationalAuthority';
export const PUBLISHER_TYPE_LABEL = { en: 'National authority', th: 'หน่วยงานระดับชาติ' } as const;

/** SPDX's name for SHA-256, the checksum the export writes for every file. */
export const SPDX_SHA256 = `${RDF_NAMESPACES.spdx}checksumAlgorithm_sha256`;
