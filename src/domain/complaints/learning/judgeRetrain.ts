import { scoreModel, splitByTime, type ModelScore, type TimedExample } from '../classifier/evaluateClassifier.ts';
import { trainClassifier, type CategoryKeywords, type ClassifierModel } from '../classifier/index.ts';

/** What a retrain did: replaced the model, kept the current one (it scored as well or better), or had nothing to judge on. */
export type RetrainOutcome = 'installed' | 'kept' | 'nothing_new';

export interface RetrainJudgement {
  outcome: RetrainOutcome;
  /** The candidate, trained on what came before the held-out days, scored on them. */
  candidate: ModelScore | null;
  /** The current model on the same held-out days. */
  current: ModelScore | null;
  heldOut: number;
  /** The candidate refitted on every example: only when it is installed. */
  model: ClassifierModel | null;
  /** The newest example the examples hold: a later retrain judges on what came after it. */
  trainedThrough: Date | null;
  examples: number;
}

/** Better means more first suggestions right; on a tie, more right among the three the console shows. */
export function isBetterScore(candidate: ModelScore, current: ModelScore): boolean {
  return candidate.top1 > current.top1 || (candidate.top1 === current.top1 && candidate.top3 > current.top3);
}

/**
 * Decides whether a new model replaces the current one. Both are scored on the latest days
 * (`splitByTime`) of the examples the current model has not seen: those dated after
 * `currentKnewUntil`. Scoring the current model on days it was trained on would reward it for
 * remembering them (measured on the 2,799 shipped complaints: 0.95 top-1 on its own latest 20%
 * against 0.81 for a model that had not seen them), and no retrain would ever win. The candidate
 * learns from everything before the held-out days, staff corrections included; only if it scores
 * better is it refitted on every example (held-out days too) and installed.
 */
export function judgeRetrain(input: {
  examples: readonly TimedExample[];
  /** Asked only when there is something new to judge on (a stored model is megabytes to read). */
  current: () => ClassifierModel;
  currentKnewUntil: Date;
  now: Date;
  testShare?: number;
  /** The categories' names and keywords as administrators keep them, evidence for both models. */
  keywords?: CategoryKeywords;
}): RetrainJudgement {
  // Oldest first: the split and the calibration (fitted on the latest fifth) read the order.
  const labelled = input.examples.filter((e) => e.codes.length > 0).sort((a, b) => a.at.getTime() - b.at.getTime());
  const keywords = input.keywords ? { keywords: input.keywords } : {};
  const known = input.currentKnewUntil.getTime();
  const unseen = labelled.filter((e) => e.at.getTime() > known);
  const trainedThrough = newest(labelled);
  const base = { examples: labelled.length, trainedThrough };
  if (unseen.length === 0) return { ...base, outcome: 'nothing_new', candidate: null, current: null, heldOut: 0, model: null };
  const { train: unseenEarlier, test: heldOut } = splitByTime(unseen, input.testShare);
  const seen = labelled.filter((e) => e.at.getTime() <= known);
  // Calibration changes no ranking: the candidate is judged uncalibrated (one fit instead of two).
  const candidateModel = trainClassifier([...seen, ...unseenEarlier], { now: input.now, calibrate: false, ...keywords });
  const candidate = scoreModel(candidateModel, heldOut, input.keywords);
  const current = scoreModel(input.current(), heldOut, input.keywords);
  if (!isBetterScore(candidate, current)) return { ...base, outcome: 'kept', candidate, current, heldOut: heldOut.length, model: null };
  const model = trainClassifier(labelled, { now: input.now, ...keywords });
  return { ...base, outcome: 'installed', candidate, current, heldOut: heldOut.length, model };
}

function newest(examples: readonly TimedExample[]): Date | null {
  let latest: number | null = null;
  for (const example of examples) latest = Math.max(latest ?? -Infinity, example.at.getTime());
  return latest === null ? null : new Date(latest);
}
