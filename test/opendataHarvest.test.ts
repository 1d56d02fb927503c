import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/db/database.ts';
import { OPEN_DATASETS } from '../src/domain/opendata/openDatasets.ts';
import { createComplaint } from '../src/commands/complaints/createComplaint.ts';
import { exportOpenData } from '../src/commands/opendata/exportOpenData.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { foldComplaintStatistics } from '../src/jobs/foldComplaintStatistics.ts';
import { CaseFixtures } from './support/caseFixtures.ts';
import { publishOpenDataset } from './support/openDataFixtures.ts';
import { startTestApp, type TestApp } from './support/testApp.ts';
import { testEngines } from './support/testDatabase.ts';

interface Resource {
  id: string;
  url: string;
  format: string;
  size: number;
  hash: string;
  row_count: number;
}
interface Package {
  id: string;
  name: string;
  metadata_modified: string;
  num_resources: number;
  resources: Resource[];
}

/** Rows in a downloaded file, read as a harvester's consumer would: CSV and XLSX after their header row, JSON's array. */
async function rowsIn(format: string, bytes: Buffer): Promise<number> {
  if (format === 'JSON') return (JSON.parse(bytes.toString('utf8')) as unknown[]).length;
  if (format === 'XLSX') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook.worksheets[0]!.actualRowCount - 1;
  }
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  return (parse(bytes, { bom: true, columns: true }) as unknown[]).length;
}

/**
 * A harvest as ckanext-harvest's CKAN harvester (ckanharvester.py) runs one against Tidtam over
 * real HTTP on 127.0.0.1: status_show, package_list, then the gather stage's paging through
 * package_search (`sort=id asc`, `rows`/`start`, until an empty page; the same page twice is an
 * error; duplicates dropped), the incremental `fq=metadata_modified:[<last gather - 1 h>Z TO *]`,
 * package_show of each, and every resource downloaded and checked against its metadata.
 */
describe.each(testEngines())('a CKAN harvest of Tidtam (%s)', (engine: Engine) => {
  let t: TestApp;
  let base: string;
  const clock = new ManualClock('2026-02-01T00:00:00Z');
  const action = async (name: string, params: Record<string, string> = {}) => {
    const response = await fetch(`${base}/api/3/action/${name}?${new URLSearchParams(params)}`);
    expect(response.status, `${name} ${JSON.stringify(params)}`).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text) as { success: boolean; result: unknown; help: string };
    expect(body.success).toBe(true);
    expect(body.help).toContain(`/api/3/action/help_show?name=${name}`);
    return { text, result: body.result };
  };

  /** `_search_for_datasets` of ckanharvester.py, with a small page so paging is exercised. */
  const searchForDatasets = async (fqTerms: string[], rows = 2): Promise<Package[]> => {
    const params: Record<string, string> = { rows: String(rows), start: '0', sort: 'id asc' };
    if (fqTerms.length) params.fq = fqTerms.join(' ');
    const found: Package[] = [];
    const ids = new Set<string>();
    let previous: string | undefined;
    for (;;) {
      const { text, result } = await action('package_search', params);
      expect(text, 'the paging does not seem to work').not.toBe(previous);
      previous = text;
      const page = (result as { results: Package[] }).results;
      found.push(...page.filter((pkg) => !ids.has(pkg.id)));
      for (const pkg of page) ids.add(pkg.id);
      if (page.length === 0) return found;
      params.start = String(Number(params.start) + Number(params.rows));
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ engine, clock });
    const area = await t.db.query<{ code: string }>(
      `select code from areas where level = 'subdistrict' and parent_code = '1007' order by code limit 1`,
    );
    const ctx = { db: t.db, clock, actor: null };
    for (let i = 0; i < 7; i++) {
      clock.advanceMs(60_000);
      await createComplaint(ctx, {
        channel: 'web',
        categoryCode: i < 5 ? 'roads' : 'street_lights',
        description: `ถนนชำรุด, "จุดที่ ${i + 1}"\nใกล้ตลาด`,
        areaCode: area.rows[0]!.code,
        location: null,
        complainant: null,
        skipDuplicateCheck: true,
      });
    }
    const directive = await new CaseFixtures(t.db, clock).directive({ to: ['PH-50', 'PH-52'], title: 'ลดอุบัติเหตุทางถนน' });
    await t.db.query('update cases set published_at = $2 where id = $1', [directive.caseId, clock.now()]);
    for (const dataset of OPEN_DATASETS) await publishOpenDataset(t.db, dataset.name, true, clock.now());
    await foldComplaintStatistics({ db: t.db, clock });
    // The export job's own run: every dataset's tables in CSV, JSON and XLSX, and their dictionaries.
    await exportOpenData({ db: t.db, clock });
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => t?.close());

  it('lists, pages, shows and downloads every dataset, each file matching its row count, size and hash', async () => {
    expect((await action('status_show')).result).toMatchObject({ site_url: base });
    const names = (await action('package_list')).result as string[];
    expect(names).toHaveLength(OPEN_DATASETS.length);

    const gathered = await searchForDatasets([]);
    expect(gathered.map((pkg) => pkg.id)).toEqual(gathered.map((pkg) => pkg.id).sort());
    expect(gathered.map((pkg) => pkg.name).sort()).toEqual([...names].sort());

    let downloads = 0;
    for (const summary of gathered) {
      const pkg = (await action('package_show', { id: summary.id })).result as Package;
      expect(pkg).toEqual(summary);
      expect(pkg.resources).toHaveLength(pkg.num_resources);
      for (const resource of pkg.resources) {
        const response = await fetch(resource.url);
        expect(response.status, resource.url).toBe(200);
        expect(response.redirected).toBe(true);
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.byteLength, resource.url).toBe(resource.size);
        expect(createHash('sha256').update(bytes).digest('hex'), resource.url).toBe(resource.hash);
        expect(await rowsIn(resource.format, bytes), resource.url).toBe(resource.row_count);
        downloads += 1;
      }
    }
    expect(downloads).toBe(OPEN_DATASETS.reduce((sum, dataset) => sum + dataset.tables.length * 4, 0));
  });

  it('gathers only what changed since the last harvest, within the organization and group filters', async () => {
    const lastGatherStarted = new Date('2026-02-02T00:00:00Z');
    // A day later one unit is renamed; the next export changes the units files only.
    clock.set('2026-02-03T08:00:00Z');
    await t.db.query(`update units set name_th = name_th || ' (ใหม่)' where code = 'PH-52'`);
    await exportOpenData({ db: t.db, clock });
    // ckanharvester.py: (gather_started - 1 hour).isoformat() + 'Z', microseconds and all.
    const since = `${new Date(lastGatherStarted.getTime() - 3_600_000).toISOString().slice(0, 23)}000Z`;
    const changed = await searchForDatasets([`metadata_modified:[${since} TO *]`]);
    expect(changed.map((pkg) => pkg.name)).toEqual(['units']);
    expect(changed[0]!.metadata_modified).toBe('2026-02-03T08:00:00.000000');

    const included = await searchForDatasets(['organization:tidtam', 'groups:complaints OR groups:directory']);
    expect(included.map((pkg) => pkg.name).sort()).toEqual(['complaint-statistics', 'complaints', 'units']);
    const excluded = await searchForDatasets(['-groups:complaints', `metadata_modified:[${since} TO *]`]);
    expect(excluded.map((pkg) => pkg.name)).toEqual(['units']);
    expect(await searchForDatasets(['-organization:tidtam'])).toEqual([]);
  });
});
