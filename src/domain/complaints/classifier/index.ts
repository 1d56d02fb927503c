import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../../../projectRoot.ts';
import { parseTraffyExport } from '../traffy/parseTraffyExport.ts';
import { rankCategories, trainClassifier, type CategoryScore, type ClassifierModel } from './naiveBayes.ts';

export type { CategoryScore, ClassifierModel, TrainingExample } from './naiveBayes.ts';
export { rankCategories, trainClassifier } from './naiveBayes.ts';

/**
 * The shipped training set: 1,000 real Bangkok complaints from Traffy Fondue
 * (reference-data/PROVENANCE.md). Training on it takes about half a second,
 * which is cheaper than shipping the 2 MB model, so the default model is
 * trained on first use. This file read is the one piece of I/O in the domain
 * layer, and it reads the repository's own reference data only.
 */
export const defaultTrainingFile = fromProjectRoot('reference-data', 'complaints', 'traffy-bangkok-2023-05-11.csv');

let active: ClassifierModel | undefined;

export function defaultTrainingExamples() {
  return parseTraffyExport(readFileSync(defaultTrainingFile)).rows.map((row) => ({
    text: row.comment,
    codes: row.codes,
    at: row.timestamp,
  }));
}

/** Installs a model (the one `tidtam train` stored), replacing the default. */
export function useClassifierModel(model: ClassifierModel): void {
  active = model;
}

export function activeClassifierModel(): ClassifierModel {
  active ??= trainClassifier(defaultTrainingExamples(), { now: new Date(0) });
  return active;
}

/**
 * Suggests categories for a complaint's text, most likely first, with
 * scores that sum to 1. Operators confirm; intake uses the first when the
 * citizen chose none.
 */
export function suggestCategory(text: string): CategoryScore[] {
  return rankCategories(activeClassifierModel(), text);
}
