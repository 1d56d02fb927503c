import type { Database } from '../../db/database.ts';
import { staffTrainingExamples } from '../../db/queries/classifierExampleQueries.ts';
import {
  classifierModelById,
  closedComplaintExamples,
  currentClassifierModelRow,
  insertClassifierModel,
} from '../../db/queries/classifierModelQueries.ts';
import { defaultTrainingExamples } from '../../db/reference/traffyTrainingSet.ts';
import type { Clock } from '../../domain/clock.ts';
import type { TimedExample } from '../../domain/complaints/classifier/evaluateClassifier.ts';
import { judgeRetrain, type RetrainOutcome } from '../../domain/complaints/learning/judgeRetrain.ts';
import { activeClassifier, useClassifierModel } from './activeClassifier.ts';
import { currentComplaintConfig } from './complaintConfig.ts';

export interface TrainResult {
  /** The stored attempt. */
  modelId: number;
  outcome: RetrainOutcome;
  installed: boolean;
  shipped: number;
  staff: number;
  closedCases: number;
  /** The held-out latest days the two models were scored on. */
  tested: number;
  /** The candidate's score (null: nothing new to judge on). */
  top1: number | null;
  top3: number | null;
  /** The current model's score on the same days. */
  currentTop1: number | null;
  currentTop3: number | null;
}

/**
 * Retrains the category classifier on the shipped Traffy complaints, the staff-labelled examples
 * (each case's last category staff chose) and the closed complaints without one, and replaces the
 * current model only when a candidate scores better on the latest days it has not seen
 * (`judgeRetrain`). Every attempt is stored, installed or not; an installed model is used by this
 * process at once, by others at their next read of the complaint configuration (storing it moves
 * the configuration's version: `syncClassifierModel`). `shipped` replaces the shipped examples (tests
 * train on a few where the rule, not the accuracy, is the point).
 */
export async function trainClassifierModel(deps: { db: Database; clock: Clock; shipped?: readonly TimedExample[] }): Promise<TrainResult> {
  const now = deps.clock.now();
  const shipped = deps.shipped ?? defaultTrainingExamples();
  const toExample = (row: { text: string; code: string; at: Date }): TimedExample => ({ text: row.text, codes: [row.code], at: row.at });
  const staff = (await staffTrainingExamples(deps.db)).map(toExample);
  const closed = (await closedComplaintExamples(deps.db)).map(toExample);
  const stored = await currentClassifierModelRow(deps.db);
  // With no stored model, the current one is the process's default, made from the shipped examples alone.
  const knewUntil = stored?.knew_until ?? newestOf(shipped);
  const examples = [...shipped, ...staff, ...closed];
  const anythingNew = examples.some((e) => e.codes.length > 0 && e.at.getTime() > knewUntil.getTime());
  const storedModel = stored && anythingNew ? await classifierModelById(deps.db, stored.id) : undefined;
  const judgement = judgeRetrain({
    examples,
    current: () => storedModel ?? activeClassifier.model(),
    currentKnewUntil: knewUntil,
    now,
    // The categories' names and keywords as administrators keep them count as evidence.
    keywords: (await currentComplaintConfig(deps.db)).categoryTerms,
  });
  const installed = judgement.outcome === 'installed';
  const modelId = await insertClassifierModel(deps.db, {
    model: judgement.model,
    trainedAt: now,
    examples: judgement.examples,
    top1: judgement.candidate?.top1 ?? null,
    top3: judgement.candidate?.top3 ?? null,
    installed,
    trainedThrough: installed ? judgement.trainedThrough : null,
    shipped: shipped.length,
    staff: staff.length,
    closed: closed.length,
    heldOut: judgement.heldOut,
    perCategory: judgement.candidate?.perCategory ?? null,
    baselineTop1: judgement.current?.top1 ?? null,
    baselineTop3: judgement.current?.top3 ?? null,
    outcome: judgement.outcome,
  });
  if (judgement.model) useClassifierModel(judgement.model, modelId);
  return {
    modelId,
    outcome: judgement.outcome,
    installed,
    shipped: shipped.length,
    staff: staff.length,
    closedCases: closed.length,
    tested: judgement.heldOut,
    top1: judgement.candidate?.top1 ?? null,
    top3: judgement.candidate?.top3 ?? null,
    currentTop1: judgement.current?.top1 ?? null,
    currentTop3: judgement.current?.top3 ?? null,
  };
}

function newestOf(examples: readonly TimedExample[]): Date {
  return new Date(examples.reduce((latest, e) => Math.max(latest, e.at.getTime()), 0));
}
