import { isClassifierModel, type ClassifierModel } from '../../domain/complaints/classifier/index.ts';
import type { CategoryAccuracy } from '../../domain/complaints/classifier/evaluateClassifier.ts';
import type { Queryable } from '../database.ts';
import { queryOne } from '../database.ts';

/** One training attempt: installed ones keep their model; the others only what was measured. */
export interface ClassifierAttemptInput {
  model: ClassifierModel | null;
  trainedAt: Date;
  examples: number;
  top1: number | null;
  top3: number | null;
  installed: boolean;
  trainedThrough: Date | null;
  shipped: number;
  staff: number;
  closed: number;
  heldOut: number;
  perCategory: CategoryAccuracy[] | null;
  baselineTop1: number | null;
  baselineTop3: number | null;
  outcome: string;
}

export async function insertClassifierModel(db: Queryable, input: ClassifierAttemptInput): Promise<number> {
  const result = await db.query<{ id: number }>(
    `insert into classifier_models (trained_at, examples, top1, top3, model, installed, trained_through, shipped_examples,
                                    staff_examples, closed_examples, held_out, per_category, baseline_top1, baseline_top3, outcome)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning id::int as id`,
    [
      input.trainedAt,
      input.examples,
      input.top1,
      input.top3,
      input.model === null ? null : JSON.stringify(input.model),
      input.installed,
      input.trainedThrough,
      input.shipped,
      input.staff,
      input.closed,
      input.heldOut,
      input.perCategory === null ? null : JSON.stringify(input.perCategory),
      input.baselineTop1,
      input.baselineTop3,
      input.outcome,
    ],
  );
  return result.rows[0]!.id;
}

/**
 * The model in use: the newest installed one this version can use (rows from before attempts were
 * kept are all installed; a naive Bayes model from before the regression is passed over).
 */
export async function latestClassifierModel(db: Queryable): Promise<{ id: number; model: ClassifierModel } | undefined> {
  const row = await queryOne<{ id: number; model: unknown }>(
    db,
    `select id::int as id, model from classifier_models where installed and model->>'version' = '2' order by id desc limit 1`,
  );
  return row && isClassifierModel(row.model) ? { id: row.id, model: row.model } : undefined;
}

/** What is known about a stored attempt, without its model (megabytes of JSON). */
export interface ClassifierAttemptRow {
  id: number;
  trained_at: Date;
  examples: number;
  top1: number | null;
  top3: number | null;
  installed: boolean;
  /** Examples dated after this were not seen by the model; rows from before it was kept: the training time. */
  knew_until: Date;
  shipped_examples: number | null;
  staff_examples: number | null;
  closed_examples: number | null;
  held_out: number | null;
  per_category: CategoryAccuracy[] | null;
  baseline_top1: number | null;
  baseline_top3: number | null;
  outcome: string | null;
}

const ATTEMPT_COLUMNS = `id::int as id, trained_at, examples, top1, top3, installed, coalesce(trained_through, trained_at) as knew_until,
  shipped_examples, staff_examples, closed_examples, held_out, per_category, baseline_top1, baseline_top3, outcome`;

export async function currentClassifierModelRow(db: Queryable): Promise<ClassifierAttemptRow | undefined> {
  return queryOne<ClassifierAttemptRow>(
    db,
    `select ${ATTEMPT_COLUMNS} from classifier_models where installed and model->>'version' = '2' order by id desc limit 1`,
  );
}

/** The id of the model in use (as `latestClassifierModel`), without sending the model: cheap enough for every configuration reload. */
export async function installedClassifierModelId(db: Queryable): Promise<number | null> {
  const row = await queryOne<{ id: number }>(
    db,
    `select id::int as id from classifier_models where installed and model->>'version' = '2' order by id desc limit 1`,
  );
  return row?.id ?? null;
}

export async function lastClassifierAttempt(db: Queryable): Promise<ClassifierAttemptRow | undefined> {
  return queryOne<ClassifierAttemptRow>(db, `select ${ATTEMPT_COLUMNS} from classifier_models order by id desc limit 1`);
}

/** A stored model itself (megabytes of JSON: read only when a retrain has something to judge it on). */
export async function classifierModelById(db: Queryable, id: number): Promise<ClassifierModel | undefined> {
  const row = await queryOne<{ model: ClassifierModel | null }>(db, `select model from classifier_models where id = $1`, [id]);
  return row?.model ?? undefined;
}

/**
 * Closed complaints with a category and no staff-labelled example (those are counted as staff
 * examples instead): what the classifier learns from after the shipped data, dated when closed.
 */
export async function closedComplaintExamples(db: Queryable): Promise<{ text: string; code: string; at: Date }[]> {
  const result = await db.query<{ text: string; code: string; at: Date }>(
    `select c.title || ' ' || c.body as text, c.category as code, coalesce(c.closed_at, c.created_at) as at from cases c
      where c.kind = 'complaint' and c.status = 'closed' and c.category is not null
        and not exists (select 1 from classifier_training_examples x where x.case_id = c.id)
      order by at`,
  );
  return result.rows;
}
