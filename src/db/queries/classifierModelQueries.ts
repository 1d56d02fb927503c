import { isClassifierModel, type ClassifierModel } from '../../domain/complaints/classifier/index.ts';
import type { Queryable } from '../database.ts';
import { queryOne } from '../database.ts';

export async function insertClassifierModel(
  db: Queryable,
  input: { model: ClassifierModel; trainedAt: Date; top1: number | null; top3: number | null },
): Promise<number> {
  const result = await db.query<{ id: number }>(
    `insert into classifier_models (trained_at, examples, top1, top3, model) values ($1, $2, $3, $4, $5) returning id::int as id`,
    [input.trainedAt, input.model.examples, input.top1, input.top3, JSON.stringify(input.model)],
  );
  return result.rows[0]!.id;
}

/** The newest stored model this version can use (a naive Bayes model from before the regression is passed over). */
export async function latestClassifierModel(db: Queryable): Promise<ClassifierModel | undefined> {
  const row = await queryOne<{ model: unknown }>(
    db,
    `select model from classifier_models where model->>'version' = '2' order by id desc limit 1`,
  );
  return isClassifierModel(row?.model) ? row.model : undefined;
}

/** Closed complaints with a category: what the classifier learns from after the shipped data. */
export async function closedComplaintExamples(db: Queryable): Promise<{ text: string; code: string; at: Date }[]> {
  const result = await db.query<{ text: string; code: string; at: Date }>(
    `select title || ' ' || body as text, category as code, created_at as at from cases
      where kind = 'complaint' and status = 'closed' and category is not null order by created_at`,
  );
  return result.rows;
}
