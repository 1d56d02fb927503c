/**
 * The open-data catalogue as every publisher of it reads it: downloads, the CKAN Action API
 * (`/api/3/action/`), the DCAT catalogue (`/catalog.ttl` ...) and the portal's data page.
 * `openDatasets.ts` defines the datasets (titles, tables, data dictionary, the Thai Government
 * Data Catalog's metadata values); `commands/opendata/readOpenDataCatalogue.ts` adds what the
 * last export wrote (files, row counts, sizes, times) and the administrator's settings.
 */

export type OpenDataFormat = 'csv' | 'json' | 'xlsx' | 'dictionary_csv';

/** One column of a table, as the data dictionary describes it in Thai and English. */
export interface OpenDataField {
  name: string;
  /** text | integer | decimal | date | datetime | boolean */
  type: 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean';
  th: string;
  en: string;
}

export interface OpenDataTableDefinition {
  name: string;
  titleTh: string;
  titleEn: string;
  fields: readonly OpenDataField[];
}

/** The Thai Government Data Catalog's own required values (`../shared/data/opendata/thai-gdc-metadata-fields.json`). */
export interface ThaiGdcMetadata {
  data_type: string;
  objective: string;
  update_frequency_unit: string;
  update_frequency_interval: string;
  geo_coverage: string;
  data_source: string;
  data_format: string;
  data_category: string;
}

export interface OpenDatasetDefinition {
  /** URL-safe, stable: the CKAN `name`, the DCAT identifier, the download path. */
  name: string;
  titleTh: string;
  titleEn: string;
  notesTh: string;
  notesEn: string;
  keywordsTh: readonly string[];
  keywordsEn: readonly string[];
  /** EU data themes (http://publications.europa.eu/resource/authority/data-theme/...) e.g. GOVE, SOCI, REGI. */
  themes: readonly string[];
  /** EU frequency authority code: DAILY, MONTHLY ... */
  frequency: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  /** The CKAN group (a theme people browse by). */
  group: 'complaints' | 'policies' | 'directory' | 'information';
  gdc: ThaiGdcMetadata;
  tables: readonly OpenDataTableDefinition[];
  /** Published unless an administrator withdraws it (complaint statistics); the rest wait for a decision. */
  publishedByDefault: boolean;
}

/** One downloadable file, as the last export wrote it. */
export interface OpenDataResource {
  id: string;
  dataset: string;
  table: string;
  format: OpenDataFormat;
  mediaType: string;
  /**
   * Stable path on this server, e.g. `/opendata/complaints/complaints.csv`: a redirect to the current
   * export's file, so a link a harvester copied outlives the next export. Publishers prefix the origin.
   */
  path: string;
  /** This export's own file, e.g. `/opendata/files/<id>/complaints.csv` (gone after the next export). */
  filePath: string;
  fileName: string;
  rowCount: number;
  byteSize: number;
  sha256: string;
  modifiedAt: string;
  createdAt: string;
}

export interface OpenDataset extends OpenDatasetDefinition {
  published: boolean;
  /** The earliest export of its files; null before the first export. */
  createdAt: string | null;
  /** The latest change of any of its files' rows. */
  modifiedAt: string | null;
  /** Months the rows cover, when the dataset is dated. */
  temporal: { start: string; end: string } | null;
  resources: OpenDataResource[];
}

export interface OpenDataSettings {
  licenseId: string;
  publisherNameTh: string;
  publisherNameEn: string;
  contactName: string;
  contactEmail: string;
}

export interface OpenDataCatalogue {
  settings: OpenDataSettings;
  /** Published datasets only, in name order. */
  datasets: OpenDataset[];
}

/**
 * Licences an administrator may choose: the id CKAN and DCAT carry, its URL, and the value the
 * Thai Government Data Catalog's `license_id` field allows for it.
 */
export const OPEN_DATA_LICENCES = {
  'CC-BY-4.0': {
    title: 'Creative Commons Attribution 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    gdc: 'Creative Commons Attributions',
  },
  'CC-BY-SA-4.0': {
    title: 'Creative Commons Attribution Share-Alike 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    gdc: 'Creative Commons Attribution Share-Alike',
  },
  'CC-BY-NC-4.0': {
    title: 'Creative Commons Attribution Non-Commercial 4.0',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
    gdc: 'Creative Commons Non-Commercial (Any)',
  },
  'ODC-BY-1.0': {
    title: 'Open Data Commons Attribution License 1.0',
    url: 'https://opendatacommons.org/licenses/by/1-0/',
    gdc: 'Open Data Common',
  },
} as const;
export type OpenDataLicenceId = keyof typeof OPEN_DATA_LICENCES;
