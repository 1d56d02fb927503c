import { rankCategories, trainClassifier, type CategoryKeywords, type ClassifierModel, type TrainingExample } from './index.ts';

export interface TimedExample extends TrainingExample {
  at: Date;
}

/** How a model did on one category of the held-out examples (a complaint counts for each of its labels). */
export interface CategoryAccuracy {
  code: string;
  tested: number;
  top1: number;
  top3: number;
}

/** How a model did on held-out examples: a hit is a prediction among the complaint's labels. */
export interface ModelScore {
  tested: number;
  top1: number;
  top3: number;
  perCategory: CategoryAccuracy[];
}

export interface ClassifierEvaluation extends ModelScore {
  examples: number;
  unlabelled: number;
  trained: number;
  trainMs: number;
}

/**
 * The split by time every measurement uses: labelled examples sorted by when
 * they were filed, the earliest (1 - testShare) to train on, the latest
 * testShare held out, as the model is used (trained on the past, asked about
 * what comes next). Never shuffled.
 */
export function splitByTime<T extends TimedExample>(examples: readonly T[], testShare = 0.2): { train: T[]; test: T[] } {
  const labelled = examples.filter((e) => e.codes.length > 0).sort((a, b) => a.at.getTime() - b.at.getTime());
  const cut = Math.floor(labelled.length * (1 - testShare));
  return { train: labelled.slice(0, cut), test: labelled.slice(cut) };
}

/** Scores a model on held-out examples, overall and per category. */
export function scoreModel(model: ClassifierModel, test: readonly TrainingExample[], keywords?: CategoryKeywords): ModelScore {
  return scoreRanker((text) => rankCategories(model, text, keywords), test);
}

/** Scores any ranking of categories (the regression, the naive Bayes baseline, a constant guess) the same way. */
export function scoreRanker(rank: (text: string) => readonly { code: string }[], test: readonly TrainingExample[]): ModelScore {
  let top1 = 0;
  let top3 = 0;
  const byCode = new Map<string, { tested: number; top1: number; top3: number }>();
  for (const example of test) {
    const ranked = rank(example.text);
    const hit1 = Boolean(ranked[0] && example.codes.includes(ranked[0].code));
    const hit3 = ranked.slice(0, 3).some((r) => example.codes.includes(r.code));
    if (hit1) top1++;
    if (hit3) top3++;
    for (const code of new Set(example.codes)) {
      const entry = byCode.get(code) ?? { tested: 0, top1: 0, top3: 0 };
      entry.tested++;
      if (hit1) entry.top1++;
      if (hit3) entry.top3++;
      byCode.set(code, entry);
    }
  }
  const share = (hits: number, of: number) => (of ? hits / of : 0);
  return {
    tested: test.length,
    top1: share(top1, test.length),
    top3: share(top3, test.length),
    perCategory: [...byCode]
      .map(([code, entry]) => ({
        code,
        tested: entry.tested,
        top1: share(entry.top1, entry.tested),
        top3: share(entry.top3, entry.tested),
      }))
      .sort((a, b) => b.tested - a.tested || a.code.localeCompare(b.code)),
  };
}

/**
 * Accuracy on the split by time: trains on the earlier examples, scores on the
 * latest. Unlabelled complaints are left out and counted.
 */
export function evaluateClassifier(
  examples: readonly TimedExample[],
  options: { testShare?: number; keywords?: CategoryKeywords } = {},
): ClassifierEvaluation {
  const { train, test } = splitByTime(examples, options.testShare);
  const started = performance.now();
  // Calibration changes no ranking, so top-1 and top-3 are measured without it (one fit instead of two).
  const model = trainClassifier(train, { now: new Date(0), calibrate: false, ...(options.keywords ? { keywords: options.keywords } : {}) });
  const trainMs = performance.now() - started;
  return {
    examples: examples.length,
    unlabelled: examples.length - train.length - test.length,
    trained: train.length,
    trainMs,
    ...scoreModel(model, test, options.keywords),
  };
}
