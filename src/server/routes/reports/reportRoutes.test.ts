import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../../../commands/delivery/createGroup.ts';
import { readDeliveryPicture } from '../../../commands/reports/readDeliveryPicture.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { downloadFile, uploadFile } from '../../../../test/support/files.ts';
import { days } from '../../../shared/thaiTime.ts';

/**
 * Seed 002 in the API: the delivery unit's single-mother clinic policy goes to
 * Social Development and Human Security, which passes it to its 77 provincial
 * offices (พมจ.). Offices report progress (one asks for help), the delivery
 * unit defines an outcome indicator, 77 measurements arrive in one file, a bad
 * file is refused whole, and the stocktake pack prints Thai as entered.
 */
describe.each(testEngines())('progress reports, indicators, bulk import and stocktakes (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  let ministry: TestClient;
  let chiangMaiOffice: TestClient;
  let lampangOffice: TestClient;
  let caseId: string;
  let indicatorId: string;
  const officeAssignment: Record<string, string> = {};
  const title = 'ศูนย์ดูแลแม่เลี้ยงเดี่ยวครบทุกจังหวัด';

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-12-10T03:00:00.000Z') });
    pmdu = await t.as('delivery_unit', 'PMDU');
    ministry = await t.as('coordinator', 'MSDHS');
    chiangMaiOffice = await t.as('officer', 'MSDHS-P-50');
    lampangOffice = await t.as('officer', 'MSDHS-P-52');
    const created = await pmdu.post('/api/cases', {
      kind: 'policy',
      title,
      body: 'เปิดศูนย์ดูแลแม่เลี้ยงเดี่ยวและจัดหาน้ำดื่มสะอาด ดำเนินการให้ครบทุกจังหวัด',
      assignments: [{ targets: { unitCodes: ['MSDHS'] }, role: 'lead' }],
    });
    expect(created.status).toBe(201);
    caseId = created.body.case.id;
    const ministryAssignment = created.body.assignments[0].id;
    expect((await ministry.post(`/api/assignments/${ministryAssignment}/acknowledge`, {})).status).toBe(200);
    const cascaded = await ministry.post(`/api/assignments/${ministryAssignment}/cascade`, { targets: { kind: 'provincial_office' } });
    expect(cascaded.status).toBe(201);
    expect(cascaded.body.created).toHaveLength(77);
    const rows = await t.db.query<{ id: string; code: string }>(
      'select a.id, u.code from assignments a join units u on u.id = a.unit_id where a.case_id = $1',
      [caseId],
    );
    for (const row of rows.rows) officeAssignment[row.code] = row.id;
  });
  afterAll(() => t.close());

  const report = (helpNeeded: boolean, extra: Record<string, unknown> = {}) => ({
    aim: 'ให้แม่เลี้ยงเดี่ยวทุกคนในจังหวัดเข้าถึงศูนย์ดูแล',
    approach: 'ลงพื้นที่ร่วมกับ อสม. และเปิดศูนย์ในโรงพยาบาลชุมชน',
    workingEvidence: 'จำนวนผู้มารับบริการเพิ่มขึ้นทุกสัปดาห์',
    changes: 'ขยายเวลาเปิดศูนย์ในวันหยุด',
    centreHelp: helpNeeded ? 'ขอให้ส่วนกลางจัดสรรงบประมาณเพิ่ม' : '',
    rag: helpNeeded ? 'red' : 'green',
    confidence: helpNeeded ? 'amber_red' : 'green',
    blockers: helpNeeded ? 'ขาดแคลนน้ำประปาในพื้นที่สูง ดำเนินการล่าช้า' : '',
    helpNeeded,
    ...extra,
  });

  it('takes an office report with evidence, asking for help, and puts it in the delivery unit inbox', async () => {
    const id = officeAssignment['MSDHS-P-50']!;
    const notYet = await chiangMaiOffice.post(`/api/assignments/${id}/reports`, report(true));
    // An office reports only on work it has acknowledged.
    expect(notYet.status).toBe(409);
    expect((await chiangMaiOffice.post(`/api/assignments/${id}/acknowledge`, {})).status).toBe(200);
    const evidence = await uploadFile(chiangMaiOffice, '/api/attachments', { name: 'รายงาน.txt', data: 'ภาพถ่ายการลงพื้นที่\n' });
    expect(evidence.status).toBe(201);
    const filed = await chiangMaiOffice.post(`/api/assignments/${id}/reports`, report(true, { attachmentIds: [evidence.body.id] }));
    expect(filed.status).toBe(201);
    // Another unit cannot report for Chiang Mai's office.
    expect((await lampangOffice.post(`/api/assignments/${id}/reports`, report(false))).status).toBe(403);
    expect((await pmdu.post(`/api/assignments/${id}/reports`, report(false))).status).toBe(403);

    const inbox = await pmdu.get('/api/inbox');
    const help = inbox.body.items.filter((item: { waitingFor: string; case: { id: string } }) => item.waitingFor === 'help');
    expect(help).toHaveLength(1);
    expect(help[0].case.id).toBe(caseId);
    expect(help[0].assignment.unit.code).toBe('MSDHS-P-50');

    const events = await pmdu.get(`/api/cases/${caseId}/events`);
    const event = events.body.items.find((e: { type: string }) => e.type === 'progress_report_filed');
    expect(event.data).toMatchObject({ rag: 'red', confidence: 'amber_red', helpNeeded: true, period: '2026-12' });
    const detail = await pmdu.get(`/api/cases/${caseId}`);
    expect(detail.body.attachments.map((a: { id: string }) => a.id)).toContain(evidence.body.id);
  });

  it('shows the policy in the overview with its RAG, confidence, reach and the call for help; others may not see the overview', async () => {
    const overview = await pmdu.get('/api/delivery/overview');
    expect(overview.status).toBe(200);
    const item = overview.body.items.find((i: { case: { id: string } }) => i.case.id === caseId);
    // The ministry and Chiang Mai's office acknowledged, of 78 units.
    expect(item.summary).toMatchObject({
      assigned: 78,
      acknowledged: 2,
      reachPercent: 2,
      rag: 'red',
      confidence: 'amber_red',
      helpNeeded: 1,
      stale: 0,
    });
    expect((await ministry.get('/api/delivery/overview')).status).toBe(403);
  });

  it('clears the call for help when the office reports again without it', async () => {
    const id = officeAssignment['MSDHS-P-50']!;
    t.clock.advanceDays(0.01);
    expect((await chiangMaiOffice.post(`/api/assignments/${id}/reports`, report(false))).status).toBe(201);
    const inbox = await pmdu.get('/api/inbox');
    expect(inbox.body.items.filter((item: { waitingFor: string }) => item.waitingFor === 'help')).toHaveLength(0);
    expect((await chiangMaiOffice.post(`/api/assignments/${id}/reports`, report(true))).status).toBe(201);
  });

  it('lets the owner side define an indicator, and an office report its value', async () => {
    const refused = await ministry.post(`/api/cases/${caseId}/indicators`, {
      nameTh: 'x',
      unitOfMeasure: 'คน',
      direction: 'up',
      kind: 'goal',
      baseline: 0,
      target: 1,
      aggregation: 'sum',
      trajectory: [],
    });
    expect(refused.status).toBe(403);
    const defined = await pmdu.post(`/api/cases/${caseId}/indicators`, {
      nameTh: 'จำนวนแม่เลี้ยงเดี่ยวที่ได้รับการดูแล',
      nameEn: 'Single mothers supported',
      unitOfMeasure: 'คน',
      direction: 'up',
      kind: 'goal',
      baseline: 0,
      target: 20000,
      targetDate: '2027-09-30',
      aggregation: 'sum',
      trajectory: [
        { period: '2026-12', value: 4000 },
        { period: '2027-09', value: 20000 },
      ],
    });
    expect(defined.status).toBe(201);
    indicatorId = defined.body.id;
    const measured = await chiangMaiOffice.post(`/api/assignments/${officeAssignment['MSDHS-P-50']}/measurements`, {
      indicatorId,
      period: '2026-12',
      value: 120,
    });
    expect(measured.status).toBe(201);
    const picture = await pmdu.get(`/api/cases/${caseId}/delivery`);
    expect(picture.status).toBe(200);
    const december = picture.body.indicators[0].series.find((s: { period: string }) => s.period === '2026-12');
    expect(december).toMatchObject({ planned: 4000, actual: 120, rag: 'red' });
  });

  /** The ministry downloads the template and fills in every office's value: office number i reports 50 + i. */
  async function filledTemplate(): Promise<{ header: string[]; rows: string[][] }> {
    const template = await ministry.get(`/api/cases/${caseId}/measurement-template?format=csv&period=2026-12`);
    expect(template.status).toBe(200);
    expect(String(template.headers['content-type'])).toContain('text/csv');
    const [header, ...rows] = parse(String(template.body), { bom: true }) as string[][];
    return { header: header!, rows: rows.map((row, i) => row.map((cell, c) => (header![c] === 'value' ? String(50 + i) : cell))) };
  }

  async function snapshot() {
    const counts = await t.db.query<{ measurements: number; events: number; sum: number | null }>(
      `select (select count(*) from indicator_measurements) as measurements, (select count(*) from case_events) as events,
              (select sum(value) from indicator_measurements) as sum`,
    );
    const rows = await t.db.query(
      'select indicator_id, unit_id, period, value, event_id from indicator_measurements order by unit_id, period',
    );
    return { counts: counts.rows[0], rows: rows.rows };
  }

  it('refuses a 77-row file with one bad row whole, naming the row, and changes nothing', async () => {
    const { header, rows } = await filledTemplate();
    // The ministry's own row is in the template too: 78 units hold the policy; the file is the 77 offices.
    const offices = rows.filter((row) => row[0]!.startsWith('MSDHS-P-'));
    expect(offices).toHaveLength(77);
    const bad = offices.map((row) => [...row]);
    bad[39]![header.indexOf('value')] = 'สี่สิบ';
    const before = await snapshot();
    const refused = await uploadFile(ministry, `/api/cases/${caseId}/measurement-imports`, {
      name: 'bad.csv',
      data: stringify([header, ...bad]),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      { path: '/rows/41/value', th: 'แถวที่ 41: ค่า "สี่สิบ" ไม่ใช่ตัวเลข', en: 'Row 41: value "สี่สิบ" is not a number.' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('imports the 77 offices’ measurements from one CSV file, and rolls them up', async () => {
    const { header, rows } = await filledTemplate();
    const offices = rows.filter((row) => row[0]!.startsWith('MSDHS-P-'));
    const imported = await uploadFile(ministry, `/api/cases/${caseId}/measurement-imports`, {
      name: 'offices.csv',
      data: stringify([header, ...offices]),
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ imported: 77, skipped: 0 });
    const expectedSum = offices.reduce((total, row) => total + Number(row[header.indexOf('value')]), 0);
    expect(expectedSum).toBeGreaterThan(77 * 50);
    const picture = await pmdu.get(`/api/cases/${caseId}/delivery`);
    const indicator = picture.body.indicators[0];
    expect(indicator.series.find((s: { period: string }) => s.period === '2026-12').actual).toBe(expectedSum);
    const ministryRow = indicator.byUnit.find((row: { unit: { code: string } }) => row.unit.code === 'MSDHS');
    expect(ministryRow.value).toBe(expectedSum);
    expect(indicator.byZone.length).toBeGreaterThan(0);
    const zoneTotal = indicator.byZone.reduce((total: number, zone: { value: number }) => total + zone.value, 0);
    // Every province is in exactly one inspection zone (Bangkok included), so the zones add up to the whole.
    expect(zoneTotal).toBe(expectedSum);
  });

  it('imports an XLSX file filled in a spreadsheet, and refuses rows for units outside the importer', async () => {
    const template = await downloadFile(chiangMaiOffice, `/api/cases/${caseId}/measurement-template?format=xlsx&period=2027-01`);
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.data as unknown as ArrayBuffer);
    // The office's template has its own row only.
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    sheet.getRow(2).getCell(7).value = 130;
    sheet.addRow(['MSDHS-P-52', '', indicatorId, '', '', '2027-01', 99]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const refused = await uploadFile(chiangMaiOffice, `/api/cases/${caseId}/measurement-imports`, { name: 'cm.xlsx', data: file });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['/rows/3/unit_code']);
    sheet.spliceRows(3, 1);
    const ok = await uploadFile(chiangMaiOffice, `/api/cases/${caseId}/measurement-imports`, {
      name: 'cm.xlsx',
      data: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    expect(ok.status).toBe(201);
    expect(ok.body.imported).toBe(1);
  });

  it('counts a unit as stale once a cycle passes without its report, whatever it said', async () => {
    const actor = pmdu.staff!.actor;
    const now = await readDeliveryPicture({ db: t.db, clock: t.clock, actor }, caseId);
    expect(now.summary.stale).toBe(0);
    const laterClock = new ManualClock(new Date(t.clock.now().getTime() + days(32)));
    const later = await readDeliveryPicture({ db: t.db, clock: laterClock, actor }, caseId);
    expect(later.summary.stale).toBe(78);
    expect(later.units.find((u) => u.unit_code === 'MSDHS-P-50')).toMatchObject({ stale: true, report_rag: 'red' });
  });

  it('records a stocktake decision and turns it into a follow-up directive', async () => {
    const decided = await pmdu.post(`/api/cases/${caseId}/decisions`, { text: 'เร่งจัดหาน้ำประปาให้ศูนย์ในพื้นที่สูง' });
    expect(decided.status).toBe(201);
    expect((await ministry.post(`/api/cases/${caseId}/decisions`, { text: 'ไม่ควรบันทึกได้' })).status).toBe(403);
    const followUp = await pmdu.post(`/api/decisions/${decided.body.decisionId}/follow-up`, {
      title: 'เร่งจัดหาน้ำประปาให้ศูนย์ดูแลแม่เลี้ยงเดี่ยว',
      unitCodes: ['MSDHS'],
      dueDate: '2027-01-31',
    });
    expect(followUp.status).toBe(201);
    expect((await pmdu.post(`/api/decisions/${decided.body.decisionId}/follow-up`, { title: 'ซ้ำ', unitCodes: [] })).status).toBe(409);
    const directive = await pmdu.get(`/api/cases/${followUp.body.id}`);
    expect(directive.body.case.kind).toBe('directive');
    expect(directive.body.case.details).toMatchObject({ followUpOf: { caseId, decisionId: decided.body.decisionId } });
    const picture = await pmdu.get(`/api/cases/${caseId}/delivery`);
    expect(picture.body.decisions[0]).toMatchObject({ followUp: { id: followUp.body.id, ref: followUp.body.ref } });
  });

  it('prints the stocktake pack to PDF with the Thai words exactly as entered and a Buddhist-era year', async () => {
    const pdf = await downloadFile(pmdu, `/api/stocktake?caseIds=${caseId}&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const folder = mkdtempSync(path.join(tmpdir(), 'stocktake-'));
    const file = path.join(folder, 'stocktake.pdf');
    writeFileSync(file, pdf.data);
    // Lines wrap where the page is narrow: read the text as one line.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of [title, 'ขาดแคลนน้ำประปาในพื้นที่สูง ดำเนินการล่าช้า', 'เร่งจัดหาน้ำประปาให้ศูนย์ในพื้นที่สูง', 'จำนวนแม่เลี้ยงเดี่ยวที่ได้รับการดูแล']) {
      expect(text).toContain(words);
    }
    // Chiang Mai's office reported the same blocker twice: the pack shows its latest report's blockers once.
    expect(text.split('ขาดแคลนน้ำประปาในพื้นที่สูง').length - 1).toBe(1);
    expect(text).toMatch(/2569/);
    expect(text).not.toMatch(/2026/);
    const xlsx = await downloadFile(pmdu, `/api/stocktake?caseIds=${caseId}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(2).value).toBe(title);
    expect((await lampangOffice.get(`/api/stocktake?caseIds=${caseId}&format=xlsx`)).status).toBe(200);
    expect((await t.as('officer', 'PH-52').then((c) => c.get(`/api/stocktake?caseIds=${caseId}&format=xlsx`))).status).toBe(404);
  });

  it('makes the pack for an integrated group: its policies the reader may read', async () => {
    const groupId = await createGroup(
      { db: t.db, clock: t.clock, actor: pmdu.staff!.actor },
      {
        nameTh: 'กลุ่มบูรณาการดูแลแม่และเด็ก',
        nameEn: null,
        goalTh: 'แม่และเด็กทุกคนได้รับการดูแล',
        goalEn: null,
        reportDueOn: null,
        leadUnitCodes: ['MSDHS'],
        memberUnitCodes: [],
      },
    );
    await t.db.query('update cases set group_id = $1 where id = $2', [groupId, caseId]);
    const pack = await downloadFile(pmdu, `/api/stocktake?groupId=${groupId}&format=xlsx`);
    expect(pack.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(pack.data as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(2).value).toBe(title);
    const outsider = await t.as('officer', 'PH-52');
    expect((await outsider.get(`/api/stocktake?groupId=${groupId}&format=xlsx`)).status).toBe(404);
  });
});
