import { rankCategories, type CategoryScore, type ClassifierModel } from './linearClassifier.ts';
import type { CategoryKeywords } from './keywordEvidence.ts';

export type { CategoryKeywords } from './keywordEvidence.ts';
export type { CategoryScore, ClassifierModel, TrainOptions } from './linearClassifier.ts';
export { isClassifierModel, rankCategories, trainClassifier } from './linearClassifier.ts';
export type { TrainingExample } from './softmaxRegression.ts';

/**
 * The model a process suggests categories with: the one `tidtam train`
 * stored when it is installed, else the default, made on first use by the
 * function given (trained on the shipped complaints, or read from a cache of
 * that training). An explicit object, so the domain keeps no state of its own
 * and reads no file: the caller that creates it at start
 * (`commands/complaints/activeClassifier.ts`) brings the data.
 */
export class ActiveClassifier {
  #model: ClassifierModel | undefined;
  #storedId: number | null = null;
  readonly #makeDefault: () => ClassifierModel;

  constructor(makeDefault: () => ClassifierModel) {
    this.#makeDefault = makeDefault;
  }

  /** Installs a model (the one `tidtam train` stored, with its row id), replacing the default. */
  use(model: ClassifierModel, storedId: number | null = null): void {
    this.#model = model;
    this.#storedId = storedId;
  }

  /** Goes back to the default model (a test file starting after another in the same process). */
  reset(): void {
    this.#model = undefined;
    this.#storedId = null;
  }

  /** The id of the stored model in use, or null for the default: compared with the newest stored one to follow other processes' retrains. */
  storedId(): number | null {
    return this.#storedId;
  }

  model(): ClassifierModel {
    this.#model ??= this.#makeDefault();
    return this.#model;
  }

  /**
   * Suggests categories for a complaint's text, most likely first, with
   * calibrated scores that sum to 1; `keywords` are the categories' names and
   * keywords as administrators keep them. Operators confirm; intake uses the
   * first when the citizen chose none.
   */
  suggest(text: string, keywords?: CategoryKeywords): CategoryScore[] {
    return rankCategories(this.model(), text, keywords);
  }
}
