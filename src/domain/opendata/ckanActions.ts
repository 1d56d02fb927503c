import { AppError } from '../errors.ts';
import {
  CKAN_GROUPS,
  CKAN_ORGANIZATION_NAME,
  ckanGroup,
  ckanOrganization,
  ckanPackage,
  type CkanContext,
  type CkanPackage,
} from './ckanPackage.ts';
import { searchCkanPackages } from './ckanSearch.ts';
import type { OpenDataCatalogue, OpenDatasetDefinition } from './openDataCatalogue.ts';

/**
 * The read actions of CKAN's Action API 3 that catalogue harvesters call (ckanext-harvest's CKAN
 * harvester, the Thai Government Data Catalog's), answered from the published catalogue. Each
 * action's help is its `help` text and its OpenAPI description.
 */
export const CKAN_ACTIONS = {
  status_show: 'Return the site’s title, URL, description and the CKAN API version these answers follow.',
  package_list: 'Return the names of the published datasets (limit, offset).',
  package_show: 'Return a dataset with its resources (id: the dataset’s id or name).',
  package_search:
    'Search datasets: q, fq (field:value, metadata_modified:[from TO to], organization:, groups:), sort, rows (≤ 1000), start.',
  resource_show: 'Return a resource, one downloadable file (id).',
  organization_list: 'Return the names of the organizations, or the organizations with all_fields=true.',
  organization_show: 'Return an organization (id: its id or name; include_datasets=true adds its datasets).',
  group_list: 'Return the names of the groups, or the groups with all_fields=true.',
  group_show: 'Return a group (id: its id or name; include_datasets=true adds its datasets).',
  help_show: 'Return the help text of an action (name).',
} as const;
export type CkanAction = keyof typeof CKAN_ACTIONS;

/** Parameters as they come: strings from a query string, any JSON value from a POSTed body. */
export type CkanParams = Readonly<Record<string, unknown>>;

export interface CkanRequest {
  catalogue: OpenDataCatalogue;
  origin: string;
  now: Date;
  /** The product's name on the site, for `status_show`. */
  siteTitle: string;
}

/** CKAN's ceiling on `rows` (`ckan.search.rows_max`); more is quietly capped, as CKAN does. */
export const CKAN_ROWS_MAX = 1000;

function invalid(field: string, en: string, th: string): AppError {
  return new AppError('validation_failed', { en: `${field}: ${en}`, th: `${field}: ${th}`, fields: [{ path: field, en, th }] });
}

function notFound(what: string): AppError {
  return new AppError('not_found', { en: `Not found: ${what}`, th: `ไม่พบ${what === 'dataset' ? 'ชุดข้อมูล' : 'รายการ'}ที่ระบุ (${what})` });
}

function text(params: CkanParams, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw invalid(name, 'must be a string', 'ต้องเป็นข้อความ');
}

function required(params: CkanParams, name: string): string {
  const value = text(params, name);
  if (value === undefined) throw invalid(name, 'Missing value', 'ต้องระบุค่านี้');
  return value;
}

function integer(params: CkanParams, name: string, fallback: number, max?: number): number {
  const value = text(params, name);
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value.trim())) throw invalid(name, 'Must be a natural number', 'ต้องเป็นจำนวนเต็มที่ไม่ติดลบ');
  const number = Number(value);
  return max === undefined ? number : Math.min(number, max);
}

function flag(params: CkanParams, name: string): boolean {
  const value = text(params, name)?.toLowerCase();
  if (value === undefined || value === 'false' || value === '0' || value === 'no') return false;
  if (value === 'true' || value === '1' || value === 'yes') return true;
  throw invalid(name, 'Must be true or false', 'ต้องเป็น true หรือ false');
}

/** The packages CKAN lists: published datasets whose files the export has written (CKAN needs their times). */
export function ckanPackages(request: CkanRequest): CkanPackage[] {
  const context: CkanContext = { settings: request.catalogue.settings, origin: request.origin };
  return request.catalogue.datasets
    .filter((dataset) => dataset.createdAt !== null && dataset.modifiedAt !== null)
    .map((dataset) => ckanPackage(dataset, context));
}

function findPackage(packages: CkanPackage[], idOrName: string): CkanPackage {
  const found = packages.find((pkg) => pkg.id === idOrName || pkg.name === idOrName);
  if (!found) throw notFound('dataset');
  return found;
}

function page(items: readonly unknown[], params: CkanParams): unknown[] {
  const offset = integer(params, 'offset', 0);
  const limit = integer(params, 'limit', items.length);
  return items.slice(offset, offset + limit);
}

function groupNames(): OpenDatasetDefinition['group'][] {
  return (Object.keys(CKAN_GROUPS) as OpenDatasetDefinition['group'][]).sort();
}

/** Answers one action's `result`; throws `AppError` (`not_found`, `validation_failed`) as CKAN's errors. */
export function runCkanAction(action: CkanAction, params: CkanParams, request: CkanRequest): unknown {
  const context: CkanContext = { settings: request.catalogue.settings, origin: request.origin };
  const packages = ckanPackages(request);
  switch (action) {
    case 'status_show':
      return {
        site_title: request.siteTitle,
        site_url: request.origin,
        site_description: `${request.catalogue.settings.publisherNameTh} (${request.catalogue.settings.publisherNameEn})`,
        ckan_version: '2.10.0',
        locale_default: 'th',
        error_emails_to: null,
        extensions: [],
      };
    case 'package_list':
      return page(
        packages.map((pkg) => pkg.name),
        params,
      );
    case 'package_show':
      return findPackage(packages, required(params, 'id'));
    case 'package_search':
      return searchCkanPackages(packages, {
        q: text(params, 'q'),
        fq: text(params, 'fq'),
        sort: text(params, 'sort'),
        rows: integer(params, 'rows', 10, CKAN_ROWS_MAX),
        start: integer(params, 'start', 0),
        now: request.now,
      });
    case 'resource_show': {
      const id = required(params, 'id');
      const found = packages.flatMap((pkg) => pkg.resources).find((resource) => resource.id === id);
      if (!found) throw notFound('resource');
      return found;
    }
    case 'organization_list': {
      const organization = ckanOrganization(context, packages.length);
      return page(flag(params, 'all_fields') ? [organization] : [organization.name], params);
    }
    case 'organization_show': {
      const id = required(params, 'id');
      const organization = ckanOrganization(context, packages.length);
      if (id !== organization.id && id !== CKAN_ORGANIZATION_NAME) throw notFound('organization');
      return flag(params, 'include_datasets') ? { ...organization, packages } : organization;
    }
    case 'group_list': {
      const groups = groupNames().map((name) => ckanGroup(name, packages.filter((pkg) => pkg.groups.some((g) => g.name === name)).length));
      return page(flag(params, 'all_fields') ? groups : groups.map((group) => group.name), params);
    }
    case 'group_show': {
      const id = required(params, 'id');
      const name = groupNames().find((candidate) => candidate === id || ckanGroup(candidate, 0).id === id);
      if (!name) throw notFound('group');
      const members = packages.filter((pkg) => pkg.groups.some((g) => g.name === name));
      const group = ckanGroup(name, members.length);
      return flag(params, 'include_datasets') ? { ...group, packages: members } : group;
    }
    case 'help_show': {
      const name = required(params, 'name');
      if (!Object.hasOwn(CKAN_ACTIONS, name)) throw notFound('action');
      return CKAN_ACTIONS[name as CkanAction];
    }
  }
}
