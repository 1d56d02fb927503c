import type { Database } from '../../db/database.ts';
import { loadBangkokDistricts } from '../../db/reference/districtBoundaries.ts';
import type { Clock } from '../../domain/clock.ts';
import { isAppError } from '../../domain/errors.ts';
import { locateBangkokArea } from '../../domain/complaints/traffy/locateBangkokArea.ts';
import { parseTraffyExport, type TraffyProblem, type TraffyRow } from '../../domain/complaints/traffy/parseTraffyExport.ts';
import { createComplaint } from './createComplaint.ts';

export interface ImportProgress {
  start(total: number, label: string): void;
  increment(by?: number): void;
  stop(): void;
}

export interface TraffyImportResult {
  rows: number;
  created: number;
  /** Rows imported before (same ticket id): nothing new was made. */
  alreadyImported: number;
  errors: TraffyProblem[];
  /** How each row's district was found: the district column, the point, or the nearest Bangkok district. */
  locatedBy: Record<string, number>;
  /** Units the complaints went to, by unit code. */
  units: Record<string, number>;
}

/**
 * A Traffy row's text. Intake wants a few words at least; Traffy has tickets
 * of one word (ขยะ) and anti-corruption reports published without text,
 * which are described by their labels and agencies instead.
 */
function descriptionOf(row: TraffyRow): string {
  const labels = row.labels.length ? row.labels.join(', ') : 'ไม่ระบุประเภท';
  if (row.comment.length >= 5) return row.comment;
  if (row.comment) return `${row.comment} (ประเภทใน Traffy Fondue: ${labels})`;
  const agencies = row.organizations.length ? row.organizations.join(', ') : 'ไม่ระบุ';
  return `เรื่องจาก Traffy Fondue ที่เผยแพร่โดยไม่มีข้อความ (ประเภท: ${labels}; หน่วยงาน: ${agencies}) / A Traffy Fondue report published without its text`;
}

const ROWS_AT_ONCE = 32;

/**
 * Imports a Traffy Fondue export: each ticket becomes a complaint through the
 * same intake as every channel (channel `import`, its original time, the
 * ticket id as external reference and idempotency key, so importing the file
 * again makes nothing twice), placed in its Bangkok district and so routed to
 * that district office (สำนักงานเขต).
 */
export async function importTraffy(
  deps: { db: Database; clock: Clock },
  content: string | Buffer,
  options: { progress?: ImportProgress } = {},
): Promise<TraffyImportResult> {
  const { rows, problems } = parseTraffyExport(content);
  const districts = await loadBangkokDistricts(deps.db);
  const result: TraffyImportResult = {
    rows: rows.length + problems.length,
    created: 0,
    alreadyImported: 0,
    errors: [...problems],
    locatedBy: {},
    units: {},
  };
  options.progress?.start(rows.length, 'Traffy');
  const importRow = async (row: TraffyRow): Promise<void> => {
    try {
      const area = locateBangkokArea(row, districts);
      if (!area) throw new Error(`no Bangkok district for district "${row.district}" and no point`);
      const created = await createComplaint(
        { db: deps.db, clock: deps.clock, actor: null },
        {
          channel: 'import',
          categoryCode: row.codes[0] ?? null,
          description: descriptionOf(row),
          areaCode: area.subdistrictCode ?? area.districtCode,
          location: row.location,
          ...(row.address ? { address: row.address } : {}),
          complainant: null,
          externalRef: row.ticketId,
          idempotencyKey: `traffy:${row.ticketId}`,
          receivedAt: row.timestamp,
          skipDuplicateCheck: true,
        },
      );
      if (created.replayed) result.alreadyImported++;
      else result.created++;
      result.locatedBy[area.by] = (result.locatedBy[area.by] ?? 0) + 1;
      result.units[created.unitCode] = (result.units[created.unitCode] ?? 0) + 1;
    } catch (error) {
      const fields = isAppError(error) ? error.fields.map((field) => ` ${field.path}: ${field.en}`).join(';') : '';
      result.errors.push({
        line: row.line,
        ticketId: row.ticketId,
        problem: `${error instanceof Error ? error.message : String(error)}${fields}`,
      });
    }
    options.progress?.increment();
  };
  // Several rows at once, so that intake writes them together (intakeBatcher.ts): 1,000 rows in about
  // a tenth of the statements. Each row is still its own complaint, written whole or not at all.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < rows.length) await importRow(rows[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(ROWS_AT_ONCE, rows.length) }, worker));
  result.errors.sort((a, b) => a.line - b.line);
  options.progress?.stop();
  return result;
}
