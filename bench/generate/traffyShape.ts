import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { defaultTrainingFile } from '../../src/db/reference/traffyTrainingSet.ts';
import { categoryCodeForTraffyLabel, generalCategoryCode, parseTraffyTypes } from '../../src/domain/complaints/categoryLabels.ts';
import { maskPersonalData } from '../../src/domain/complaints/maskPersonalData.ts';
import { textSignatureHex } from '../../src/domain/complaints/textSignature.ts';
import { titleFromDescription } from '../../src/domain/complaints/validateIntake.ts';
import { toSearchWords } from '../../src/domain/thai/segmentWords.ts';

/** One real complaint text as intake would store it: masked, titled, cut into words and signed. */
export interface BenchText {
  category: string;
  title: string;
  body: string;
  searchWords: string;
  signature: string;
}

/**
 * What the generator copies from the shipped Traffy export: the texts themselves (so text lengths
 * and the category mix are Bangkok's real ones: each generated complaint takes one text and its
 * category), and the shares the one-day export can tell (ratings given, their stars, reopening).
 * Resolution times cannot be read off a one-day snapshot (only its quick fixes had finished), so
 * they are a stated log-normal in the generator (median 3 days, long tail), see `loadComplaints.ts`.
 */
export interface TraffyShape {
  texts: BenchText[];
  /** Weights of stars 1..5 among rated complaints. */
  starWeights: number[];
  /** Share of finished complaints the citizen rated. */
  ratedShare: number;
  /** Share of complaints reopened at least once. */
  reopenedShare: number;
}

export function readTraffyShape(file = defaultTrainingFile): TraffyShape {
  const records = parse(readFileSync(file), { bom: true, columns: true, relax_column_count: true, skip_empty_lines: true }) as Record<
    string,
    string | undefined
  >[];
  const texts: BenchText[] = [];
  const starWeights = [0, 0, 0, 0, 0];
  let finished = 0;
  let rated = 0;
  let reopened = 0;
  for (const record of records) {
    const comment = (record.comment ?? '').trim();
    const star = Number(record.star);
    if (star >= 1 && star <= 5) {
      starWeights[star - 1]!++;
      rated++;
    }
    if (record.state === 'เสร็จสิ้น') finished++;
    if (Number(record.count_reopen) > 0) reopened++;
    if (comment.length < 5) continue;
    const category =
      parseTraffyTypes(record.type ?? '')
        .map(categoryCodeForTraffyLabel)
        .find(Boolean) ?? generalCategoryCode;
    const body = maskPersonalData(comment).slice(0, 4000);
    const title = titleFromDescription(body);
    texts.push({ category, title, body, searchWords: toSearchWords(body), signature: textSignatureHex(`${title} ${body}`) });
  }
  return {
    texts,
    starWeights,
    ratedShare: finished > 0 ? Math.min(1, rated / finished) : 0.2,
    reopenedShare: records.length > 0 ? reopened / records.length : 0,
  };
}
