import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCkanAction, type CkanRequest } from './ckanActions.ts';
import { ckanId, ckanTimestamp } from './ckanIds.ts';
import { ckanPackage } from './ckanPackage.ts';
import { searchCkanPackages } from './ckanSearch.ts';
import type { OpenDataCatalogue, OpenDataset, OpenDataSettings } from './openDataCatalogue.ts';
import { OPEN_DATASETS } from './openDatasets.ts';

const settings: OpenDataSettings = {
  licenseId: 'CC-BY-4.0',
  publisherNameTh: 'ศูนย์ติดตามงานของรัฐ',
  publisherNameEn: 'Government follow-up centre',
  contactName: 'ผู้ดูแลข้อมูลเปิด',
  contactEmail: 'opendata@example.go.th',
};

function dataset(name: string, modifiedAt: string): OpenDataset {
  const definition = OPEN_DATASETS.find((candidate) => candidate.name === name)!;
  const table = definition.tables[0]!.name;
  return {
    ...definition,
    published: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    modifiedAt,
    temporal: null,
    resources: [
      {
        id: '11111111-1111-4111-8111-111111111111',
        dataset: name,
        table,
        format: 'csv',
        mediaType: 'text/csv; charset=utf-8',
        path: `/opendata/${name}/${table}.csv`,
        filePath: `/opendata/files/11111111-1111-4111-8111-111111111111/${table}.csv`,
        fileName: `${table}.csv`,
        rowCount: 42,
        byteSize: 1234,
        sha256: 'ab'.repeat(32),
        modifiedAt,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ],
  };
}

const catalogue: OpenDataCatalogue = {
  settings,
  datasets: [
    dataset('complaint-statistics', '2026-03-01T00:00:00.000Z'),
    dataset('policies', '2026-05-01T00:00:00.000Z'),
    dataset('units', '2026-04-01T00:00:00.000Z'),
    { ...dataset('complaints', '2026-01-01T00:00:00.000Z'), createdAt: null, modifiedAt: null, resources: [] },
  ],
};
const request: CkanRequest = {
  catalogue,
  origin: 'https://tidtam.example.go.th',
  now: new Date('2026-06-01T00:00:00Z'),
  siteTitle: 'Tidtam',
};
const gdc = JSON.parse(readFileSync(new URL('../../../test/fixtures/opendata/thai-gdc-metadata-fields.json', import.meta.url), 'utf8')) as {
  dataset_fields: { field: string; required: boolean; allowed_values?: string[] }[];
};

describe('CKAN packages from the open-data catalogue', () => {
  it('derives stable version 5 ids from names', () => {
    expect(ckanId('dataset', 'units')).toBe(ckanId('dataset', 'units'));
    expect(ckanId('dataset', 'units')).not.toBe(ckanId('group', 'units'));
    expect(ckanId('dataset', 'units')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ckanTimestamp('2026-03-01T02:03:04.5Z')).toBe('2026-03-01T02:03:04.500000');
  });

  it('carries every required field of the Thai GDC scheme with one of its allowed values', () => {
    for (const published of catalogue.datasets.slice(0, 3)) {
      const pkg = ckanPackage(published, { settings, origin: request.origin }) as unknown as Record<string, unknown>;
      for (const field of gdc.dataset_fields.filter((f) => f.required)) {
        expect(pkg[field.field], `${published.name}.${field.field}`).toEqual(expect.any(String));
        expect(pkg[field.field], `${published.name}.${field.field}`).not.toBe('');
        if (field.allowed_values) expect(field.allowed_values, `${published.name}.${field.field}`).toContain(pkg[field.field]);
      }
      expect(pkg.allow_harvest).toBe('True');
    }
    const policies = ckanPackage(catalogue.datasets[1]!, { settings, origin: request.origin });
    expect(policies.objective).toBe('นโยบายรัฐบาล/ข้อสั่งการนายกรัฐมนตรี');
  });

  it('maps a resource with an absolute stable URL, CKAN format, size, hash and row count', () => {
    const [resource] = ckanPackage(catalogue.datasets[0]!, { settings, origin: request.origin }).resources;
    expect(resource).toMatchObject({
      id: ckanId('resource', 'complaint-statistics/complaint_statistics.csv'),
      url: 'https://tidtam.example.go.th/opendata/complaint-statistics/complaint_statistics.csv',
      format: 'CSV',
      size: 1234,
      row_count: 42,
      hash: 'ab'.repeat(32),
      last_modified: '2026-03-01T00:00:00.000000',
      position: 0,
    });
  });

  it('leaves out a published dataset the export has not written yet', () => {
    expect(runCkanAction('package_list', {}, request)).toEqual(['complaint-statistics', 'policies', 'units']);
  });

  it('pages in id order without overlap, as ckanext-harvest pages', () => {
    const packages = catalogue.datasets.slice(0, 3).map((d) => ckanPackage(d, { settings, origin: request.origin }));
    const seen: string[] = [];
    for (let start = 0; ; start += 2) {
      const page = searchCkanPackages(packages, { sort: 'id asc', rows: 2, start, now: request.now });
      if (page.results.length === 0) break;
      seen.push(...page.results.map((p) => p.id));
    }
    expect(seen).toEqual(packages.map((p) => p.id).sort());
  });

  it('filters by modification time, sorts newest first and searches Thai and English text', () => {
    const names = (params: Record<string, string>) =>
      (runCkanAction('package_search', params, request) as { results: { name: string }[] }).results.map((p) => p.name);
    expect(names({ fq: 'metadata_modified:[2026-04-01T00:00:00Z TO *]' })).toEqual(['policies', 'units']);
    expect(names({ fq: 'metadata_modified:[* TO 2026-04-01T00:00:00Z}' })).toEqual(['complaint-statistics']);
    expect(names({ fq: 'metadata_modified:[NOW-45DAYS TO NOW]' })).toEqual(['policies']);
    expect(names({ sort: 'metadata_modified desc' })).toEqual(['policies', 'units', 'complaint-statistics']);
    expect(names({ q: 'งบประมาณ' })).toEqual(['policies']);
    expect(names({ q: 'DIRECTORY' })).toEqual(['units']);
    expect(names({ q: 'tags:statistics' })).toEqual(['complaint-statistics']);
    expect(names({ fq: 'data_category:ข้อมูลสาธารณะ res_format:csv', sort: 'name asc' })).toEqual([
      'complaint-statistics',
      'policies',
      'units',
    ]);
  });
});
