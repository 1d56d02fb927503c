import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ckanId } from '../../../domain/opendata/ckanIds.ts';
import { publishOpenDataset, storeSampleDataset } from '../../../../test/support/openDataFixtures.ts';
import { FUZZ_SEED, junkString } from '../../../../test/support/fuzzArbitraries.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';

/** The CKAN Action API as a CKAN client calls it: envelope, field names, errors and their statuses. */
describe('CKAN Action API at /api/3/action/', () => {
  let t: TestApp;
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, body: response.json() };
  };

  beforeAll(async () => {
    t = await startTestApp({ trustProxy: ['127.0.0.1'] });
    await publishOpenDataset(t.db, 'units', true, new Date('2026-03-01T00:00:00Z'));
    await publishOpenDataset(t.db, 'policies', false, new Date('2026-03-01T00:00:00Z'));
    await storeSampleDataset(t.db, 'complaint-statistics', 12, new Date('2026-02-01T00:00:00Z'));
    await storeSampleDataset(t.db, 'units', 3, new Date('2026-04-01T00:00:00Z'));
    await storeSampleDataset(t.db, 'policies', 2, new Date('2026-04-01T00:00:00Z'));
  });
  afterAll(async () => t?.close());

  it('answers status_show and package_list in the CKAN envelope, listing only published datasets', async () => {
    const status = await get('/api/3/action/status_show');
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ success: true, result: { ckan_version: expect.any(String), site_url: 'http://localhost:80' } });
    expect(status.body.help).toBe('http://localhost:80/api/3/action/help_show?name=status_show');
    const list = await get('/api/3/action/package_list');
    expect(list.body.result).toEqual(['complaint-statistics', 'units']);
    // A harvester configured with its own CKAN site's API key sends it as it is: ignored here, not refused;
    // a malformed Tidtam token is still refused.
    const keyed = await get('/api/3/action/package_list', { authorization: '6c1d0d4e-0b9a-4c9f-a1c5-2f5f0c1d9e77' });
    expect(keyed).toMatchObject({ status: 200, body: { result: ['complaint-statistics', 'units'] } });
    expect((await get('/api/3/action/package_list', { authorization: 'Bearer tdt_not-a-token' })).status).toBe(401);
  });

  it('shows a package by name or id with CKAN fields, the Thai GDC fields and absolute resource URLs', async () => {
    const byName = await get('/api/3/action/package_show?id=complaint-statistics');
    const pkg = byName.body.result;
    expect(pkg).toMatchObject({
      id: ckanId('dataset', 'complaint-statistics'),
      name: 'complaint-statistics',
      title: 'สถิติเรื่องร้องเรียนรายเดือน จำแนกตามพื้นที่ ประเภท และหน่วยงาน',
      title_en: 'Monthly complaint statistics by area, category and unit',
      type: 'dataset',
      state: 'active',
      private: false,
      license_id: 'Creative Commons Attributions',
      license_url: 'https://creativecommons.org/licenses/by/4.0/',
      organization: { name: 'tidtam', title: 'ศูนย์ติดตามงานของรัฐ' },
      groups: [{ name: 'complaints' }],
      metadata_created: '2026-02-01T00:00:00.000000',
      metadata_modified: '2026-02-01T00:00:00.000000',
      num_resources: 4,
      data_type: 'ข้อมูลสถิติ',
      objective: 'เพื่อการให้บริการประชาชน',
      update_frequency_unit: 'เดือน',
      data_category: 'ข้อมูลสาธารณะ',
      geo_coverage: 'ประเทศ',
      allow_harvest: 'True',
    });
    expect(pkg.owner_org).toBe(pkg.organization.id);
    expect(pkg.tag_string).toContain('เรื่องร้องเรียน');
    expect(pkg.tags.map((tag: { name: string }) => tag.name)).toContain('statistics');
    expect(pkg.resources.map((r: { format: string }) => r.format).sort()).toEqual(['CSV', 'CSV', 'JSON', 'XLSX']);
    const csv = pkg.resources.find((r: { url: string }) => r.url.endsWith('/complaint_statistics.csv'));
    expect(csv).toMatchObject({
      url: 'http://localhost:80/opendata/complaint-statistics/complaint_statistics.csv',
      row_count: 12,
      mimetype: 'text/csv; charset=utf-8',
      package_id: pkg.id,
    });
    const byId = await get(`/api/3/action/package_show?id=${pkg.id}`);
    expect(byId.body.result).toEqual(pkg);
    const resource = await get(`/api/3/action/resource_show?id=${csv.id}`);
    expect(resource.body.result).toEqual(csv);
  });

  it('builds absolute URLs from the origin a trusted proxy names', async () => {
    const response = await get('/api/3/action/package_show?id=complaint-statistics', {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'data.example.go.th',
    });
    expect(response.body.result.resources[0].url).toMatch(/^https:\/\/data\.example\.go\.th\/opendata\//);
  });

  it('accepts a POSTed JSON body as CKAN does', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/3/action/package_search', payload: { q: 'units', rows: 5 } });
    expect(response.statusCode).toBe(200);
    expect(response.json().result).toMatchObject({ count: 1, results: [{ name: 'units' }] });
    const empty = await t.app.inject({ method: 'POST', url: '/api/3/action/package_list' });
    expect(empty.json().result).toEqual(['complaint-statistics', 'units']);
    // ckanapi's RemoteCKAN posts to CKAN's version-less path.
    const versionless = await t.app.inject({ method: 'POST', url: '/api/action/package_show', payload: { id: 'units' } });
    expect(versionless.json()).toMatchObject({ success: true, result: { name: 'units' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/action/package_patch', payload: {} });
    expect(unknown.json().error.message).toBe('Bad request - Action name not known: package_patch');
  });

  it('searches with q, fq, sort, rows and start', async () => {
    const thai = await get(`/api/3/action/package_search?q=${encodeURIComponent('ทำเนียบ')}`);
    expect(thai.body.result.results.map((p: { name: string }) => p.name)).toEqual(['units']);
    const since = await get(`/api/3/action/package_search?fq=${encodeURIComponent('metadata_modified:[2026-03-01T00:00:00Z TO *]')}`);
    expect(since.body.result.results.map((p: { name: string }) => p.name)).toEqual(['units']);
    const group = await get(`/api/3/action/package_search?fq=${encodeURIComponent('organization:tidtam +groups:complaints')}`);
    expect(group.body.result.results.map((p: { name: string }) => p.name)).toEqual(['complaint-statistics']);
    const excluded = await get(`/api/3/action/package_search?fq=${encodeURIComponent('-groups:complaints')}`);
    expect(excluded.body.result.count).toBe(1);
    const ordered = await get('/api/3/action/package_search?sort=name%20desc&rows=1&start=1');
    expect(ordered.body.result).toMatchObject({ count: 2, sort: 'name desc', results: [{ name: 'complaint-statistics' }] });
    const capped = await get('/api/3/action/package_search?rows=5000');
    expect(capped.body.result.results).toHaveLength(2);
  });

  it('lists and shows the organization and the groups', async () => {
    expect((await get('/api/3/action/organization_list')).body.result).toEqual(['tidtam']);
    const orgs = await get('/api/3/action/organization_list?all_fields=true');
    expect(orgs.body.result).toMatchObject([{ name: 'tidtam', package_count: 2, title: 'ศูนย์ติดตามงานของรัฐ' }]);
    const org = await get('/api/3/action/organization_show?id=tidtam&include_datasets=true');
    expect(org.body.result.packages).toHaveLength(2);
    expect((await get('/api/3/action/group_list')).body.result).toEqual(['complaints', 'directory', 'information', 'policies']);
    const group = await get(`/api/3/action/group_show?id=${ckanId('group', 'directory')}&include_datasets=true`);
    expect(group.body.result).toMatchObject({ name: 'directory', package_count: 1, packages: [{ name: 'units' }] });
  });

  it('answers CKAN errors: 404 Not Found Error, 409 Validation Error, 400 for an unknown action, with codes in Thai and English', async () => {
    const missing = await get('/api/3/action/package_show?id=policies');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ success: false, error: { __type: 'Not Found Error', code: 'not_found' } });
    expect(missing.body.error.messageTh).toMatch(/[ก-๙]/);
    const noId = await get('/api/3/action/package_show');
    expect(noId.status).toBe(409);
    expect(noId.body.error).toMatchObject({ __type: 'Validation Error', code: 'validation_failed', id: ['Missing value'] });
    const badRows = await get('/api/3/action/package_search?rows=-1');
    expect(badRows.status).toBe(409);
    const badFq = await get(`/api/3/action/package_search?fq=${encodeURIComponent('secret_field:x')}`);
    expect(badFq.status).toBe(409);
    expect(badFq.body.error.message).toMatch(/Search query is invalid/);
    const badSort = await get('/api/3/action/package_search?sort=maintainer_email%20asc');
    expect(badSort.status).toBe(409);
    const unknownParameter = await get('/api/3/action/package_list?callback=x');
    expect(unknownParameter.status).toBe(409);
    const unknown = await get('/api/3/action/package_create');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ success: false, error: { __type: 'Bad Request', code: 'route_not_found' } });
    expect(unknown.body.error.message).toBe('Bad request - Action name not known: package_create');
    const badJson = await t.app.inject({
      method: 'POST',
      url: '/api/3/action/package_show',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()).toMatchObject({ success: false, error: { code: 'malformed_body' } });
  });

  it(`answers any q, fq, sort, rows and start with a result or a CKAN error, never a 5xx (seed ${FUZZ_SEED})`, async () => {
    const syntax = fc.constantFrom(
      '[',
      ']',
      '{',
      '}',
      '(',
      ')',
      '"',
      ':',
      ' TO ',
      ' OR ',
      '-',
      '+',
      '*',
      'NOW',
      '/DAY',
      '-1DAY',
      'metadata_modified',
    );
    const solrish = fc.array(fc.oneof(syntax, junkString, fc.constantFrom('organization', 'groups', 'id', 'name', 'asc', 'desc', ',')), {
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { q: solrish, fq: solrish, sort: solrish, rows: fc.oneof(junkString, fc.integer()), start: fc.oneof(junkString, fc.integer()) },
          { requiredKeys: [] },
        ),
        async (input) => {
          const params = new URLSearchParams(
            Object.entries(input).map(([key, value]): [string, string] => [key, Array.isArray(value) ? value.join('') : String(value)]),
          );
          const response = await t.app.inject({ method: 'GET', url: `/api/3/action/package_search?${params}` });
          expect(response.statusCode, params.toString()).toBeLessThan(500);
          const body = response.json();
          expect(body.success, params.toString()).toBe(response.statusCode === 200);
          if (!body.success)
            expect(body.error).toMatchObject({ __type: expect.any(String), code: expect.any(String), messageTh: expect.any(String) });
        },
      ),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });

  it('describes its routes in the OpenAPI document', async () => {
    const spec = (await get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(spec.paths['/api/3/action/{action}'] ?? {}).sort()).toEqual(['get', 'post']);
  });
});
