import { calibrate, fitCalibration, type Calibration, type ScoredExample } from './calibration.ts';
import { extractFeatures } from './features.ts';
import { keywordMatches, type CategoryKeywords } from './keywordEvidence.ts';
import {
  defaultRegressionSettings,
  fitRegression,
  withFeatures,
  scoreVector,
  softmax,
  vectorize,
  type FittedRegression,
  type RegressionSettings,
  type TrainingExample,
} from './softmaxRegression.ts';

export interface CategoryScore {
  code: string;
  /**
   * The calibrated probability that this category is right, 0..1. A complaint
   * may belong to several categories, so the scores of one answer need not sum to 1.
   */
  score: number;
}

/**
 * The category suggester as plain data, stored as JSON (in the database after
 * `tidtam train`): a softmax regression over word and character n-grams, its
 * weights as base64 of 32-bit floats, and the scaling that calibrates it.
 */
export interface ClassifierModel {
  version: 2;
  method: 'softmax_regression';
  trainedAt: string;
  /** Labelled complaints it learned from. */
  examples: number;
  codes: string[];
  features: string[];
  idf: string;
  weights: string;
  bias: number[];
  keywordWeight: number;
  calibration: Calibration;
  settings: RegressionSettings;
}

/** True for a model this version of Tidtam can use (an older stored model is set aside, not misread). */
export function isClassifierModel(value: unknown): value is ClassifierModel {
  const model = value as Partial<ClassifierModel> | null;
  return Boolean(model && model.version === 2 && model.method === 'softmax_regression' && Array.isArray(model.codes) && model.calibration);
}

const toBase64 = (array: Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
function fromBase64(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}

/** The held-out share the calibration is fitted on (the latest examples, as given). */
const CALIBRATION_SHARE = 0.2;
/** Fewer labelled examples than this and the model's raw probabilities are shown as they are. */
const CALIBRATION_MINIMUM = 50;

export interface TrainOptions {
  now?: Date;
  /** Category names and keywords (code → terms), counted as evidence. */
  keywords?: CategoryKeywords;
  settings?: RegressionSettings;
  /** False skips the calibration (and its extra fit) where only the ranking counts, as in measuring accuracy. */
  calibrate?: boolean;
}

/**
 * Trains on labelled complaints, given oldest first: first on all but the
 * latest fifth, to fit the calibration on that fifth, then on everything with
 * that calibration, so the latest complaints teach the model too.
 */
export function trainClassifier(examples: readonly TrainingExample[], options: TrainOptions = {}): ClassifierModel {
  const labelled = withFeatures(examples);
  const settings = options.settings ?? defaultRegressionSettings;
  let calibration: Calibration = { slope: 1, intercept: 0 };
  if (options.calibrate !== false && labelled.length >= CALIBRATION_MINIMUM) {
    const cut = Math.floor(labelled.length * (1 - CALIBRATION_SHARE));
    const early = fitRegression(labelled.slice(0, cut), options.keywords, settings);
    const compiled = compileFitted(early);
    const held: ScoredExample[] = labelled
      .slice(cut)
      .map((example) => ({
        probabilities: softmax(rawScores(compiled, example.text, options.keywords)),
        labels: example.codes.map((code) => early.codes.indexOf(code)).filter((index) => index >= 0),
      }))
      .filter((example) => example.labels.length > 0);
    calibration = fitCalibration(held);
  }
  const fitted = fitRegression(labelled, options.keywords, settings);
  return {
    version: 2,
    method: 'softmax_regression',
    trainedAt: (options.now ?? new Date()).toISOString(),
    examples: labelled.length,
    codes: fitted.codes,
    features: fitted.features,
    idf: toBase64(fitted.idf),
    weights: toBase64(fitted.weights),
    bias: [...fitted.bias],
    keywordWeight: fitted.keywordWeight,
    calibration,
    settings,
  };
}

interface CompiledModel {
  fitted: FittedRegression;
  vocabulary: Map<string, number>;
}

function compileFitted(fitted: FittedRegression): CompiledModel {
  return { fitted, vocabulary: new Map(fitted.features.map((feature, index) => [feature, index])) };
}

const compiledModels = new WeakMap<ClassifierModel, CompiledModel>();

function compile(model: ClassifierModel): CompiledModel {
  let compiled = compiledModels.get(model);
  if (!compiled) {
    compiled = compileFitted({
      codes: model.codes,
      features: model.features,
      idf: fromBase64(model.idf),
      weights: fromBase64(model.weights),
      bias: Float64Array.from(model.bias),
      keywordWeight: model.keywordWeight,
    });
    compiledModels.set(model, compiled);
  }
  return compiled;
}

function rawScores(compiled: CompiledModel, text: string, keywords: CategoryKeywords | undefined): Float64Array {
  const { fitted, vocabulary } = compiled;
  const vector = vectorize(extractFeatures(text), vocabulary, fitted.idf);
  return scoreVector(fitted, vector, keywordMatches(text, fitted.codes, keywords));
}

/**
 * Ranks every category the model knows for a text, most likely first, each
 * with the calibrated probability that it is right. `keywords` are the categories' names and keywords
 * as administrators keep them now (they may differ from those at training).
 */
export function rankCategories(model: ClassifierModel, text: string, keywords?: CategoryKeywords): CategoryScore[] {
  if (model.codes.length === 0) return [];
  const probabilities = softmax(rawScores(compile(model), text, keywords));
  return model.codes.map((code, i) => ({ code, score: calibrate(model.calibration, probabilities[i]!) })).sort((a, b) => b.score - a.score);
}
