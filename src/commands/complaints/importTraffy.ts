import type { Database } from '../../db/database.ts';
import { loadBangkokDistricts } from '../../db/reference/districtBoundaries.ts';
import type { Clock } from '../../domain/clock.ts';
import { isAppError } from '../../domain/errors.ts';
import { locateBangkokArea } from '../../domain/complaints/traffy/locateBangkokArea.ts';
import { parseTraffyExport, type TraffyProblem, type TraffyRow } from '../../domain/complaints/traffy/parseTraffyExport.ts';
import { traffyStage, traffyStageTime, type TraffyStage } from '../../domain/complaints/traffy/traffyState.ts';
import { findImportedTickets } from '../../db/queries/traffyImportQueries.ts';
import { advanceTraffyComplaint } from './advanceTraffyComplaint.ts';
import { createComplaint } from './createComplaint.ts';

export interface ImportProgress {
  start(total: number, label: string): void;
  increment(by?: number): void;
  stop(): void;
}

/** The rows of one Traffy state label and what became of them. */
export interface TraffyStateCount {
  /** Traffy's own label, as in the file (เสร็จสิ้น, กำลังดำเนินการ, รอรับเรื่อง ...). */
  state: string;
  /** What Tidtam made of it. */
  stage: TraffyStage;
  rows: number;
  created: number;
  alreadyImported: number;
  /** Complaints moved on to this state (new ones, or imported before at an earlier state). */
  advanced: number;
}

export interface TraffyImportResult {
  rows: number;
  created: number;
  /** Rows imported before (same ticket id): no second complaint was made. */
  alreadyImported: number;
  /** Complaints, new or imported before, moved on to their ticket's state (acknowledged, in progress, resolved). */
  advanced: number;
  /** Rows read, by Tidtam stage: the file's states as the import took them. */
  byStage: Record<TraffyStage, number>;
  /** Rows by the file's state label, most first. */
  states: TraffyStateCount[];
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
 * that district office (สำนักงานเขต). The intake is dated when the ticket was
 * filed, so its `created` event and service-level clock start then. A ticket
 * the district took (กำลังดำเนินการ) or finished (เสร็จสิ้น) is then brought to
 * that state (`advanceTraffyComplaint`), dated at its last activity; a ticket
 * imported before is found by its id and moved on when its state advanced.
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
    advanced: 0,
    byStage: { waiting: 0, in_progress: 0, finished: 0 },
    states: [],
    errors: [...problems],
    locatedBy: {},
    units: {},
  };
  const states = new Map<string, TraffyStateCount>();
  const countOf = (row: TraffyRow): TraffyStateCount => {
    const stage = traffyStage(row.state);
    let count = states.get(row.state);
    if (!count) states.set(row.state, (count = { state: row.state, stage, rows: 0, created: 0, alreadyImported: 0, advanced: 0 }));
    return count;
  };
  for (const row of rows) {
    countOf(row).rows++;
    result.byStage[traffyStage(row.state)]++;
  }
  const imported = await findImportedTickets(
    deps.db,
    rows.map((row) => row.ticketId),
  );
  options.progress?.start(rows.length, 'Traffy');
  const importRow = async (row: TraffyRow): Promise<void> => {
    const count = countOf(row);
    try {
      let caseId = imported.get(row.ticketId);
      if (caseId) {
        result.alreadyImported++;
        count.alreadyImported++;
      } else caseId = await importNew(row, count);
      const moves = await advanceTraffyComplaint(deps.db, {
        caseId,
        ticketId: row.ticketId,
        state: row.state,
        stage: count.stage,
        at: traffyStageTime(row),
      });
      if (moves > 0) {
        result.advanced++;
        count.advanced++;
      }
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
  /** A ticket not seen before becomes a complaint, filed at the ticket's own time; answers its case. */
  const importNew = async (row: TraffyRow, count: TraffyStateCount): Promise<string> => {
    const area = locateBangkokArea(row, districts);
    if (!area) throw new Error(`no Bangkok district for district "${row.district}" and no point`);
    const created = await createComplaint(
      { db: deps.db, clock: { now: () => row.timestamp }, actor: null },
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
    if (created.replayed) {
      result.alreadyImported++;
      count.alreadyImported++;
    } else {
      result.created++;
      count.created++;
    }
    result.locatedBy[area.by] = (result.locatedBy[area.by] ?? 0) + 1;
    result.units[created.unitCode] = (result.units[created.unitCode] ?? 0) + 1;
    return created.caseId;
  };
  // Several rows at once, so that intake writes them together (intakeBatcher.ts): 1,000 rows in about
  // a tenth of the statements. Each row is still its own complaint, written whole or not at all.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < rows.length) await importRow(rows[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(ROWS_AT_ONCE, rows.length) }, worker));
  result.errors.sort((a, b) => a.line - b.line);
  result.states = [...states.values()].sort((a, b) => b.rows - a.rows);
  options.progress?.stop();
  return result;
}
