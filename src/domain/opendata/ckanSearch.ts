import type { CkanPackage } from './ckanPackage.ts';
import { invalidQuery, parseCkanQuery, parseCkanSort, type CkanClause, type CkanTerm } from './ckanQuery.ts';

/**
 * `package_search` over the catalogue's packages, in memory: Tidtam publishes a handful of
 * datasets, so the catalogue is read whole and filtered here rather than indexed in Solr.
 */

export interface CkanSearchInput {
  q?: string;
  fq?: string;
  sort?: string;
  rows: number;
  start: number;
  now: Date;
}

/** CKAN's default order when the client names none (`ckan.search.default_package_sort`). */
export const CKAN_DEFAULT_SORT = 'score desc, metadata_modified desc';

const lower = (text: string) => text.toLocaleLowerCase('en');

function searchableText(pkg: CkanPackage): string {
  return lower([pkg.name, pkg.title, pkg.title_en, pkg.notes, pkg.organization.title, ...pkg.tags.map((tag) => tag.name)].join('\n'));
}

/** Fields `q` and `fq` may name: CKAN's index fields for a package, and the GD-Catalog fields. */
const SEARCH_FIELDS = new Set([
  'id',
  'name',
  'title',
  'title_en',
  'notes',
  'text',
  'type',
  'dataset_type',
  'state',
  'private',
  'capacity',
  'site_id',
  'organization',
  'owner_org',
  'groups',
  'tags',
  'res_format',
  'license_id',
  'url',
  'author',
  'author_email',
  'maintainer',
  'maintainer_email',
  'num_resources',
  'num_tags',
  'metadata_modified',
  'metadata_created',
  'data_type',
  'objective',
  'update_frequency_unit',
  'update_frequency_interval',
  'geo_coverage',
  'data_source',
  'data_format',
  'data_category',
  'allow_harvest',
]);

/** Refuses a field the index does not have, or a range on a field that is not a time, whatever the catalogue holds. */
function checkFields(clauses: readonly CkanClause[], parameter: 'q' | 'fq'): void {
  for (const term of clauses.flatMap((clause) => clause.any)) {
    if (term.kind === 'range' && term.field !== 'metadata_modified' && term.field !== 'metadata_created') {
      throw invalidQuery(parameter, `ranges are read on metadata_modified and metadata_created, not ${term.field}`);
    }
    if ((term.kind === 'range' || term.kind === 'field') && !SEARCH_FIELDS.has(term.field)) {
      throw invalidQuery(parameter, `unknown field ${JSON.stringify(term.field)}`);
    }
  }
}

const timeOf = (ckanTime: string) => Date.parse(`${ckanTime}Z`);

/** The values a field holds in a package, as CKAN's Solr index names them; undefined for a field the index does not have. */
function fieldValues(pkg: CkanPackage, field: string): string[] | undefined {
  switch (field) {
    case 'organization':
      return [pkg.organization.name];
    case 'owner_org':
      return [pkg.owner_org, pkg.organization.name];
    case 'groups':
      return pkg.groups.map((group) => group.name);
    case 'tags':
      return pkg.tags.map((tag) => tag.name);
    case 'res_format':
      return pkg.resources.map((resource) => resource.format);
    case 'dataset_type':
      return [pkg.type];
    case 'capacity':
      return ['public'];
    case 'site_id':
      return [];
    default: {
      const value = (pkg as unknown as Record<string, unknown>)[field];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [String(value)];
      return undefined;
    }
  }
}

function termHolds(pkg: CkanPackage, term: CkanTerm): boolean {
  switch (term.kind) {
    case 'all':
      return true;
    case 'text':
      return searchableText(pkg).includes(lower(term.value));
    case 'range': {
      const time = timeOf(term.field === 'metadata_created' ? pkg.metadata_created : pkg.metadata_modified);
      const afterFrom = term.from === null || (term.fromInclusive ? time >= term.from : time > term.from);
      const beforeTo = term.to === null || (term.toInclusive ? time <= term.to : time < term.to);
      return afterFrom && beforeTo;
    }
    case 'field': {
      if (term.field === 'text' || term.field === 'title' || term.field === 'notes') {
        return searchableText(pkg).includes(lower(term.value));
      }
      const values = fieldValues(pkg, term.field) ?? [];
      if (term.value === '*') return values.length > 0;
      return values.some((value) => lower(value) === lower(term.value));
    }
  }
}

function clausesHold(pkg: CkanPackage, clauses: readonly CkanClause[]): boolean {
  return clauses.every((clause) => clause.any.some((term) => termHolds(pkg, term)) !== clause.negated);
}

function sortValue(pkg: CkanPackage, field: string): string | number {
  switch (field) {
    case 'title':
    case 'title_string':
      return lower(pkg.title);
    case 'metadata_modified':
    case 'metadata_created':
      return timeOf(pkg[field]);
    case 'num_resources':
    case 'num_tags':
      return pkg[field];
    case 'id':
      return pkg.id;
    default:
      return pkg.name;
  }
}

/** Filters, sorts (ties by `id`, so pages never overlap) and pages the packages. */
export function searchCkanPackages(packages: readonly CkanPackage[], input: CkanSearchInput) {
  const q = input.q?.trim() ? parseCkanQuery(input.q, input.now, 'q') : [];
  const fq = input.fq?.trim() ? parseCkanQuery(input.fq, input.now, 'fq') : [];
  const sort = input.sort?.trim() || CKAN_DEFAULT_SORT;
  // There is no relevance score: `score` orders nothing, the keys after it do.
  const keys = parseCkanSort(sort).filter((key) => key.field !== 'score');
  checkFields(q, 'q');
  checkFields(fq, 'fq');
  const matched = packages.filter((pkg) => clausesHold(pkg, q) && clausesHold(pkg, fq));
  const ordered = [...matched].sort((a, b) => {
    for (const key of [...keys, { field: 'id', descending: false }]) {
      const left = sortValue(a, key.field);
      const right = sortValue(b, key.field);
      if (left === right) continue;
      return (left < right ? -1 : 1) * (key.descending ? -1 : 1);
    }
    return 0;
  });
  return {
    count: matched.length,
    sort,
    facets: {},
    search_facets: {},
    results: ordered.slice(input.start, input.start + input.rows),
  };
}
