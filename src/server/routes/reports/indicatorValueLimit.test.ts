import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { uploadFile } from '../../../../test/support/files.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { limits } from '../../../shared/limits.ts';

/**
 * Issue 13, item 15: the XLSX bulk update stored -1e15 while the API refused anything beyond ±1e12.
 * One limit (`limits.indicatorValueMax`) now holds for the API, the sheet and the form.
 */
describe.each(testEngines())('one limit for indicator values, whichever way they come (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let pmdu: TestClient;
  let caseId: string;
  let assignmentId: string;
  let indicatorId: string;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-12-10T03:00:00.000Z') });
    const f = new CaseFixtures(t.db, t.clock);
    const made = await f.directive({ to: ['PH-50'] });
    caseId = made.caseId;
    assignmentId = made.assignmentIds['PH-50']!;
    await f.bringTo(assignmentId, 'PH-50', 'acknowledged');
    pmdu = await t.as('delivery_unit', 'PMDU');
    office = await t.as('coordinator', 'PH-50');
    const indicator = { nameTh: 'ผู้ได้รับการดูแล', unitOfMeasure: 'คน', direction: 'up', kind: 'goal', aggregation: 'sum', trajectory: [] };
    const defined = await pmdu.post(`/api/cases/${caseId}/indicators`, { ...indicator, baseline: 0, target: limits.indicatorValueMax });
    expect(defined.status).toBe(201);
    indicatorId = defined.body.id;
    const tooBig = await pmdu.post(`/api/cases/${caseId}/indicators`, { ...indicator, baseline: 0, target: -1e15 });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.code).toBe('validation_failed');
  });
  afterAll(() => t.close());

  async function xlsx(value: number): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('values');
    sheet.addRow(['unit_code', 'indicator_id', 'period', 'value']);
    sheet.addRow(['PH-50', indicatorId, '2026-11', 12]);
    sheet.addRow(['PH-50', indicatorId, '2026-12', value]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('refuses -1e15 in an XLSX sheet, naming the row in Thai and English, and stores nothing', async () => {
    const refused = await uploadFile(office, `/api/cases/${caseId}/measurement-imports`, { name: 'values.xlsx', data: await xlsx(-1e15) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation_failed');
    expect(refused.body.error.fields).toEqual([
      {
        path: '/rows/3/value',
        th: expect.stringMatching(/^แถวที่ 3: ค่า ".+" เกินขอบเขต ต้องอยู่ระหว่าง -1,000,000,000,000 ถึง 1,000,000,000,000$/) as string,
        en: expect.stringMatching(
          /^Row 3: value ".+" is out of range: it must be between -1,000,000,000,000 and 1,000,000,000,000\.$/,
        ) as string,
      },
    ]);
    const stored = await t.db.query<{ n: number }>('select count(*)::int as n from indicator_measurements where indicator_id = $1', [
      indicatorId,
    ]);
    expect(stored.rows[0]!.n).toBe(0);
  });

  it('takes the limit itself from the sheet and from the API alike, and refuses one beyond it from the API', async () => {
    const sheet = await uploadFile(office, `/api/cases/${caseId}/measurement-imports`, {
      name: 'values.xlsx',
      data: await xlsx(-limits.indicatorValueMax),
    });
    expect(sheet.status).toBe(201);
    expect(sheet.body).toMatchObject({ imported: 2 });
    const over = await office.post(`/api/assignments/${assignmentId}/measurements`, { indicatorId, period: '2026-10', value: -1e15 });
    expect(over.status).toBe(400);
    expect(over.body.error.code).toBe('validation_failed');
    const at = await office.post(`/api/assignments/${assignmentId}/measurements`, {
      indicatorId,
      period: '2026-10',
      value: limits.indicatorValueMax,
    });
    expect(at.status).toBe(201);
  });
});
