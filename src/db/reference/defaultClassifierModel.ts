import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultCategoryKeywords } from '../../domain/complaints/categoryLabels.ts';
import { isClassifierModel, trainClassifier, type ClassifierModel } from '../../domain/complaints/classifier/index.ts';
import { fromProjectRoot } from '../../projectRoot.ts';
import { defaultTrainingExamples, defaultTrainingFile, laterTrainingFile } from './traffyTrainingSet.ts';

/**
 * The model a database without a trained one suggests with: trained on the
 * shipped complaints and the default category terms. Training takes seconds,
 * so the result is kept in node_modules/.cache (derived data, like a build
 * output), keyed by a hash of the training files, the terms and the code that
 * trains, and made again when any of them changes. Training is deterministic,
 * so a cached model is the one training would make. `tidtam train` stores
 * models in the database; this is only the starting point.
 */
const cacheFolder = fromProjectRoot('node_modules', '.cache', 'tidtam');
const trainingCode = ['features.ts', 'softmaxRegression.ts', 'linearClassifier.ts', 'calibration.ts', 'keywordEvidence.ts'].map((file) =>
  fromProjectRoot('src', 'domain', 'complaints', 'classifier', file),
);

function cacheKey(): string {
  const hash = createHash('sha256');
  for (const file of [defaultTrainingFile, laterTrainingFile]) hash.update(readFileSync(file));
  // The compiled server (dist/) has no src/: fall back to the training data and terms alone.
  for (const file of trainingCode) {
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update(file);
    }
  }
  hash.update(JSON.stringify([...defaultCategoryKeywords]));
  return hash.digest('hex').slice(0, 16);
}

function readCached(file: string): ClassifierModel | undefined {
  try {
    const model: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isClassifierModel(model) ? model : undefined;
  } catch {
    return undefined;
  }
}

export function defaultClassifierModel(): ClassifierModel {
  const file = path.join(cacheFolder, `default-classifier-${cacheKey()}.json`);
  const cached = readCached(file);
  if (cached) return cached;
  const model = trainClassifier(defaultTrainingExamples(), { now: new Date(0), keywords: defaultCategoryKeywords });
  try {
    mkdirSync(cacheFolder, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(model));
    renameSync(partial, file); // whole or not at all, should two processes train at once
  } catch {
    // A read-only installation trains again next time; nothing is lost.
  }
  return model;
}
