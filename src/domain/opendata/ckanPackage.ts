import { ckanId, ckanTimestamp } from './ckanIds.ts';
import type { OpenDataFormat, OpenDataResource, OpenDataset, OpenDataSettings, OpenDatasetDefinition } from './openDataCatalogue.ts';
import { OPEN_DATA_LICENCES, type OpenDataLicenceId } from './openDataCatalogue.ts';

/**
 * The open-data catalogue in CKAN's shapes (Action API 3, as `package_show` of CKAN 2.10 answers),
 * with the Thai Government Data Catalog's required fields at the top level of each package, as
 * ckanext-thai_gdc stores them, so that GD-Catalog's harvester (ckanext-harvest's CKAN harvester)
 * copies them as they are. Pure: the caller passes the catalogue and the public origin.
 */

/**
 * The one organization: the publisher an administrator names in the open-data settings. Its CKAN
 * `name` is fixed, not made from the publisher's name, so renaming the publisher does not make a
 * harvester see a new organization (ckanext-harvest's `remote_orgs` keys on it).
 */
export const CKAN_ORGANIZATION_NAME = 'tidtam';

/** The CKAN groups: the themes people browse by (`OpenDatasetDefinition.group`). */
export const CKAN_GROUPS: Record<OpenDatasetDefinition['group'], { th: string; en: string; descriptionTh: string; descriptionEn: string }> =
  {
    complaints: {
      th: 'เรื่องร้องเรียน',
      en: 'Complaints',
      descriptionTh: 'เรื่องร้องเรียนของประชาชนและสถิติ',
      descriptionEn: 'Citizen complaints and their statistics',
    },
    policies: {
      th: 'นโยบายและข้อสั่งการ',
      en: 'Policies and directives',
      descriptionTh: 'นโยบายและข้อสั่งการ ตัวชี้วัด และงบประมาณ',
      descriptionEn: 'Policies and directives, their indicators and budget',
    },
    directory: {
      th: 'ทำเนียบหน่วยงาน',
      en: 'Directory',
      descriptionTh: 'หน่วยงานที่รับและดำเนินการเรื่อง',
      descriptionEn: 'The units that receive and act on matters',
    },
    information: {
      th: 'ข้อมูลข่าวสารของราชการ',
      en: 'Official information',
      descriptionTh: 'คำขอข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ และสถิติของหน่วยงาน',
      descriptionEn: 'Requests under the Official Information Act and the agencies’ statistics',
    },
  };

/** CKAN's `format` of a file (a dictionary is a CSV too). */
export const CKAN_FORMAT: Record<OpenDataFormat, string> = { csv: 'CSV', json: 'JSON', xlsx: 'XLSX', dictionary_csv: 'CSV' };

/** The friendly, stable download address of a file: answers 302 to the current export's file. */
export function openDataFileAddress(resource: Pick<OpenDataResource, 'dataset' | 'fileName'>): string {
  return `/opendata/${resource.dataset}/${resource.fileName}`;
}

export interface CkanContext {
  settings: OpenDataSettings;
  /** Scheme and host the request came to, e.g. `https://tidtam.example.go.th`. */
  origin: string;
}

export function licenceOf(settings: OpenDataSettings) {
  const known = OPEN_DATA_LICENCES[settings.licenseId as OpenDataLicenceId];
  return known ?? { title: settings.licenseId, url: '', gdc: 'อื่นๆ' };
}

/** The earliest and latest times of a dataset's files; CKAN requires both, so a dataset without files is not listed. */
export function ckanTimes(dataset: OpenDataset): { created: string; modified: string } {
  return { created: ckanTimestamp(dataset.createdAt!), modified: ckanTimestamp(dataset.modifiedAt!) };
}

export function ckanOrganization(context: CkanContext, packageCount: number) {
  const { settings } = context;
  return {
    id: ckanId('organization', CKAN_ORGANIZATION_NAME),
    name: CKAN_ORGANIZATION_NAME,
    title: settings.publisherNameTh,
    title_en: settings.publisherNameEn,
    display_name: settings.publisherNameTh,
    description: `${settings.publisherNameTh} (${settings.publisherNameEn})`,
    type: 'organization',
    is_organization: true,
    approval_status: 'approved',
    state: 'active',
    image_url: '',
    image_display_url: '',
    created: '2026-01-01T00:00:00.000000',
    package_count: packageCount,
  };
}

export function ckanGroup(name: OpenDatasetDefinition['group'], packageCount: number) {
  const group = CKAN_GROUPS[name];
  return {
    id: ckanId('group', name),
    name,
    title: group.th,
    title_en: group.en,
    display_name: group.th,
    description: `${group.descriptionTh} (${group.descriptionEn})`,
    type: 'group',
    is_organization: false,
    approval_status: 'approved',
    state: 'active',
    image_url: '',
    image_display_url: '',
    created: '2026-01-01T00:00:00.000000',
    package_count: packageCount,
  };
}

function resourceName(dataset: OpenDataset, resource: OpenDataResource): { th: string; en: string } {
  const table = dataset.tables.find((t) => t.name === resource.table);
  const th = table?.titleTh ?? resource.table;
  const en = table?.titleEn ?? resource.table;
  if (resource.format === 'dictionary_csv') return { th: `คำอธิบายข้อมูล: ${th}`, en: `Data dictionary: ${en}` };
  return { th, en };
}

const FORMAT_WORDS: Record<OpenDataFormat, { th: string; en: string }> = {
  csv: { th: 'ไฟล์ CSV (UTF-8 มี BOM เปิดใน Excel ได้)', en: 'CSV (UTF-8 with BOM, opens in Excel)' },
  json: { th: 'ไฟล์ JSON', en: 'JSON' },
  xlsx: { th: 'ไฟล์ Excel (XLSX)', en: 'Excel workbook (XLSX)' },
  dictionary_csv: { th: 'ชื่อ ชนิด และความหมายของแต่ละคอลัมน์ ภาษาไทยและอังกฤษ', en: 'Each column’s name, type and meaning in Thai and English' },
};

export function ckanResource(dataset: OpenDataset, resource: OpenDataResource, position: number, context: CkanContext) {
  const name = resourceName(dataset, resource);
  const words = FORMAT_WORDS[resource.format];
  return {
    id: ckanId('resource', `${resource.dataset}/${resource.fileName}`),
    package_id: ckanId('dataset', dataset.name),
    name: `${name.th} (${CKAN_FORMAT[resource.format]})`,
    name_en: `${name.en} (${CKAN_FORMAT[resource.format]})`,
    description: `${words.th}\n\n${words.en}`,
    url: `${context.origin}${openDataFileAddress(resource)}`,
    format: CKAN_FORMAT[resource.format],
    mimetype: resource.mediaType,
    size: resource.byteSize,
    /** Rows of data in the file (the header row not counted); a dictionary's rows are its columns. */
    row_count: resource.rowCount,
    hash: resource.sha256,
    hash_algorithm: 'sha256',
    created: ckanTimestamp(resource.createdAt),
    last_modified: ckanTimestamp(resource.modifiedAt),
    metadata_modified: ckanTimestamp(resource.modifiedAt),
    position,
    state: 'active',
    url_type: null,
    resource_type: resource.format === 'dictionary_csv' ? 'documentation' : 'file',
    datastore_active: false,
    table: resource.table,
  };
}

/** Tags: the Thai keywords, then the English ones, each once. */
export function ckanTagNames(dataset: OpenDatasetDefinition): string[] {
  return [...new Set([...dataset.keywordsTh, ...dataset.keywordsEn])];
}

/** A whole package (dataset) as `package_show` answers it. */
export function ckanPackage(dataset: OpenDataset, context: CkanContext) {
  const { settings } = context;
  const licence = licenceOf(settings);
  const times = ckanTimes(dataset);
  const tags = ckanTagNames(dataset);
  const resources = dataset.resources.map((resource, index) => ckanResource(dataset, resource, index, context));
  const notes = `${dataset.notesTh}\n\n${dataset.notesEn}`;
  const organization = ckanOrganization(context, 0);
  const { package_count: _count, ...organizationInPackage } = organization;
  const { package_count: _groupCount, ...group } = ckanGroup(dataset.group, 0);
  return {
    id: ckanId('dataset', dataset.name),
    name: dataset.name,
    title: dataset.titleTh,
    title_en: dataset.titleEn,
    notes,
    notes_th: dataset.notesTh,
    notes_en: dataset.notesEn,
    type: 'dataset',
    state: 'active',
    private: false,
    isopen: true,
    version: null,
    // The portal's page of open datasets, which DCAT also names as each dataset's landing page.
    url: `${context.origin}/portal/data`,
    author: settings.publisherNameTh,
    author_email: settings.contactEmail,
    maintainer: settings.contactName,
    maintainer_email: settings.contactEmail,
    // One value serves CKAN and GD-Catalog: GD-Catalog's own licence ids ("Creative Commons Attributions" ...),
    // which ckanext-thai_gdc registers as CKAN licence ids; the exact licence is in license_title and license_url.
    license_id: licence.gdc,
    license_title: licence.title,
    license_url: licence.url,
    metadata_created: times.created,
    metadata_modified: times.modified,
    owner_org: organization.id,
    organization: organizationInPackage,
    groups: [group],
    tags: tags.map((tag) => ({ name: tag, display_name: tag, state: 'active', vocabulary_id: null })),
    num_tags: tags.length,
    num_resources: resources.length,
    resources,
    extras: [],
    relationships_as_object: [],
    relationships_as_subject: [],
    // The Thai Government Data Catalog's required fields, with its own Thai values.
    data_type: dataset.gdc.data_type,
    tag_string: tags.join(','),
    objective: dataset.gdc.objective,
    update_frequency_unit: dataset.gdc.update_frequency_unit,
    update_frequency_interval: dataset.gdc.update_frequency_interval,
    geo_coverage: dataset.gdc.geo_coverage,
    data_source: dataset.gdc.data_source,
    data_format: dataset.gdc.data_format,
    data_category: dataset.gdc.data_category,
    allow_harvest: 'True',
  };
}

export type CkanPackage = ReturnType<typeof ckanPackage>;
export type CkanResource = ReturnType<typeof ckanResource>;
