import type { Confidence, Rag } from '../../domain/reports/ratings.ts';
import { deliveryKinds } from '../../shared/caseKinds.ts';
import type { Queryable } from '../database.ts';

/** The delivery kinds as SQL literals, written into the statement so its text (and plan) stays what it was; the list is constant. */
const DELIVERY_KINDS_SQL = deliveryKinds.map((kind) => `'${kind}'`).join(', ');

/** One assignment with its unit, its latest progress report and its latest progress note. */
export interface StandingRow {
  case_id: string;
  assignment_id: string;
  parent_id: string | null;
  unit_id: string;
  unit_code: string;
  unit_name_th: string;
  unit_name_en: string | null;
  unit_path: string;
  status: string;
  created_at: Date;
  acknowledged_at: Date | null;
  cycle_months: number;
  report_at: Date | null;
  report_rag: Rag | null;
  report_confidence: Confidence | null;
  report_help_needed: boolean | null;
  report_period: string | null;
  /** The latest progress note (`progress_reported` event) of the assignment. */
  note_at: Date | null;
}

const STANDING_SELECT = `
  select a.case_id, a.id as assignment_id, a.parent_id, a.unit_id, u.code as unit_code, u.name_th as unit_name_th,
         u.name_en as unit_name_en, u.path as unit_path, a.status, a.created_at, a.acknowledged_at,
         coalesce(rc.cycle_months, 1) as cycle_months,
         r.created_at as report_at, r.rag as report_rag, r.confidence as report_confidence,
         r.help_needed as report_help_needed, r.period as report_period, n.created_at as note_at
    from assignments a
    join units u on u.id = a.unit_id
    left join report_cycles rc on rc.case_id = a.case_id
    left join lateral (
      select p.created_at, p.rag, p.confidence, p.help_needed, p.period from progress_reports p
       where p.assignment_id = a.id order by p.event_id desc limit 1
    ) r on true
    left join lateral (
      select e.created_at from case_events e
       where e.assignment_id = a.id and e.type = 'progress_reported' order by e.id desc limit 1
    ) n on true`;

export async function listCaseStandings(db: Queryable, caseId: string): Promise<StandingRow[]> {
  const result = await db.query<StandingRow>(`${STANDING_SELECT} where a.case_id = $1 order by u.code`, [caseId]);
  return result.rows;
}

export interface PriorityRow {
  id: string;
  ref: string;
  kind: string;
  title: string;
  status: string;
  priority: string;
  due_at: Date | null;
}

/** Open directives, policies and cabinet resolutions that have been sent to units: the delivery unit's priorities. */
export async function listPriorities(db: Queryable, limit: number): Promise<PriorityRow[]> {
  const result = await db.query<PriorityRow>(
    `select c.id, c.ref, c.kind, c.title, c.status, c.priority, c.due_at from cases c
      where c.kind in (${DELIVERY_KINDS_SQL}) and c.status <> 'closed'
        and exists (select 1 from assignments a where a.case_id = c.id)
      order by case c.priority when 'urgent' then 0 when 'high' then 1 else 2 end, c.created_at desc, c.id
      limit $1`,
    [limit],
  );
  return result.rows;
}

export async function listStandingsOf(db: Queryable, caseIds: readonly string[]): Promise<StandingRow[]> {
  if (caseIds.length === 0) return [];
  const result = await db.query<StandingRow>(`${STANDING_SELECT} where a.case_id = any($1::uuid[])`, [caseIds]);
  return result.rows;
}

/** The cases of an integrated group, oldest first (at most 50: one stocktake pack). */
export async function listGroupCaseIds(db: Queryable, groupId: string): Promise<string[]> {
  const result = await db.query<{ id: string }>('select id from cases where group_id = $1 order by created_at, id limit 50', [groupId]);
  return result.rows.map((row) => row.id);
}
