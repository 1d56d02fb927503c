import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { downloadFile, uploadFile } from '../../../../test/support/files.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

const hyperlink = '=HYPERLINK("http://x","y")';
const dde = "=cmd|' /C calc'!A0";
const formulaLead = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const plainNumber = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Issue 9, finding 5: an indicator named like a formula was written into the
 * bulk-update CSV as it was, so opening the template in a spreadsheet ran it.
 */
describe.each(testEngines())('the measurement template against formula injection (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-12-10T03:00:00.000Z') });
    const f = new CaseFixtures(t.db, t.clock);
    const made = await f.directive({ to: ['PH-50'] });
    caseId = made.caseId;
    await f.bringTo(made.assignmentIds['PH-50']!, 'PH-50', 'acknowledged');
    const pmdu = await t.as('delivery_unit', 'PMDU');
    for (const [nameTh, unitOfMeasure] of [
      [hyperlink, '@SUM(A1)'],
      [dde, '+1+cmd|x'],
    ]) {
      const defined = await pmdu.post(`/api/cases/${caseId}/indicators`, {
        nameTh,
        unitOfMeasure,
        direction: 'up',
        kind: 'goal',
        baseline: 0,
        target: 100,
        aggregation: 'sum',
        trajectory: [],
      });
      expect(defined.status).toBe(201);
    }
    office = await t.as('coordinator', 'PH-50');
  });
  afterAll(() => t.close());

  const csvTemplate = async () => {
    const template = await downloadFile(office, `/api/cases/${caseId}/measurement-template?format=csv&period=2026-12`);
    expect(template.status).toBe(200);
    return parse(template.data, { bom: true }) as string[][];
  };

  it('writes formula-like names as text, and a re-imported template still works, negative values included', async () => {
    const [header, ...rows] = await csvTemplate();
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[column('indicator_name')]).sort()).toEqual([`'${dde}`, `'${hyperlink}`].sort());
    expect(rows.map((row) => row[column('unit_of_measure')]).sort()).toEqual(["'+1+cmd|x", "'@SUM(A1)"]);
    for (const cell of rows.flat()) expect(formulaLead.test(cell) && !plainNumber.test(cell), cell).toBe(false);

    // The office fills in the file it downloaded (quotes and all) and sends it back.
    for (const row of rows) row[column('value')] = row[column('indicator_name')] === `'${hyperlink}` ? '-5' : '12.5';
    const imported = await uploadFile(office, `/api/cases/${caseId}/measurement-imports`, {
      name: 'filled.csv',
      data: stringify([header!, ...rows]),
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ imported: 2, skipped: 0 });

    // The next template carries the stored values; a negative number stays a number, not quoted text.
    const [, ...again] = await csvTemplate();
    const values = Object.fromEntries(again.map((row) => [row[column('indicator_name')], row[column('value')]]));
    expect(values).toEqual({ [`'${hyperlink}`]: '-5', [`'${dde}`]: '12.5' });
  });

  it('writes the same names into XLSX as string cells, never as formulas', async () => {
    const template = await downloadFile(office, `/api/cases/${caseId}/measurement-template?format=xlsx&period=2026-12`);
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.data as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const names: string[] = [];
    sheet.eachRow((row, rowNumber) => {
      row.eachCell((cell) => expect(cell.type, `${cell.address} ${String(cell.value)}`).not.toBe(ExcelJS.ValueType.Formula));
      if (rowNumber > 1) names.push(String(row.getCell(4).value));
    });
    expect(names.sort()).toEqual([dde, hyperlink].sort());
    expect(sheet.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.String);
  });
});
