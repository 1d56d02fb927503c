/**
 * The complaint classifier's accuracy on a held-out split by time: trained on
 * the earliest 80 % of the labelled Traffy complaints, tested on the latest
 * 20 %. A hit is a prediction among the complaint's labels. Targets: top-1
 * at least 0.70, top-3 at least 0.90.
 */
import { evaluateClassifier } from '../src/domain/complaints/classifier/evaluateClassifier.ts';
import { defaultTrainingExamples } from '../src/db/reference/traffyTrainingSet.ts';
import type { Figures } from './run.ts';

export async function run(): Promise<Figures> {
  const result = evaluateClassifier(defaultTrainingExamples());
  return {
    model: 'naive_bayes_words_bigrams_char3',
    rows: result.examples,
    unlabelled_left_out: result.unlabelled,
    trained: result.trained,
    tested: result.tested,
    top1: result.top1,
    top3: result.top3,
    train_ms: result.trainMs,
    meets_target: result.top1 >= 0.7 && result.top3 >= 0.9 ? 'yes' : 'no',
  };
}
