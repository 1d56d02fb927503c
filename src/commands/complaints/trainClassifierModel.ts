import type { Database } from '../../db/database.ts';
import { closedComplaintExamples, insertClassifierModel } from '../../db/queries/classifierModelQueries.ts';
import type { Clock } from '../../domain/clock.ts';
import { evaluateClassifier } from '../../domain/complaints/classifier/evaluateClassifier.ts';
import { defaultTrainingExamples } from '../../db/reference/traffyTrainingSet.ts';
import { trainClassifier } from '../../domain/complaints/classifier/index.ts';
import { useClassifierModel } from './activeClassifier.ts';
import { currentComplaintConfig } from './complaintConfig.ts';

export interface TrainResult {
  modelId: number;
  shipped: number;
  closedCases: number;
  top1: number;
  top3: number;
  tested: number;
}

/**
 * Retrains the category classifier on the shipped Traffy complaints plus every
 * closed complaint case (whose category an officer confirmed), measures it on
 * a split by time, stores it, and starts using it in this process. Other
 * processes pick it up at their next start.
 */
export async function trainClassifierModel(deps: { db: Database; clock: Clock }): Promise<TrainResult> {
  const shipped = defaultTrainingExamples();
  const cases = (await closedComplaintExamples(deps.db)).map((row) => ({ text: row.text, codes: [row.code], at: row.at }));
  const examples = [...shipped, ...cases].sort((a, b) => a.at.getTime() - b.at.getTime());
  // The categories' names and keywords as administrators keep them count as evidence.
  const keywords = (await currentComplaintConfig(deps.db)).categoryTerms;
  const evaluation = evaluateClassifier(examples, { keywords });
  const model = trainClassifier(examples, { now: deps.clock.now(), keywords });
  const modelId = await insertClassifierModel(deps.db, {
    model,
    trainedAt: deps.clock.now(),
    top1: evaluation.top1,
    top3: evaluation.top3,
  });
  useClassifierModel(model);
  return {
    modelId,
    shipped: shipped.length,
    closedCases: cases.length,
    top1: evaluation.top1,
    top3: evaluation.top3,
    tested: evaluation.tested,
  };
}
