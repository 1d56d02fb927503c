import { extractFeatures } from './features.ts';

/** One labelled complaint: its text and the category codes it was filed under (one or more). */
export interface TrainingExample {
  text: string;
  codes: string[];
}

export interface CategoryScore {
  code: string;
  /** The probability the model gives this category, 0..1; scores of one answer sum to 1. */
  score: number;
}

/**
 * A multinomial naive Bayes model, kept as plain data so it is stored as JSON
 * (in the database after `tidtam train`). Per category: how many examples,
 * how many feature occurrences, and the count of each feature.
 */
export interface ClassifierModel {
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
export function trainClassifier(examples: readonly TrainingExample[], options: { alpha?: number; now?: Date } = {}): ClassifierModel {
  const byCode = new Map<string, { examples: number; total: number; counts: Map<string, number> }>();
  const vocabulary = new Set<string>();
  let used = 0;
  for (const example of examples) {
    const codes = [...new Set(example.codes)];
    if (codes.length === 0) continue;
    used++;
    const features = extractFeatures(example.text);
    const weight = 1 / codes.length;
    for (const code of codes) {
      let category = byCode.get(code);
      if (!category) byCode.set(code, (category = { examples: 0, total: 0, counts: new Map() }));
      category.examples += weight;
      for (const feature of features) {
        vocabulary.add(feature);
        category.counts.set(feature, (category.counts.get(feature) ?? 0) + weight);
        category.total += weight;
      }
    }
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    version: 1,
    trainedAt: (options.now ?? new Date()).toISOString(),
    examples: used,
    alpha: options.alpha ?? 0.5,
    vocabularySize: vocabulary.size,
    categories: [...byCode.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, c]) => ({
        code,
        examples: round(c.examples),
        total: round(c.total),
        counts: Object.fromEntries([...c.counts.entries()].map(([feature, count]) => [feature, round(count)])),
      })),
  };
}

/** Ranks every category the model knows for a text, most likely first. */
export function rankCategories(model: ClassifierModel, text: string): CategoryScore[] {
  if (model.categories.length === 0) return [];
  const features = extractFeatures(text);
  const { alpha, vocabularySize } = model;
  const logs = model.categories.map((category) => {
    let log = Math.log(category.examples / model.examples);
    const denominator = Math.log(category.total + alpha * vocabularySize);
    for (const feature of features) log += Math.log((category.counts[feature] ?? 0) + alpha) - denominator;
    return { code: category.code, log };
  });
  const max = Math.max(...logs.map((l) => l.log));
  const weights = logs.map((l) => ({ code: l.code, weight: Math.exp(l.log - max) }));
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  return weights.map((w) => ({ code: w.code, score: w.weight / sum })).sort((a, b) => b.score - a.score);
}
