import { extractFeatures } from './features.ts';
import type { CategoryScore } from './linearClassifier.ts';
import type { TrainingExample } from './softmaxRegression.ts';

/**
 * The suggester Tidtam shipped first, a multinomial naive Bayes, kept as the
 * baseline the benchmark measures the regression against (bench/classifier.ts).
 * Per category: how many examples, how many feature occurrences, and the count
 * of each feature.
 */
export interface NaiveBayesModel {
  version: 1;
  trainedAt: string;
  examples: number;
  /** Additive (Lidstone) smoothing. 0.5 measured best on the time split of the Traffy data (0.1: top-3 0.86; 1: top-1 0.66). */
  alpha: number;
  vocabularySize: number;
  categories: { code: string; examples: number; total: number; counts: Record<string, number> }[];
}

/**
 * Trains on labelled complaints. An example with several labels counts for
 * each of them, with its weight split between them, so multi-label complaints
 * teach every category they belong to without outweighing single-label ones.
 */
export function trainNaiveBayes(examples: readonly TrainingExample[], options: { alpha?: number; now?: Date } = {}): NaiveBayesModel {
  const byCode = new Map<string, { code: string; examples: number; total: number; counts: Record<string, number> }>();
  const vocabulary = new Set<string>();
  let used = 0;
  for (const example of examples) {
    const codes = [...new Set(example.codes)];
    if (codes.length === 0) continue;
    used++;
    const features = extractFeatures(example.text);
    const weight = 1 / codes.length;
    for (const feature of features) vocabulary.add(feature);
    for (const code of codes) {
      let category = byCode.get(code);
      if (!category) byCode.set(code, (category = { code, examples: 0, total: 0, counts: {} }));
      category.examples += weight;
      category.total += weight * features.length;
      const counts = category.counts;
      for (const feature of features) counts[feature] = (counts[feature] ?? 0) + weight;
    }
  }
  return {
    version: 1,
    trainedAt: (options.now ?? new Date()).toISOString(),
    examples: used,
    alpha: options.alpha ?? 0.5,
    vocabularySize: vocabulary.size,
    categories: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/**
 * A model made ready for ranking: per feature, the log-probability under each
 * category in one typed array, so ranking a text is one array addition per
 * feature instead of a dictionary lookup per feature and category (bulk
 * imports rank every unlabelled complaint).
 */
interface CompiledModel {
  codes: string[];
  prior: Float64Array;
  unseen: Float64Array;
  features: Map<string, Float64Array>;
}

const compiledModels = new WeakMap<NaiveBayesModel, CompiledModel>();

function compile(model: NaiveBayesModel): CompiledModel {
  const cached = compiledModels.get(model);
  if (cached) return cached;
  const { alpha, vocabularySize } = model;
  const denominators = model.categories.map((category) => Math.log(category.total + alpha * vocabularySize));
  const unseen = Float64Array.from(denominators, (denominator) => Math.log(alpha) - denominator);
  const features = new Map<string, Float64Array>();
  model.categories.forEach((category, index) => {
    for (const [feature, count] of Object.entries(category.counts)) {
      let vector = features.get(feature);
      if (!vector) features.set(feature, (vector = Float64Array.from(unseen)));
      vector[index] = Math.log(count + alpha) - denominators[index]!;
    }
  });
  const compiled: CompiledModel = {
    codes: model.categories.map((category) => category.code),
    prior: Float64Array.from(model.categories, (category) => Math.log(category.examples / model.examples)),
    unseen,
    features,
  };
  compiledModels.set(model, compiled);
  return compiled;
}

/** Ranks every category the model knows for a text, most likely first. */
export function rankNaiveBayes(model: NaiveBayesModel, text: string): CategoryScore[] {
  if (model.categories.length === 0) return [];
  const { codes, prior, unseen, features } = compile(model);
  const logs = Float64Array.from(prior);
  for (const feature of extractFeatures(text)) {
    const vector = features.get(feature) ?? unseen;
    for (let i = 0; i < logs.length; i++) logs[i]! += vector[i]!;
  }
  const max = Math.max(...logs);
  const weights = Array.from(logs, (log) => Math.exp(log - max));
  const sum = weights.reduce((total, weight) => total + weight, 0);
  return codes.map((code, i) => ({ code, score: weights[i]! / sum })).sort((a, b) => b.score - a.score);
}
