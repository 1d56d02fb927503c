import type { Queryable } from '../database.ts';

export interface DecisionRow {
  id: string;
  case_id: string;
  text: string;
  event_id: number;
  follow_up_case_id: string | null;
  follow_up_case_ref: string | null;
  created_at: Date;
}

export async function insertDecision(
  db: Queryable,
  input: { caseId: string; text: string; eventId: number; decidedBy: string; now: Date },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `insert into stocktake_decisions (case_id, text, event_id, decided_by, created_at) values ($1, $2, $3, $4, $5) returning id`,
    [input.caseId, input.text, input.eventId, input.decidedBy, input.now],
  );
  return result.rows[0]!.id;
}

export async function findDecision(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<DecisionRow | undefined> {
  const result = await db.query<DecisionRow>(
    `select d.id, d.case_id, d.text, d.event_id, d.follow_up_case_id, null as follow_up_case_ref, d.created_at
       from stocktake_decisions d where d.id = $1 ${options.forUpdate ? 'for update' : ''}`,
    [id],
  );
  return result.rows[0];
}

export async function linkFollowUp(db: Queryable, decisionId: string, caseId: string): Promise<void> {
  await db.query('update stocktake_decisions set follow_up_case_id = $2 where id = $1', [decisionId, caseId]);
}

export async function listCaseDecisions(db: Queryable, caseId: string): Promise<DecisionRow[]> {
  const result = await db.query<DecisionRow>(
    `select d.id, d.case_id, d.text, d.event_id, d.follow_up_case_id, f.ref as follow_up_case_ref, d.created_at
       from stocktake_decisions d left join cases f on f.id = d.follow_up_case_id
      where d.case_id = $1 order by d.created_at, d.id`,
    [caseId],
  );
  return result.rows;
}
