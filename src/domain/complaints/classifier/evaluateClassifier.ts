import { rankCategories, trainClassifier, type TrainingExample } from './naiveBayes.ts';

export interface TimedExample extends TrainingExample {
  at: Date;
}

export interface ClassifierEvaluation {
  examples: number;
  unlabelled: number;
  trained: number;
  tested: number;
  top1: number;
  top3: number;
  trainMs: number;
}

/**
 * Accuracy on a held-out split by time: train on the earliest 80 % by
 * timestamp, test on the latest 20 %, as the model would be used (trained on
 * the past, asked about what comes next). A prediction is a hit when it is
 * among the complaint's labels; unlabelled complaints are left out and counted.
 */
export function evaluateClassifier(
  examples: readonly TimedExample[],
  options: { trainShare?: number; alpha?: number } = {},
): ClassifierEvaluation {
  const labelled = examples.filter((e) => e.codes.length > 0).sort((a, b) => a.at.getTime() - b.at.getTime());
  const cut = Math.floor(labelled.length * (options.trainShare ?? 0.8));
  const train = labelled.slice(0, cut);
  const test = labelled.slice(cut);
  const started = performance.now();
  const model = trainClassifier(train, options.alpha === undefined ? {} : { alpha: options.alpha });
  const trainMs = performance.now() - started;
  let top1 = 0;
  let top3 = 0;
  for (const example of test) {
    const ranked = rankCategories(model, example.text);
    if (ranked[0] && example.codes.includes(ranked[0].code)) top1++;
    if (ranked.slice(0, 3).some((r) => example.codes.includes(r.code))) top3++;
  }
  return {
    examples: examples.length,
    unlabelled: examples.length - labelled.length,
    trained: train.length,
    tested: test.length,
    top1: test.length ? top1 / test.length : 0,
    top3: test.length ? top3 / test.length : 0,
    trainMs,
  };
}
