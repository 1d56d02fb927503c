import type { Queryable } from '../database.ts';

export type TrainingExampleSource = 'intake' | 'recategorised';

export interface NewTrainingExample {
  caseId: string;
  text: string;
  categoryCode: string;
  suggestedCode: string | null;
  source: TrainingExampleSource;
  recordedBy: string | null;
  at: Date;
}

/** Records a staff-labelled example, in the transaction of the change it comes from. */
export async function insertTrainingExample(db: Queryable, example: NewTrainingExample): Promise<void> {
  await db.query(
    `insert into classifier_training_examples (case_id, text, category_code, suggested_code, source, recorded_by, recorded_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [example.caseId, example.text, example.categoryCode, example.suggestedCode, example.source, example.recordedBy, example.at],
  );
}

/** Each case's newest staff label: a case recategorised after filing teaches its last category, once. */
export async function staffTrainingExamples(db: Queryable): Promise<{ text: string; code: string; at: Date }[]> {
  const result = await db.query<{ text: string; code: string; at: Date }>(
    `select text, code, at from (
       select distinct on (case_id) text, category_code as code, recorded_at as at
         from classifier_training_examples order by case_id, recorded_at desc, id desc) x
      order by at`,
  );
  return result.rows;
}

/** Staff examples recorded after an instant: the corrections waiting for the next training. */
export async function countStaffExamplesSince(db: Queryable, since: Date | null): Promise<number> {
  const row = await db.query<{ n: number }>(
    `select count(*)::int as n from classifier_training_examples where $1::timestamptz is null or recorded_at > $1`,
    [since],
  );
  return row.rows[0]!.n;
}

export interface TrainingExampleRow {
  case_id: string;
  category_code: string;
  suggested_code: string | null;
  source: TrainingExampleSource;
  recorded_by: string | null;
  recorded_at: Date;
}

/** A case's staff examples, oldest first. */
export async function trainingExamplesOfCase(db: Queryable, caseId: string): Promise<TrainingExampleRow[]> {
  const result = await db.query<TrainingExampleRow>(
    `select case_id, category_code, suggested_code, source, recorded_by, recorded_at
       from classifier_training_examples where case_id = $1 order by recorded_at, id`,
    [caseId],
  );
  return result.rows;
}
