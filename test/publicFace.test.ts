/**
 * Issue #12 acceptance: an anonymous visitor reads every portal page (crawled from the portal's
 * own links), every open-data file, every CKAN and DCAT answer and the public APIs, and finds none
 * of the personal data planted in complaints (names, phones in several notations, e-mails, citizen
 * IDs, exact coordinates: `support/plantedPersonalData.ts`), and no cell of the aggregate dataset
 * below 5 complaints. The complaint carrying the most of it is resolved and published as a story,
 * a directive is published and every dataset is published, so the public face shows all it can.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaint } from '../src/commands/complaints/createComplaint.ts';
import { exportOpenData } from '../src/commands/opendata/exportOpenData.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { OPEN_DATASETS } from '../src/domain/opendata/openDatasets.ts';
import { foldComplaintStatistics } from '../src/jobs/foldComplaintStatistics.ts';
import { publishInfoRequest } from '../src/commands/infoRequests/publishInfoRequest.ts';
import { reviewInfoRequestDocument } from '../src/commands/infoRequests/reviewInfoRequestDocument.ts';
import { CaseFixtures } from './support/caseFixtures.ts';
import { createStaff } from './support/factories.ts';
import { answeredInfoRequest, requesterLeaks, type AnsweredRequest } from './support/infoRequestDisclosureFixtures.ts';
import {
  leaks as plantedLeaks,
  plantPersonalData,
  strings as plantedStrings,
  type PlantedComplaints,
} from './support/plantedPersonalData.ts';
import { anonymous, startTestApp, type TestApp } from './support/testApp.ts';
import { testEngines } from './support/testDatabase.ts';

/** Same-origin links of a page (`href`, `src`, `action`), entities decoded. */
function linksIn(html: string): string[] {
  return [...html.matchAll(/(?:href|src|action)="([^"]+)"/g)]
    .map((match) => match[1]!.replaceAll('&amp;', '&'))
    .filter((url) => url.startsWith('/'));
}

/** The text of an XLSX workbook, every cell of every sheet, so the detectors read it as they read CSV. */
async function xlsxText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
  return cells.join('\n');
}

describe.each(testEngines())('the public face shows no personal data and no small aggregate cells (%s)', (engine) => {
  let t: TestApp;
  let planted: PlantedComplaints;
  let subdistrict: string;
  const clock = new ManualClock('2026-03-02T02:00:00Z');
  const visitor = () => anonymous(t.app);
  /** Planted names that are also official place or unit names (ตำบลวิภาวดี): public reference data, not a leak. */
  let placeNames: string[] = [];
  // The planted information requester (issue #16) is looked for on every page and in every file too.
  const leaks = (text: string) => [...plantedLeaks(text).filter((found) => !placeNames.includes(found)), ...requesterLeaks(text)];
  let infoRequest: AnsweredRequest;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock });
    const named = await t.db.query<{ s: string }>(
      `select s from unnest($1::text[]) s
        where exists (select 1 from areas where name_th like '%' || s || '%') or exists (select 1 from units where name_th like '%' || s || '%')`,
      [plantedStrings],
    );
    placeNames = named.rows.map((row) => row.s);
    planted = await plantPersonalData(t);
    const area = await t.db.query<{ area_code: string }>('select area_code from complaints where case_id = $1', [planted.caseIds[0]]);
    subdistrict = area.rows[0]!.area_code;
    // Six more road complaints in the same place, so one statistics cell reaches 5 and others stay under it.
    for (let i = 0; i < 6; i++) {
      await createComplaint(
        { db: t.db, clock, actor: null },
        {
          channel: 'web',
          categoryCode: 'roads',
          description: `ถนนชำรุดจุดที่ ${i + 1} หน้าตลาด`,
          areaCode: subdistrict,
          location: null,
          complainant: null,
          skipDuplicateCheck: true,
        },
      );
    }
    const admin = planted.outsiders[0]![1];

    // The district office fixes the web complaint; the centre publishes its story from the masked draft.
    const lead = (await planted.officer.get(`/api/complaints/${planted.caseIds[0]}`)).body.lead.assignmentId as string;
    expect((await planted.officer.post(`/api/assignments/${lead}/acknowledge`, {})).status).toBe(200);
    expect((await planted.officer.post(`/api/assignments/${lead}/complete`, { note: 'ซ่อมแล้ว' })).status).toBe(200);
    const draft = await admin.get(`/api/complaints/${planted.caseIds[0]}/story`);
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    const story = await admin.request('PUT', `/api/complaints/${planted.caseIds[0]}/story`, {
      publicText: draft.body.suggestedText,
      publicReply: 'เขตได้ซ่อมผิวถนนและทาสีเส้นจราจรใหม่แล้ว',
      placeAreaCode: subdistrict,
      beforeAttachmentId: null,
      afterAttachmentId: null,
    });
    expect(story.status, JSON.stringify(story.body)).toBe(200);

    const directive = await new CaseFixtures(t.db, clock).directive({ to: ['PH-10', 'PH-50'], title: 'ซ่อมถนนให้ปลอดภัยก่อนฤดูฝน' });
    expect((await admin.request('PUT', `/api/cases/${directive.caseId}/publication`, {})).status).toBe(200);
    // An information request whose requester wrote their name, e-mail, phone and citizen id into it, answered with a
    // reviewed PDF and a withheld document, published on the disclosure log.
    infoRequest = await answeredInfoRequest(t.db, clock);
    const mof = { db: t.db, clock, actor: (await createStaff(t.db, { role: 'coordinator', unitCode: 'MOF' })).actor };
    await reviewInfoRequestDocument(mof, infoRequest.caseId, infoRequest.pdfDocumentId, { status: 'approved' });
    await publishInfoRequest(mof, infoRequest.caseId);
    for (const dataset of OPEN_DATASETS) {
      const published = await admin.request('PUT', `/api/open-data/datasets/${dataset.name}/publication`, { published: true });
      expect(published.status, dataset.name).toBe(200);
    }
    await foldComplaintStatistics({ db: t.db, clock });
    await exportOpenData({ db: t.db, clock });
  }, 300_000);
  afterAll(() => t?.close());

  it('every portal page, reached by following its own links, shows none of it', async () => {
    const queue = [
      '/portal',
      '/portal?lang=en',
      '/portal/data',
      '/portal/policies',
      '/portal/information',
      '/portal/information?q=น้ำท่วม',
      '/track',
      ...planted.trackingCodes.map((c) => `/track/${c}`),
    ];
    const seen = new Set<string>();
    let pages = 0;
    let stories = 0;
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const path = url.split('?')[0]!;
      // Area pages of other places hold none of the planted complaints: follow only the planted place's.
      const area = /^\/portal\/(?:provinces|districts)\/(\d+)/.exec(path);
      if (area && !subdistrict.startsWith(area[1]!)) continue;
      if (!/^\/(portal|track|opendata|dataset|catalog)/.test(path) || path.startsWith('/portal/photos/')) continue;
      const response = await visitor().get(url);
      expect([200, 302, 303], url).toContain(response.status);
      const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      expect(leaks(text), url).toEqual([]);
      if (response.status !== 200 || !String(response.headers['content-type']).startsWith('text/html')) continue;
      pages += 1;
      if (text.includes('ทาสีเส้นจราจรใหม่')) stories += 1;
      for (const link of linksIn(text)) if (!seen.has(link)) queue.push(link);
    }
    // The crawl reached the portal's pages down to the planted district, and the published story.
    expect(pages).toBeGreaterThan(10);
    expect([...seen].some((url) => url.startsWith(`/portal/districts/${subdistrict.slice(0, 4)}`))).toBe(true);
    expect(stories).toBeGreaterThan(0);
    // ... and the disclosure log down to the published request, its agency and its reviewed document.
    expect(seen).toContain(`/portal/information/requests/${infoRequest.ref}`);
    expect(seen).toContain(`/portal/information/agencies/${infoRequest.agencyCode}`);
    expect(seen).toContain(`/portal/information/documents/${infoRequest.pdfDocumentId}`);
  });

  it('every open-data file shows none of it, and no statistics cell counts fewer than 5 complaints', async () => {
    const names = (await visitor().get('/api/3/action/package_list')).body.result as string[];
    expect(names.sort()).toEqual(OPEN_DATASETS.map((d) => d.name).sort());
    let files = 0;
    const counts: string[] = [];
    for (const name of names) {
      const shown = await visitor().get(`/api/3/action/package_show?id=${name}`);
      expect(leaks(JSON.stringify(shown.body)), name).toEqual([]);
      for (const resource of shown.body.result.resources as { url: string; format: string; name: string }[]) {
        const path = new URL(resource.url).pathname;
        let response = await t.app.inject({ url: path });
        if (response.statusCode === 302) response = await t.app.inject({ url: String(response.headers.location) });
        expect(response.statusCode, path).toBe(200);
        const text = resource.format === 'XLSX' ? await xlsxText(response.rawPayload) : response.body;
        expect(leaks(text), path).toEqual([]);
        for (const code of planted.trackingCodes) expect(text, path).not.toContain(code);
        files += 1;
        if (name === 'complaint-statistics' && resource.format === 'CSV' && !path.includes('dictionary')) {
          for (const row of parse(response.rawPayload, { bom: true, columns: true }) as Record<string, string>[]) {
            counts.push(row.received!, row.resolved!);
          }
        }
      }
    }
    expect(files).toBeGreaterThanOrEqual(OPEN_DATASETS.reduce((sum, d) => sum + d.tables.length * 4, 0));
    // Every shown count is 5 or more; the small ones are blank, and both kinds occur here.
    for (const count of counts) expect(count === '' || Number(count) >= 5, `cell ${count}`).toBe(true);
    expect(counts.some((count) => Number(count) >= 5)).toBe(true);
    expect(counts).toContain('');
  });

  it('the CKAN and DCAT catalogues and the public APIs show none of it', async () => {
    const urls = [
      '/api/3/action/status_show',
      '/api/3/action/package_search?rows=100',
      '/api/3/action/organization_list?all_fields=true',
      '/api/3/action/group_list?all_fields=true',
      '/catalog.ttl',
      '/catalog.jsonld',
      '/catalog.rdf',
      ...OPEN_DATASETS.map((d) => `/dataset/${d.name}.ttl`),
      '/api/statistics/complaints?scope=TH',
      `/api/statistics/complaints?scope=p:${subdistrict.slice(0, 2)}`,
      `/api/statistics/complaints?scope=d:${subdistrict.slice(0, 4)}`,
      '/api/statistics/league?level=province',
      '/api/cards/national',
      `/api/cards/provinces/${subdistrict.slice(0, 2)}`,
      '/open311/v2/requests.json',
      ...planted.trackingCodes.map((code) => `/api/public/complaints/${code}`),
    ];
    for (const url of urls) {
      const response = await visitor().get(url);
      expect(response.status, url).toBe(200);
      expect(leaks(typeof response.body === 'string' ? response.body : JSON.stringify(response.body)), url).toEqual([]);
    }
    // The complaint datasets say which months they cover (received in March 2026), as DCAT's dct:temporal.
    const complaints = (await visitor().get('/dataset/complaints.ttl')).body as string;
    expect(complaints).toMatch(/dcat:startDate "2026-03-01"\^\^xsd:date/);
    expect(complaints).toMatch(/dcat:endDate "2026-03-31"\^\^xsd:date/);
  });
});
