import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/support/testApp.ts';
import { testEngines } from '../../../test/support/testDatabase.ts';
import { downloadFile } from '../../../test/support/files.ts';

/**
 * Issue 13, item 10: the stocktake pack was one thin page. A policy goes to the 77 provincial
 * offices of Social Development; Chiang Mai's office acknowledges and asks the centre for help in
 * its own words, Lampang's acknowledges and reports by a progress note, the rest wait. The pack now
 * names who has not acknowledged with their inspection zones, shades the province map, quotes the
 * call for help and draws the indicator's trajectory; the workbook has a sheet for each.
 */
describe.each(testEngines())('the stocktake pack’s sections (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  let caseId: string;
  const title = 'ศูนย์ดูแลแม่เลี้ยงเดี่ยวครบทุกจังหวัด';
  const askedFor = 'ขอให้ส่วนกลางประสานการประปาส่วนภูมิภาคเรื่องน้ำในพื้นที่สูง';
  const indicatorName = 'จำนวนแม่เลี้ยงเดี่ยวที่ได้รับการดูแล';

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-12-10T03:00:00.000Z') });
    pmdu = await t.as('delivery_unit', 'PMDU');
    const ministry = await t.as('coordinator', 'MSDHS');
    const chiangMai = await t.as('officer', 'MSDHS-P-50');
    const lampang = await t.as('officer', 'MSDHS-P-52');
    const created = await pmdu.post('/api/cases', {
      kind: 'policy',
      title,
      body: 'เปิดศูนย์ดูแลแม่เลี้ยงเดี่ยวและจัดหาน้ำดื่มสะอาด ดำเนินการให้ครบทุกจังหวัด',
      assignments: [{ targets: { unitCodes: ['MSDHS'] }, role: 'lead' }],
    });
    caseId = created.body.case.id;
    const top = created.body.assignments[0].id;
    expect((await ministry.post(`/api/assignments/${top}/acknowledge`, {})).status).toBe(200);
    expect((await ministry.post(`/api/assignments/${top}/cascade`, { targets: { kind: 'provincial_office' } })).status).toBe(201);
    const ids = await t.db.query<{ id: string; code: string }>(
      'select a.id, u.code from assignments a join units u on u.id = a.unit_id where a.case_id = $1',
      [caseId],
    );
    const of = (code: string) => ids.rows.find((row) => row.code === code)!.id;
    expect((await chiangMai.post(`/api/assignments/${of('MSDHS-P-50')}/acknowledge`, {})).status).toBe(200);
    const filed = await chiangMai.post(`/api/assignments/${of('MSDHS-P-50')}/reports`, {
      aim: 'ให้แม่เลี้ยงเดี่ยวทุกคนในจังหวัดเข้าถึงศูนย์ดูแล',
      approach: 'เปิดศูนย์ในโรงพยาบาลชุมชน',
      workingEvidence: 'ผู้มารับบริการเพิ่มขึ้นทุกสัปดาห์',
      changes: 'ขยายเวลาเปิดศูนย์',
      centreHelp: askedFor,
      rag: 'red',
      confidence: 'amber_red',
      blockers: 'ขาดแคลนน้ำประปา',
      helpNeeded: true,
    });
    expect(filed.status).toBe(201);
    expect((await lampang.post(`/api/assignments/${of('MSDHS-P-52')}/acknowledge`, {})).status).toBe(200);
    const noted = await lampang.post(`/api/assignments/${of('MSDHS-P-52')}/progress`, { note: 'เปิดศูนย์แห่งแรกที่อำเภอเมืองลำปางแล้ว' });
    expect(noted.status).toBe(201);
    const indicator = await pmdu.post(`/api/cases/${caseId}/indicators`, {
      nameTh: indicatorName,
      unitOfMeasure: 'คน',
      direction: 'up',
      kind: 'goal',
      baseline: 0,
      target: 20000,
      aggregation: 'sum',
      trajectory: [
        { period: '2026-10', value: 0 },
        { period: '2027-09', value: 20000 },
      ],
    });
    expect(indicator.status).toBe(201);
    const measured = await chiangMai.post(`/api/assignments/${of('MSDHS-P-50')}/measurements`, {
      indicatorId: indicator.body.id,
      period: '2026-12',
      value: 1200,
    });
    expect(measured.status).toBe(201);
  });
  afterAll(() => t.close());

  it('counts a unit that reported by a progress note as reported, and lists the note beside the reports (item 8)', async () => {
    const picture = await pmdu.get(`/api/cases/${caseId}/delivery`);
    expect(picture.body.summary).toMatchObject({ reported: 2, helpNeeded: 1 });
    expect(picture.body.notes).toEqual([
      expect.objectContaining({ unit: expect.objectContaining({ code: 'MSDHS-P-52' }), note: 'เปิดศูนย์แห่งแรกที่อำเภอเมืองลำปางแล้ว' }),
    ]);
  });

  it('prints who has not acknowledged with zones, the map, the help asked for and the charts', async () => {
    const pdf = await downloadFile(pmdu, `/api/stocktake?caseIds=${caseId}&format=pdf`);
    expect(pdf.status).toBe(200);
    const folder = mkdtempSync(path.join(tmpdir(), 'stocktake-sections-'));
    const file = path.join(folder, 'stocktake.pdf');
    writeFileSync(file, pdf.data);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of [
      'เอกสารประกอบการประชุมติดตามงาน',
      'หน่วยงานที่ยังไม่รับทราบ',
      'ยังไม่รับทราบ 75 หน่วยงาน',
      'เขตตรวจราชการ',
      'เขตตรวจราชการที่ 1',
      'แผนที่การรับทราบรายจังหวัด',
      'รับทราบครบ / All acknowledged (2)',
      'หน่วยงานที่ขอความช่วยเหลือจากส่วนกลาง',
      askedFor,
      indicatorName,
      'หน่วยงานที่รายงานความคืบหน้าแล้ว',
    ]) {
      // Thai wraps without spaces, and a wrapped line reads back with one: compare without spaces.
      expect(text.replace(/\s+/g, '')).toContain(words.replace(/\s+/g, ''));
    }
    expect(text).not.toMatch(/Stocktake\)|สถานะ RAG/);
    // The map is vector paths and the trajectory a drawn chart: the PDF holds the chart's picture.
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(1);
    if (process.env['STOCKTAKE_PNG']) execFileSync('pdftoppm', ['-png', '-r', '60', file, process.env['STOCKTAKE_PNG']]);
  });

  it('gives the workbook a sheet for each section, with every waiting unit and its zone', async () => {
    const xlsx = await downloadFile(pmdu, `/api/stocktake?caseIds=${caseId}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 5)).toEqual([
      'สรุป Summary',
      'ยังไม่รับทราบ Not acknowledged',
      'รายจังหวัด By province',
      'ขอความช่วยเหลือ Help requested',
      'ตัวชี้วัด Indicators',
    ]);
    const waiting = workbook.getWorksheet('ยังไม่รับทราบ Not acknowledged')!;
    expect(waiting.rowCount).toBe(1 + 75);
    // Chiang Mai and Lampang acknowledged: they are not among the units waiting.
    const waitingUnits = waiting.getRows(2, 75)!.map((row) => String(row.getCell(3).value));
    expect(waitingUnits.filter((unit) => /เชียงใหม่|ลำปาง/.test(unit))).toEqual([]);
    const bangkok = waiting.getRows(2, 75)!.find((row) => String(row.getCell(3).value).endsWith('กรุงเทพมหานคร'))!;
    expect(bangkok.getCell(2).value).toBe('ส่วนกลาง (กรุงเทพมหานคร)');
    // Grouped by zone, the numbered zones first: zone 1's provinces lead the list.
    expect(waiting.getRow(2).getCell(2).value).toBe('เขตตรวจราชการที่ 1');
    expect(bangkok.getCell(5).value).toBe(0);
    const provinces = workbook.getWorksheet('รายจังหวัด By province')!;
    expect(provinces.rowCount).toBe(1 + 77);
    const help = workbook.getWorksheet('ขอความช่วยเหลือ Help requested')!;
    expect(help.getRow(2).getCell(4).value).toBe(askedFor);
    const indicators = workbook.getWorksheet('ตัวชี้วัด Indicators')!;
    const december = indicators.getRows(2, indicators.rowCount - 1)!.find((row) => row.getCell(3).value === 'ธ.ค. 2569')!;
    expect(december.getCell(5).value).toBe(1200);
  });
});
