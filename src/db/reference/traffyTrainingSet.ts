import { readFileSync } from 'node:fs';
import type { TrainingExample } from '../../domain/complaints/classifier/index.ts';
import { parseTraffyExport } from '../../domain/complaints/traffy/parseTraffyExport.ts';
import { fromProjectRoot } from '../../projectRoot.ts';

/**
 * The shipped training set: 1,000 real Bangkok complaints from Traffy Fondue
 * (reference-data/PROVENANCE.md). Read here, beside the other reference data,
 * so the classifier in `src/domain` stays free of I/O.
 */
export const defaultTrainingFile = fromProjectRoot('reference-data', 'complaints', 'traffy-bangkok-2023-05-11.csv');

/** The shipped complaints as labelled examples, with the time each was filed (the evaluation splits by time). */
export function defaultTrainingExamples(): (TrainingExample & { at: Date })[] {
  return parseTraffyExport(readFileSync(defaultTrainingFile)).rows.map((row) => ({
    text: row.comment,
    codes: row.codes,
    at: row.timestamp,
  }));
}
