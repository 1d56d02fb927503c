import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaint, type IntakeChannel } from '../../../commands/complaints/createComplaint.ts';
import { readComplaintStatistics } from '../../../commands/statistics/readComplaintStatistics.ts';
import type { ComplaintFigures } from '../../../shared/api/statistics.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { foldComplaintStatistics } from '../../../jobs/foldComplaintStatistics.ts';
import { figureColumns } from '../../complaintReports/reportXlsx.ts';
import { formatRate } from '../../complaintReports/reportWords.ts';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { downloadFile } from '../../../../test/support/files.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/** The province of each complaint, the month it was received in, its channel and whether its office finished it. */
const dataset: { province: string; month: string; channel: IntakeChannel; finish: boolean }[] = [
  { province: '10', month: '2026-11-03', channel: 'web', finish: true },
  { province: '10', month: '2026-11-05', channel: 'hotline', finish: true },
  { province: '10', month: '2026-11-20', channel: 'line', finish: false },
  { province: '50', month: '2026-11-02', channel: 'web', finish: true },
  { province: '50', month: '2026-10-14', channel: 'hotline', finish: true },
  { province: '40', month: '2026-11-09', channel: 'web', finish: false },
  { province: '90', month: '2026-11-11', channel: 'line', finish: true },
  { province: '90', month: '2026-10-25', channel: 'web', finish: false },
];

/** Reads a PDF's text as `pdftotext` extracts it, lines joined (they wrap where the page is narrow). */
function pdfText(data: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'complaint-report-')), 'report.pdf');
  writeFileSync(file, data);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/** A figures sheet's rows by key (column A), each figure by its key, as the report wrote them (empty cells as null). */
function sheetRows(workbook: ExcelJS.Workbook, name: string): Map<string, Record<string, unknown>> {
  const sheet = workbook.getWorksheet(name)!;
  const rows = new Map<string, Record<string, unknown>>();
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    rows.set(String(row.getCell(1).value), Object.fromEntries(figureColumns.map((c, i) => [c.key, row.getCell(4 + i).value ?? null])));
  });
  return rows;
}

const figuresOf = (figures: ComplaintFigures) => Object.fromEntries(figureColumns.map((c) => [c.key, figures[c.key] ?? null]));

/**
 * The monthly and annual reports print the dashboard's own figures: complaints in four provinces
 * over two months, some finished by their district office, folded into the aggregates; the PDFs
 * (one Chromium for the file) carry the province names, the resolution rate as printed and the
 * Buddhist-era year, and every workbook cell equals the statistics read's figure.
 */
describe.each(testEngines())('monthly and annual complaint reports (%s)', (engine) => {
  let t: TestApp;
  let clock: ManualClock;
  let pmdu: TestClient;
  const directiveTitle = 'เร่งซ่อมไฟฟ้าส่องสว่างในชุมชนให้แล้วเสร็จภายในเดือนนี้';

  beforeAll(async () => {
    clock = new ManualClock('2026-12-10T03:00:00.000Z');
    t = await startTestApp({ engine, clock });
    pmdu = await t.as('delivery_unit', 'PMDU');
    for (const [index, item] of dataset.entries()) {
      const area = (
        await t.db.query<{ code: string }>(
          `select code from areas where level = 'subdistrict' and code like $1 || '%' order by code limit 1`,
          [item.province],
        )
      ).rows[0]!.code;
      const created = await createComplaint(
        { db: t.db, clock, actor: null },
        {
          channel: item.channel,
          categoryCode: index % 2 ? 'roads' : null,
          description: `ไฟฟ้าส่องสว่างดับทั้งซอย เรื่องที่ ${index + 1} ในจังหวัดรหัส ${item.province}`,
          areaCode: area,
          location: null,
          complainant: null,
          receivedAt: new Date(`${item.month}T02:00:00.000Z`),
          skipDuplicateCheck: true,
        },
      );
      if (!item.finish) continue;
      const office = await t.as('officer', created.unitCode);
      const lead = (await office.get(`/api/complaints/${created.caseId}`)).body.lead.assignmentId as string;
      expect((await office.post(`/api/assignments/${lead}/acknowledge`, {})).status).toBe(200);
      expect((await office.post(`/api/assignments/${lead}/complete`, { note: 'ซ่อมแล้ว' })).status).toBe(200);
    }
    await new CaseFixtures(t.db, clock).directive({ to: ['PH-50', 'PH-52'], title: directiveTitle });
    await foldComplaintStatistics({ db: t.db, clock });
  });
  afterAll(() => t.close());

  const read = (input: { scope?: string; fiscalYear?: number; from?: string; to?: string }) =>
    readComplaintStatistics({ db: t.db, clock }, input);

  it('prints the monthly report of November 2569 with every province, the rate as on the dashboard and the Buddhist era', async () => {
    const pdf = await downloadFile(pmdu, '/api/reports/complaints/monthly.pdf?month=2026-11');
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = pdfText(pdf.data);
    const month = await read({ from: '2026-11', to: '2026-11' });
    expect(month.totals).toMatchObject({ received: 6, resolved: 4 });
    expect(text).toContain('พฤศจิกายน 2569');
    expect(text).toContain('พ.ศ.');
    expect(text).not.toMatch(/2026/);
    expect(text).toContain(formatRate(month.totals.resolutionRate));
    for (const province of ['กรุงเทพมหานคร', 'เชียงใหม่', 'ขอนแก่น', 'สงขลา', 'แม่ฮ่องสอน']) expect(text).toContain(province);
    for (const code of ['10', '50', '90']) {
      const area = month.areas.find((a) => a.code === code)!;
      expect(text).toContain(`${area.nameTh}`);
    }
  });

  it('writes the monthly workbook with the read figures, province by province and month by month', async () => {
    const xlsx = await downloadFile(pmdu, '/api/reports/complaints/monthly.xlsx?month=2026-11');
    expect(xlsx.status).toBe(200);
    const workbook = await loadWorkbook(xlsx.data);
    const month = await read({ from: '2026-11', to: '2026-11' });
    const summary = workbook.getWorksheet('สรุป Summary')!;
    const totals: Record<string, unknown> = {};
    summary.eachRow((row) => {
      const key = String(row.getCell(2).value);
      if (figureColumns.some((c) => c.key === key)) totals[key] = row.getCell(3).value ?? null;
    });
    expect(totals).toEqual(figuresOf(month.totals));
    const provinces = sheetRows(workbook, 'จังหวัด Provinces');
    expect(provinces.size).toBe(77);
    for (const area of month.areas) expect(provinces.get(area.code)).toEqual(figuresOf(area));
    const trend = sheetRows(workbook, 'แนวโน้ม Trend');
    const yearToDate = await read({ from: '2026-10', to: '2026-11' });
    expect([...trend.keys()]).toEqual(['2026-10', '2026-11']);
    for (const m of yearToDate.byMonth) expect(trend.get(m.month)).toEqual(figuresOf(m));
  });

  it("prints a province's monthly report by district", async () => {
    const xlsx = await loadWorkbook((await downloadFile(pmdu, '/api/reports/complaints/monthly.xlsx?month=2026-11&scope=p:50')).data);
    const province = await read({ scope: 'p:50', from: '2026-11', to: '2026-11' });
    const districts = sheetRows(xlsx, 'อำเภอ Districts');
    expect(districts.size).toBe(province.areas.length);
    for (const area of province.areas) expect(districts.get(area.code)).toEqual(figuresOf(area));
    const text = pdfText((await downloadFile(pmdu, '/api/reports/complaints/monthly.pdf?month=2026-11&scope=p:50')).data);
    expect(text).toContain('เชียงใหม่');
    expect(text).toContain(formatRate(province.totals.resolutionRate));
  });

  it('prints the annual performance report with the headline sentence, 77 provinces, every inspection zone and ministry', async () => {
    const year = await read({ fiscalYear: 2570 });
    expect(year.totals).toMatchObject({ received: 8, resolved: 5 });
    const pdf = await downloadFile(pmdu, '/api/reports/annual.pdf?fiscalYear=2570');
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.data);
    const rate = (year.totals.resolutionRate! * 100).toFixed(1);
    expect(text).toContain(`ร้อยละ ${rate} ของเรื่องร้องเรียนที่ได้รับในปีงบประมาณ พ.ศ. 2570 ได้รับการแก้ไขแล้ว`);
    expect(text).toContain(formatRate(year.totals.resolutionRate));
    for (const province of ['กรุงเทพมหานคร', 'เชียงใหม่', 'ขอนแก่น', 'สงขลา', 'นราธิวาส']) expect(text).toContain(province);
    expect(text).not.toMatch(/2026/);
    // The delivery picture: the live directive with its reach (none of two provincial halls has acknowledged).
    // A long title wraps in its narrow column: Thai has no spaces, so compare without them.
    expect(text.replace(/\s/g, '')).toContain(directiveTitle);
    expect(text).toContain('0 / 2');

    const workbook = await loadWorkbook((await downloadFile(pmdu, '/api/reports/annual.xlsx?fiscalYear=2570')).data);
    const provinces = sheetRows(workbook, 'จังหวัด Provinces');
    expect(provinces.size).toBe(77);
    for (const area of year.areas) expect(provinces.get(area.code)).toEqual(figuresOf(area));
    const zones = sheetRows(workbook, 'เขตตรวจ Zones');
    const zoneCount = (await t.db.query<{ n: number }>(`select count(*)::int as n from area_groupings where kind = 'inspection_zone'`))
      .rows[0]!.n;
    expect(zones.size).toBe(zoneCount);
    const firstZone = [...zones.keys()][0]!;
    expect(zones.get(firstZone)).toEqual(figuresOf((await read({ scope: firstZone, fiscalYear: 2570 })).totals));
    const ministries = sheetRows(workbook, 'กระทรวง Ministries');
    // Provincial halls and district offices are the Interior's: their complaints count in its row.
    expect([...ministries.values()].reduce((sum, row) => Math.max(sum, row.received as number), 0)).toBeGreaterThan(0);
    const delivery = workbook.getWorksheet('ข้อสั่งการ Delivery')!;
    expect(delivery.getRow(2).getCell(3).value).toBe(directiveTitle);
    expect([delivery.getRow(2).getCell(4).value, delivery.getRow(2).getCell(5).value]).toEqual([0, 2]);
  });

  it('keeps the annual report to national roles and refuses a month not yet begun', async () => {
    const hall = await t.as('coordinator', 'PH-50');
    expect((await downloadFile(hall, '/api/reports/annual.xlsx?fiscalYear=2570')).status).toBe(403);
    expect((await downloadFile(hall, '/api/reports/complaints/monthly.xlsx?month=2026-11&scope=p:50')).status).toBe(200);
    expect((await downloadFile(pmdu, '/api/reports/complaints/monthly.xlsx?month=2027-01')).status).toBe(400);
    expect((await downloadFile(pmdu, '/api/reports/complaints/monthly.doc?month=2026-11')).status).toBe(400);
  });
});
