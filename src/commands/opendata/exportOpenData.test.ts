import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../../test/support/caseFixtures.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import type { Database } from '../../db/database.ts';
import { readOpenDataFileChunks } from '../../db/queries/openDataFileStore.ts';
import { ManualClock } from '../../domain/clock.ts';
import { OPEN_DATASETS } from '../../domain/opendata/openDatasets.ts';
import { exportMissingOpenDataJob } from '../../jobs/exportOpenDataJob.ts';
import { foldComplaintStatistics } from '../../jobs/foldComplaintStatistics.ts';
import { createComplaint, type ComplaintIntake } from '../complaints/createComplaint.ts';
import { exportOpenData } from './exportOpenData.ts';

/** Personal data planted in the fixtures, as people write it, and the digits that must never show again. */
const phones = ['(081) 234 5678', '+66 82 345 6789', '๐๘๓-๔๕๖-๗๘๙๐', '0-2987-6543', '3 1005 01234 56 7'];
const secretDigits = ['812345678', '823456789', '834567890', '29876543', '3100501234567', '899990011', '1103700123458'];
const secretStrings = ['สมชาย', 'ใจดีเด่น', 'มาลีวรรณ', 'somchai.jaidee', 'contact.person', 'ผู้ร้องเรียนลับ', 'ซอยสุขสำราญเจ็ด', 'วิชัยยุทธ'];
const POINT = { lat: 13.7456789, lon: 100.5341234 };
const planted =
  `นายสมชาย ใจดีเด่น โทร ${phones[0]} หรือ ${phones[1]} แจ้งว่าถนนหน้าบ้านเป็นหลุม อีเมล somchai.jaidee@example.com ` +
  `เลขบัตร ${phones[4]} ติดต่อ น.ส.มาลีวรรณ ${phones[2]} สำนักงาน ${phones[3]}`;

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
/** What personal data a file shows (empty when none); the detectors do not use the masking code. */
function leaks(text: string): string[] {
  const stream = text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d))).replace(/[^\p{L}\p{N}]/gu, '');
  const found = secretDigits.filter((digits) => [...Array(digits.length - 6).keys()].some((i) => stream.includes(digits.slice(i, i + 7))));
  found.push(...secretStrings.filter((s) => text.toLowerCase().includes(s.toLowerCase())));
  if (/13\.7456|100\.5341/.test(text)) found.push('exact point');
  return found;
}

async function bytesOf(db: Database, fileId: string): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of readOpenDataFileChunks(db, fileId)) pieces.push(piece);
  return Buffer.concat(pieces);
}

async function xlsxRows(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1))));
  return rows;
}

describe.each(testEngines())('exportOpenData (%s)', (engine) => {
  let db: Database;
  const clock = new ManualClock('2026-03-02T02:00:00Z');
  let mergedPublicId: string;
  let trackingCodes: string[];

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    const area = await db.query<{ code: string }>(
      `select code from areas where level = 'subdistrict' and parent_code = '1007' order by code limit 1`,
    );
    const base: ComplaintIntake = {
      channel: 'web',
      categoryCode: 'roads',
      description: '',
      areaCode: area.rows[0]!.code,
      location: POINT,
      complainant: null,
    };
    const ctx = { db, clock, actor: null };
    const created = [
      await createComplaint(ctx, {
        ...base,
        description: planted,
        address: 'บ้านเลขที่ 99/123 ซอยสุขสำราญเจ็ด',
        complainant: { name: 'ผู้ร้องเรียนลับ', email: 'contact.person@example.net', phone: '0899990011', citizenId: '1103700123458' },
      }),
    ];
    for (let i = 0; i < 6; i++) {
      clock.advanceMs(60_000);
      created.push(await createComplaint(ctx, { ...base, description: `ถนนชำรุดจุดที่ ${i + 1} ใกล้ตลาด`, skipDuplicateCheck: true }));
    }
    for (let i = 0; i < 2; i++) {
      created.push(
        await createComplaint(ctx, { ...base, categoryCode: 'street_lights', description: `ไฟดับเสาที่ ${i + 1}`, location: null }),
      );
    }
    const merged = await createComplaint(ctx, { ...base, description: 'ถนนชำรุดซ้ำ', skipDuplicateCheck: true });
    await db.query('update complaints set merged_into = $2 where case_id = $1', [merged.caseId, created[1]!.caseId]);
    mergedPublicId = merged.publicId;
    trackingCodes = [...created, merged].map((c) => c.trackingCode);

    const cases = new CaseFixtures(db, clock);
    const published = await cases.directive({ to: ['PH-50'], title: 'ลดอุบัติเหตุทางถนน', body: `ประสานนพ.วิชัยยุทธ ${phones[0]}` });
    const hidden = await cases.directive({ to: ['PH-52'], title: 'เรื่องที่ยังไม่เผยแพร่' });
    await db.query('update cases set published_at = $2 where id = $1', [published.caseId, clock.now()]);
    for (const { caseId } of [published, hidden]) {
      const indicator = await db.query<{ id: string }>(
        `insert into indicators (case_id, name_th, unit_of_measure, direction, kind, baseline, target, aggregation, trajectory, created_at)
         values ($1, 'จำนวนอุบัติเหตุ', 'ครั้ง', 'down', 'goal', 100, 50, 'sum', '[{"period":"2026-02","value":90}]', $2) returning id`,
        [caseId, clock.now()],
      );
      const event = await db.query<{ id: number }>(
        `insert into case_events (case_id, type, created_at) values ($1, 'measurement_recorded', $2) returning id`,
        [caseId, clock.now()],
      );
      const unit = await db.query<{ id: string }>(`select id from units where code = 'PH-50'`);
      await db.query(
        `insert into indicator_measurements (indicator_id, unit_id, period, value, event_id, recorded_at) values ($1, $2, '2026-02', 88, $3, $4)`,
        [indicator.rows[0]!.id, unit.rows[0]!.id, event.rows[0]!.id, clock.now()],
      );
      await db.query(
        `insert into budget_lines (case_id, fiscal_year, unit_id, allocated, committed, disbursed, note, source_file, source_row, event_id, imported_at)
         values ($1, 2569, $2, 1000000.50, 500000, 250000.25, $3, 'budget.csv', 2, $4, $5)`,
        [caseId, unit.rows[0]!.id, `ผู้ประสาน คุณสมชาย ${phones[1]}`, event.rows[0]!.id, clock.now()],
      );
    }
    await foldComplaintStatistics({ db, clock });
  });
  afterAll(() => db.close());

  it('writes every table of every dataset in each format, and every file holds the rows its row count says', async () => {
    const result = await exportOpenData({ db, clock, batch: 3 });
    const files = await db.query<{
      id: string;
      dataset: string;
      table_name: string;
      format: string;
      row_count: string;
      media_type: string;
    }>('select id, dataset, table_name, format, row_count::text, media_type from open_data_files order by dataset, table_name, format');
    const expected = OPEN_DATASETS.flatMap((d) =>
      d.tables.flatMap((t) => ['csv', 'dictionary_csv', 'json', 'xlsx'].map((f) => `${d.name}/${t.name}/${f}`)),
    );
    expect(files.rows.map((f) => `${f.dataset}/${f.table_name}/${f.format}`).sort()).toEqual(expected.sort());
    expect(result.files).toBe(expected.length);
    for (const file of files.rows) {
      const bytes = await bytesOf(db, file.id);
      const where = `${file.dataset}/${file.table_name}.${file.format}`;
      const fields = OPEN_DATASETS.find((d) => d.name === file.dataset)!.tables.find((t) => t.name === file.table_name)!.fields;
      let records: unknown[][];
      if (file.format === 'csv' || file.format === 'dictionary_csv') {
        expect([...bytes.subarray(0, 3)], `${where} starts with a BOM`).toEqual([0xef, 0xbb, 0xbf]);
        expect(file.media_type).toBe('text/csv');
        records = parse(bytes, { bom: true }).slice(1);
        if (file.format === 'csv') expect(parse(bytes, { bom: true, to: 1 })[0]).toEqual(fields.map((f) => f.name));
        else expect(records.map((r) => r[0])).toEqual(fields.map((f) => f.name));
      } else if (file.format === 'json') {
        const objects = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>[];
        for (const object of objects) expect(Object.keys(object)).toEqual(fields.map((f) => f.name));
        records = objects.map((o) => Object.values(o));
      } else {
        const rows = await xlsxRows(bytes);
        expect(rows[0]).toEqual(fields.map((f) => f.name));
        records = rows.slice(1);
      }
      expect(records.length, where).toBe(Number(file.row_count));
      expect(leaks(bytes.toString('utf8')), where).toEqual([]);
      for (const code of trackingCodes) expect(bytes.toString('utf8'), where).not.toContain(code);
    }
    expect(result.rows['complaints/complaints']).toBe(9);
    expect(result.rows['policies/policies']).toBe(1);
    expect(result.rows['policies/measurements']).toBe(1);
    expect(result.rows['policies/budget']).toBe(1);
  });

  it('anonymises complaints: masked text, rounded point, public id only, merged ones left out', async () => {
    const file = await db.query<{ id: string }>(`select id from open_data_files where dataset = 'complaints' and format = 'json'`);
    const rows = JSON.parse((await bytesOf(db, file.rows[0]!.id)).toString('utf8')) as Record<string, unknown>[];
    expect(rows.map((r) => r['public_id'])).not.toContain(mergedPublicId);
    const first = rows.find((r) => String(r['description']).includes('หลุม'))!;
    expect(first['latitude']).toBe(13.746);
    expect(first['longitude']).toBe(100.534);
    expect(first['district']).not.toBe('');
    expect(String(first['received_at'])).toMatch(/^2026-03-02T09:00:00\+07:00$/);
  });

  it('suppresses every statistics cell under 5 and keeps larger ones', async () => {
    const file = await db.query<{ id: string }>(`select id from open_data_files where dataset = 'complaint-statistics' and format = 'csv'`);
    const rows = parse(await bytesOf(db, file.rows[0]!.id), { bom: true, columns: true }) as Record<string, string>[];
    const cell = (category: string) => rows.find((r) => r['category'] === category)!;
    expect(cell('roads')['received']).toBe('7');
    expect(cell('roads')['resolved']).toBe('');
    expect(cell('street_lights')['received']).toBe('');
    for (const row of rows)
      for (const column of ['received', 'resolved']) expect(row[column] === '' || Number(row[column]) >= 5).toBe(true);
  });

  it('keeps a file and its modification time when its rows did not change, and writes only the missing on a first run', async () => {
    const before = await db.query<{ id: string; modified_at: Date }>(
      `select id, modified_at from open_data_files where dataset = 'units' and format = 'csv'`,
    );
    clock.advanceMs(86_400_000);
    const again = await exportOpenData({ db, clock, datasets: ['units'] });
    const after = await db.query<{ id: string; modified_at: Date }>(
      `select id, modified_at from open_data_files where dataset = 'units' and format = 'csv'`,
    );
    expect(again.changed).toBe(0);
    expect(after.rows[0]!.modified_at.toISOString()).toBe(before.rows[0]!.modified_at.toISOString());
    const xlsx = await db.query<{ modified_at: Date }>(
      `select modified_at from open_data_files where dataset = 'units' and format = 'xlsx'`,
    );
    expect(xlsx.rows[0]!.modified_at.toISOString()).toBe(before.rows[0]!.modified_at.toISOString());
    expect((await exportOpenData({ db, clock, onlyMissing: true })).files).toBe(0);
    expect(await exportMissingOpenDataJob({ db, clock })).toEqual({ missing: 0 });
    await db.query(`delete from open_data_files where dataset = 'units'`);
    const missing = await exportMissingOpenDataJob({ db, clock });
    expect(Object.keys('rows' in missing ? missing.rows : {})).toEqual(['units/units']);
  });
});
