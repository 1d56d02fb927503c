import { readFileSync } from 'node:fs';
import type { TrainingExample } from '../../domain/complaints/classifier/index.ts';
import { parseTraffyExport } from '../../domain/complaints/traffy/parseTraffyExport.ts';
import { fromProjectRoot } from '../../projectRoot.ts';

/**
 * The shipped training set: 2,799 real Bangkok complaints from Traffy Fondue,
 * filed 11 to 17 May 2023, in two files (reference-data/PROVENANCE.md). Read
 * here, beside the other reference data, so the classifier in `src/domain`
 * stays free of I/O.
 */
export const defaultTrainingFile = fromProjectRoot('reference-data', 'complaints', 'traffy-bangkok-2023-05-11.csv');
export const laterTrainingFile = fromProjectRoot('reference-data', 'complaints', 'traffy-bangkok-2023-05-11-to-17.csv');

/** The shipped complaints as labelled examples, oldest first, with the time each was filed (the evaluation splits by time). */
export function defaultTrainingExamples(): (TrainingExample & { at: Date })[] {
  return [defaultTrainingFile, laterTrainingFile]
    .flatMap((file) => parseTraffyExport(readFileSync(file)).rows)
    .map((row) => ({ text: row.comment, codes: row.codes, at: row.timestamp }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
