import type { Confidence, Rag } from '../../domain/reports/ratings.ts';
import type { Queryable } from '../database.ts';

export interface ProgressReportRow {
  id: string;
  case_id: string;
  assignment_id: string;
  unit_id: string;
  unit_code: string;
  unit_name_th: string;
  unit_name_en: string | null;
  period: string;
  aim: string;
  approach: string;
  working_evidence: string;
  changes: string;
  centre_help: string;
  rag: Rag;
  confidence: Confidence;
  blockers: string;
  help_needed: boolean;
  event_id: number;
  created_at: Date;
}

export interface NewProgressReport {
  caseId: string;
  assignmentId: string;
  unitId: string;
  period: string;
  aim: string;
  approach: string;
  workingEvidence: string;
  changes: string;
  centreHelp: string;
  rag: Rag;
  confidence: Confidence;
  blockers: string;
  helpNeeded: boolean;
  eventId: number;
  reportedBy: string;
  now: Date;
}

export async function insertProgressReport(db: Queryable, input: NewProgressReport): Promise<string> {
  const result = await db.query<{ id: string }>(
    `insert into progress_reports (case_id, assignment_id, unit_id, period, aim, approach, working_evidence, changes, centre_help,
                                   rag, confidence, blockers, help_needed, event_id, reported_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) returning id`,
    [
      input.caseId,
      input.assignmentId,
      input.unitId,
      input.period,
      input.aim,
      input.approach,
      input.workingEvidence,
      input.changes,
      input.centreHelp,
      input.rag,
      input.confidence,
      input.blockers,
      input.helpNeeded,
      input.eventId,
      input.reportedBy,
      input.now,
    ],
  );
  return result.rows[0]!.id;
}

const REPORT_COLUMNS = `r.id, r.case_id, r.assignment_id, r.unit_id, u.code as unit_code, u.name_th as unit_name_th, u.name_en as unit_name_en,
  r.period, r.aim, r.approach, r.working_evidence, r.changes, r.centre_help, r.rag, r.confidence, r.blockers, r.help_needed,
  r.event_id, r.created_at`;

/** A case's reports, newest first. */
export async function listCaseReports(db: Queryable, caseId: string, limit = 200): Promise<ProgressReportRow[]> {
  const result = await db.query<ProgressReportRow>(
    `select ${REPORT_COLUMNS} from progress_reports r join units u on u.id = r.unit_id
      where r.case_id = $1 order by r.event_id desc limit $2`,
    [caseId, limit],
  );
  return result.rows;
}

export async function setReportCycle(db: Queryable, caseId: string, cycleMonths: number): Promise<void> {
  await db.query(
    `insert into report_cycles (case_id, cycle_months) values ($1, $2)
     on conflict (case_id) do update set cycle_months = excluded.cycle_months`,
    [caseId, cycleMonths],
  );
}
