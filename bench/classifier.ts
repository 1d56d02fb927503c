/**
 * The category suggester on the split by time of the shipped Traffy
 * complaints (2,799, 11–17 May 2023): trained on the earliest 80 % of the
 * labelled ones, tested on the latest 20 % (the last days), never shuffled.
 * A hit is a suggestion among the complaint's labels. Beside the regression
 * that ships, in the same run: the same regression without the category
 * terms, the naive Bayes Tidtam shipped before, and always guessing the most
 * common category. Targets: top-1 ≥ 0.85, top-3 ≥ 0.97, p99 < 5 ms per
 * suggestion. Calibration: expected calibration error of the first
 * suggestion's shown confidence (0 = it means exactly what it says).
 */
import { defaultCategoryKeywords } from '../src/domain/complaints/categoryLabels.ts';
import { expectedCalibrationError } from '../src/domain/complaints/classifier/calibration.ts';
import { scoreRanker, splitByTime } from '../src/domain/complaints/classifier/evaluateClassifier.ts';
import { rankCategories, trainClassifier } from '../src/domain/complaints/classifier/index.ts';
import { rankNaiveBayes, trainNaiveBayes } from '../src/domain/complaints/classifier/naiveBayes.ts';
import { defaultTrainingExamples } from '../src/db/reference/traffyTrainingSet.ts';
import type { Figures } from './run.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function run(): Promise<Figures> {
  const examples = defaultTrainingExamples();
  const { train, test } = splitByTime(examples);
  const keywords = defaultCategoryKeywords;

  let started = performance.now();
  const model = trainClassifier(train, { now: new Date(0), keywords });
  const trainMs = performance.now() - started;
  for (const example of test) rankCategories(model, example.text, keywords); // warm up: the first calls compile
  const latencies: number[] = [];
  const confidences: { confidence: number; right: boolean }[] = [];
  const regression = scoreRanker((text) => {
    const began = performance.now();
    const ranked = rankCategories(model, text, keywords);
    latencies.push(performance.now() - began);
    return ranked;
  }, test);
  test.forEach((example) => {
    const first = rankCategories(model, example.text, keywords)[0]!;
    confidences.push({ confidence: first.score, right: example.codes.includes(first.code) });
  });
  latencies.sort((a, b) => a - b);

  const plain = trainClassifier(train, { now: new Date(0) });
  const withoutTerms = scoreRanker((text) => rankCategories(plain, text), test);

  started = performance.now();
  const bayes = trainNaiveBayes(train);
  const bayesMs = performance.now() - started;
  const naiveBayes = scoreRanker((text) => rankNaiveBayes(bayes, text), test);

  const counts = new Map<string, number>();
  for (const example of train) for (const code of example.codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => ({ code }));
  const majority = scoreRanker(() => byFrequency, test);

  return {
    model: 'softmax_regression_words_bigrams_char2-3_category_terms_platt',
    rows: examples.length,
    trained: train.length,
    tested: test.length,
    test_from: test[0]!.at.toISOString(),
    top1: regression.top1,
    top3: regression.top3,
    ece_top1: expectedCalibrationError(confidences),
    calibration_slope: model.calibration.slope,
    calibration_intercept: model.calibration.intercept,
    suggest_p50_ms: percentile(latencies, 50),
    suggest_p99_ms: percentile(latencies, 99),
    train_ms: trainMs,
    no_terms_top1: withoutTerms.top1,
    no_terms_top3: withoutTerms.top3,
    naive_bayes_top1: naiveBayes.top1,
    naive_bayes_top3: naiveBayes.top3,
    naive_bayes_train_ms: bayesMs,
    majority_class: byFrequency[0]!.code,
    majority_top1: majority.top1,
    majority_top3: majority.top3,
    meets_target: regression.top1 >= 0.85 && regression.top3 >= 0.97 && percentile(latencies, 99) < 5 ? 'yes' : 'no',
  };
}
