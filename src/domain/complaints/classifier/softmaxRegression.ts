import { extractFeatures } from './features.ts';
import { keywordMatches, type CategoryKeywords } from './keywordEvidence.ts';

/** One labelled complaint: its text and the category codes it was filed under (one or more). */
export interface TrainingExample {
  text: string;
  codes: string[];
}

/** A training example with its features extracted (once, however many times it is fitted). */
export interface FeaturedExample extends TrainingExample {
  features: string[];
}

/** Extracts the features of labelled examples, leaving out those without a label. */
export function withFeatures(examples: readonly TrainingExample[]): FeaturedExample[] {
  return examples.filter((example) => example.codes.length > 0).map((example) => ({ ...example, features: extractFeatures(example.text) }));
}

/** How the regression is fitted. The defaults were chosen on the validation days of the Traffy data. */
export interface RegressionSettings {
  epochs: number;
  /** L2 penalty on the weights. */
  l2: number;
  /** AdaGrad's step size. */
  learningRate: number;
  /** A feature must appear in this many training complaints to be kept. */
  minDocumentFrequency: number;
}

export const defaultRegressionSettings: RegressionSettings = { epochs: 6, l2: 1e-4, learningRate: 0.5, minDocumentFrequency: 2 };

/**
 * A multinomial logistic regression (softmax) over the TF-IDF of a text's
 * features, as plain arrays. `weights` is features × codes, row by feature.
 */
export interface FittedRegression {
  codes: string[];
  features: string[];
  idf: Float32Array;
  weights: Float32Array;
  bias: Float64Array;
  /** Added to a category's score when the text holds one of its names or keywords. */
  keywordWeight: number;
}

export interface SparseVector {
  index: Int32Array;
  value: Float64Array;
}

/** The text as a unit-length vector of sublinear term frequency × idf over the model's features. */
export function vectorize(features: readonly string[], vocabulary: ReadonlyMap<string, number>, idf: Float32Array): SparseVector {
  const counts = new Map<number, number>();
  for (const feature of features) {
    const index = vocabulary.get(feature);
    if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const index = new Int32Array(counts.size);
  const value = new Float64Array(counts.size);
  let i = 0;
  let norm = 0;
  for (const [feature, count] of counts) {
    index[i] = feature;
    value[i] = (1 + Math.log(count)) * idf[feature]!;
    norm += value[i]! ** 2;
    i++;
  }
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < value.length; j++) value[j]! /= norm;
  return { index, value };
}

/** Raw scores (logits) of every code for a vectorised text and its keyword matches. */
export function scoreVector(model: FittedRegression, vector: SparseVector, matches: Float64Array): Float64Array {
  const k = model.codes.length;
  const scores = Float64Array.from(model.bias);
  for (let j = 0; j < vector.index.length; j++) {
    const row = vector.index[j]! * k;
    const value = vector.value[j]!;
    for (let c = 0; c < k; c++) scores[c]! += model.weights[row + c]! * value;
  }
  for (let c = 0; c < k; c++) scores[c]! += model.keywordWeight * matches[c]!;
  return scores;
}

/** Softmax of scores divided by a temperature, in place. */
export function softmax(scores: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const score of scores) max = Math.max(max, score / temperature);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! / temperature - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
  return scores;
}

/** A small deterministic generator, so the same examples always make the same model. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Fits the regression with AdaGrad on the cross-entropy against each
 * example's labels (a complaint with several labels spreads its target
 * evenly among them, so the model learns that any of them is right).
 */
export function fitRegression(
  examples: readonly FeaturedExample[],
  keywords: CategoryKeywords | undefined,
  settings: RegressionSettings = defaultRegressionSettings,
): FittedRegression {
  const labelled = examples.filter((example) => example.codes.length > 0);
  const codes = [...new Set(labelled.flatMap((example) => example.codes))].sort();
  const k = codes.length;
  const extracted = labelled.map((example) => example.features);
  const documentFrequency = new Map<string, number>();
  for (const features of extracted)
    for (const feature of new Set(features)) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const features = [...documentFrequency].filter(([, df]) => df >= settings.minDocumentFrequency).map(([feature]) => feature);
  features.sort();
  const vocabulary = new Map(features.map((feature, index) => [feature, index]));
  const idf = Float32Array.from(features, (feature) => Math.log((1 + labelled.length) / (1 + documentFrequency.get(feature)!)) + 1);
  const vectors = extracted.map((list) => vectorize(list, vocabulary, idf));
  const matches = labelled.map((example) => keywordMatches(example.text, codes, keywords));
  const targets = labelled.map((example) => [...new Set(example.codes)].map((code) => codes.indexOf(code)));

  const model: FittedRegression = {
    codes,
    features,
    idf,
    weights: new Float32Array(features.length * k),
    bias: new Float64Array(k),
    keywordWeight: 0,
  };
  const squared = new Float32Array(features.length * k).fill(1e-6);
  const biasSquared = new Float64Array(k).fill(1e-6);
  let keywordSquared = 1e-6;
  const { learningRate: rate, l2 } = settings;
  const order = labelled.map((_, index) => index);
  const random = seededRandom(42);
  const gradient = new Float64Array(k);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const vector = vectors[n]!;
      const probabilities = softmax(scoreVector(model, vector, matches[n]!));
      gradient.set(probabilities);
      const labels = targets[n]!;
      for (const label of labels) gradient[label]! -= 1 / labels.length;
      let keywordGradient = 0;
      for (let c = 0; c < k; c++) {
        keywordGradient += gradient[c]! * matches[n]![c]!;
        biasSquared[c]! += gradient[c]! ** 2;
        model.bias[c]! -= (rate * gradient[c]!) / Math.sqrt(biasSquared[c]!);
      }
      keywordSquared += keywordGradient ** 2;
      model.keywordWeight -= (rate * keywordGradient) / Math.sqrt(keywordSquared);
      for (let j = 0; j < vector.index.length; j++) {
        const row = vector.index[j]! * k;
        const value = vector.value[j]!;
        for (let c = 0; c < k; c++) {
          const step = gradient[c]! * value + l2 * model.weights[row + c]!;
          squared[row + c]! += step * step;
          model.weights[row + c]! -= (rate * step) / Math.sqrt(squared[row + c]!);
        }
      }
    }
  }
  return model;
}
