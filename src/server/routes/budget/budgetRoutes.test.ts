import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { projectRoot } from '../../../projectRoot.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { downloadFile, uploadFile } from '../../../../test/support/files.ts';

const provinces: { code: string; name_th: string }[] = JSON.parse(
  readFileSync(path.join(projectRoot, 'reference-data', 'areas.json'), 'utf8'),
).provinces;

/** Row i's amounts in satang: different per province, with satang, committed ≤ allocated, disbursed ≤ allocated. */
const amountsOf = (i: number) => ({
  allocated: 1_000_000_00 + i * 123_456_78 + 55,
  committed: 600_000_00 + i * 1_01,
  disbursed: 400_000_00 + i * 99,
});
const baht = (satang: number) => `${Math.trunc(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
const sumOf = (pick: (i: number) => number) => provinces.reduce((total, _p, i) => total + pick(i), 0) / 100;

async function xlsxOf(header: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('งบประมาณ');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Seed 003 in the API: the delivery unit's clean-water policy runs in all 77
 * provinces; its budget arrives as one CSV or XLSX file per fiscal year, a
 * file with one bad row is refused whole with that row's number, a re-import
 * replaces the year, and the case shows the cost per person helped.
 */
describe.each(testEngines())('budget beside results (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  let chiangMaiHall: TestClient;
  let caseId: string;
  const importUrl = (fiscalYear: number) => `/api/cases/${caseId}/budget/import?fiscalYear=${fiscalYear}`;
  const lineCount = async () =>
    Number((await t.db.query<{ n: string }>('select count(*) as n from budget_lines where case_id = $1', [caseId])).rows[0]!.n);
  const budgetEvents = async () =>
    Number(
      (await t.db.query<{ n: string }>(`select count(*) as n from case_events where case_id = $1 and type = 'budget_imported'`, [caseId]))
        .rows[0]!.n,
    );

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-12-10T03:00:00.000Z') });
    pmdu = await t.as('delivery_unit', 'PMDU');
    chiangMaiHall = await t.as('coordinator', 'PH-50');
    const created = await pmdu.post('/api/cases', {
      kind: 'policy',
      title: 'น้ำดื่มสะอาดทุกหมู่บ้าน',
      body: 'จัดหาน้ำดื่มสะอาดให้ทุกหมู่บ้าน ครบทุกจังหวัด',
      assignments: [{ targets: { kind: 'provincial_hall' }, role: 'lead' }],
    });
    expect(created.status).toBe(201);
    caseId = created.body.case.id;
    const defined = await pmdu.post(`/api/cases/${caseId}/indicators`, {
      nameTh: 'จำนวนผู้ได้รับน้ำดื่มสะอาด',
      nameEn: 'People with clean drinking water',
      unitOfMeasure: 'คน',
      direction: 'up',
      kind: 'goal',
      baseline: 0,
      target: 100000,
      aggregation: 'sum',
      trajectory: [],
    });
    expect(defined.status).toBe(201);
    const measured = await uploadFile(pmdu, `/api/cases/${caseId}/measurement-imports`, {
      name: 'people.csv',
      data: `unit_code,indicator_id,period,value\nPH-10,${defined.body.id},2026-12,3000\nPH-50,${defined.body.id},2026-12,1000\n`,
    });
    expect(measured.status).toBe(201);
  });
  afterAll(() => t.close());

  it('gives a Thai template with one row per assigned provincial hall and imports it filled in, totals exact', async () => {
    const template = await downloadFile(pmdu, `/api/cases/${caseId}/budget/template?format=csv&fiscalYear=2570`);
    expect(template.status).toBe(200);
    const [header, ...rows] = parse(template.data, { bom: true }) as string[][];
    expect(header).toEqual(['รหัสจังหวัด', 'จังหวัด', 'รหัสหน่วยงาน', 'หน่วยงาน', 'งบจัดสรร (บาท)', 'ก่อหนี้ผูกพัน (บาท)', 'เบิกจ่าย (บาท)', 'หมายเหตุ']);
    expect(rows).toHaveLength(77);
    expect(rows.map((row) => row[0])).toEqual(provinces.map((p) => p.code).sort());
    const filled = rows.map((row, i) => {
      const a = amountsOf(i);
      return [...row.slice(0, 4), baht(a.allocated), baht(a.committed), baht(a.disbursed), i === 0 ? 'รวมงบกลาง' : ''];
    });
    const imported = await uploadFile(pmdu, importUrl(2570), { name: 'งบ-2570.csv', data: '\uFEFF' + stringify([header!, ...filled]) });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      fiscalYear: 2570,
      lines: 77,
      replaced: 0,
      totals: {
        allocated: sumOf((i) => amountsOf(i).allocated),
        committed: sumOf((i) => amountsOf(i).committed),
        disbursed: sumOf((i) => amountsOf(i).disbursed),
      },
    });

    const budget = await pmdu.get(`/api/cases/${caseId}/budget`);
    expect(budget.status).toBe(200);
    expect(budget.body.canImport).toBe(true);
    expect(budget.body.currentFiscalYear).toBe(2570);
    const year = budget.body.years[0];
    expect(year.fiscalYear).toBe(2570);
    expect(year.lines).toHaveLength(77);
    expect(year.totals).toMatchObject(imported.body.totals);
    expect(year.lines.find((line: { unit: { code: string } }) => line.unit.code === 'PH-50')).toMatchObject({
      province: { code: '50', name: { th: 'เชียงใหม่' } },
    });
    // Disbursed ÷ people helped (3,000 + 1,000 in December 2026, the year's latest month measured).
    expect(year.costPerPerson).toEqual([
      expect.objectContaining({
        unitOfMeasure: 'คน',
        period: '2026-12',
        peopleHelped: 4000,
        costPerPerson: Math.round((year.totals.disbursed * 100) / 4000) / 100,
      }),
    ]);
    const event = await t.db.query<{ data: { lines: number; totals: { allocated: number } } }>(
      `select data from case_events where case_id = $1 and type = 'budget_imported'`,
      [caseId],
    );
    expect(event.rows[0]!.data).toMatchObject({ lines: 77, totals: { allocated: imported.body.totals.allocated } });
  });

  it('imports all 77 provinces from XLSX with English headers, by province code only, formulas by their result', async () => {
    const data = await xlsxOf(
      ['Province code', 'Allocated (baht)', 'Committed', 'Disbursed', 'Note'],
      provinces.map((p, i) => [
        p.code,
        // A formula's result with binary noise, as Excel stores =B2*1.1: read as the 15 digits Excel shows.
        i === 0 ? { formula: 'ROUND(1000000.55,2)', result: amountsOf(0).allocated / 100 + 1e-10 } : amountsOf(i).allocated / 100,
        amountsOf(i).committed / 100,
        amountsOf(i).disbursed / 100,
        p.name_th,
      ]),
    );
    const imported = await uploadFile(pmdu, importUrl(2569), { name: 'budget-2569.xlsx', data });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ fiscalYear: 2569, lines: 77, totals: { allocated: sumOf((i) => amountsOf(i).allocated) } });
    const budget = await pmdu.get(`/api/cases/${caseId}/budget`);
    expect(budget.body.years.map((y: { fiscalYear: number }) => y.fiscalYear)).toEqual([2570, 2569]);
    // FY 2569 (Oct 2025 – Sep 2026) has no measurement: no cost per person is claimed for it.
    expect(budget.body.years[1].costPerPerson).toEqual([]);
  });

  it.each([
    ['a negative amount', '-5000', 'allocated'],
    ['a word for an amount', 'หนึ่งล้าน', 'allocated'],
    ['an unknown province code', '99', 'province_code'],
  ])('refuses the whole file for %s on row 40, naming the row, and writes nothing', async (_what, bad, column) => {
    const before = { lines: await lineCount(), events: await budgetEvents() };
    const rows = provinces.map((p, i) => [p.code, baht(amountsOf(i).allocated), '', '']);
    // Row 40 as the spreadsheet shows it: the header is row 1, so the 39th province.
    rows[38] = column === 'province_code' ? [bad, '1000.00', '', ''] : [rows[38]![0]!, bad, '', ''];
    const refused = await uploadFile(pmdu, importUrl(2570), {
      name: 'bad.csv',
      data: stringify([['province_code', 'allocated', 'committed', 'disbursed'], ...rows]),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation_failed');
    expect(refused.body.error.fields).toEqual([expect.objectContaining({ path: `/rows/40/${column}` })]);
    expect(refused.body.error.fields[0].th).toMatch(/^แถวที่ 40: /);
    expect(refused.body.error.fields[0].en).toMatch(/^Row 40: /);
    expect({ lines: await lineCount(), events: await budgetEvents() }).toEqual(before);
  });

  it('refuses an XLSX file whose row 40 commits more than it was allocated', async () => {
    const data = await xlsxOf(
      ['รหัสจังหวัด', 'งบจัดสรร', 'ก่อหนี้ผูกพัน', 'เบิกจ่าย'],
      provinces.map((p, i) => [p.code, 1000, i === 38 ? 1000.01 : 10, 5]),
    );
    const refused = await uploadFile(pmdu, importUrl(2570), { name: 'over.xlsx', data });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([expect.objectContaining({ path: '/rows/40/committed' })]);
  });

  it('replaces the fiscal year on re-import and leaves other years alone', async () => {
    const imported = await uploadFile(pmdu, importUrl(2570), {
      name: 'แก้ไข.csv',
      data: 'รหัสหน่วยงาน,งบจัดสรร (บาท),ก่อหนี้ผูกพัน (บาท),เบิกจ่าย (บาท)\nPH-50,"1,500,000.50",1000000,750000.25\nPH-10,2000000,,\n',
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      lines: 2,
      replaced: 77,
      totals: { allocated: 3500000.5, committed: 1000000, disbursed: 750000.25 },
    });
    const budget = await pmdu.get(`/api/cases/${caseId}/budget`);
    const [y2570, y2569] = budget.body.years;
    expect(y2570.lines).toHaveLength(2);
    expect(y2570.totals).toEqual({ allocated: 3500000.5, committed: 1000000, disbursed: 750000.25, disbursementRate: 21.4 });
    expect(y2570.costPerPerson[0].costPerPerson).toBe(187.5);
    expect(y2569.lines).toHaveLength(77);
    expect(await budgetEvents()).toBe(3);
  });

  it('lets a provincial hall read the budget but not import it; the case owner side and the delivery unit import', async () => {
    const read = await chiangMaiHall.get(`/api/cases/${caseId}/budget`);
    expect(read.status).toBe(200);
    expect(read.body.canImport).toBe(false);
    expect(read.body.years[0].lines).toHaveLength(2);
    const refused = await uploadFile(chiangMaiHall, importUrl(2570), { name: 'x.csv', data: 'province_code,allocated\n50,1\n' });
    expect(refused.status).toBe(403);
    const missingYear = await uploadFile(pmdu, `/api/cases/${caseId}/budget/import`, {
      name: 'x.csv',
      data: 'province_code,allocated\n50,1\n',
    });
    expect(missingYear.status).toBe(400);
  });
});
