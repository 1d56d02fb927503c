import { rankCategories, type CategoryScore, type ClassifierModel } from './naiveBayes.ts';

export type { CategoryScore, ClassifierModel, TrainingExample } from './naiveBayes.ts';
export { rankCategories, trainClassifier } from './naiveBayes.ts';

/**
 * The model a process suggests categories with: the one `tidtam train`
 * stored when it is installed, else the default, made on first use by the
 * function given (training on the shipped 1,000 complaints takes about half
 * a second, cheaper than shipping the 2 MB model). An explicit object, so the
 * domain keeps no state of its own and reads no file: the caller that creates
 * it at start (`commands/complaints/activeClassifier.ts`) brings the data.
 */
export class ActiveClassifier {
  #model: ClassifierModel | undefined;
  readonly #makeDefault: () => ClassifierModel;

  constructor(makeDefault: () => ClassifierModel) {
    this.#makeDefault = makeDefault;
  }

  /** Installs a model (the one `tidtam train` stored), replacing the default. */
  use(model: ClassifierModel): void {
    this.#model = model;
  }

  model(): ClassifierModel {
    this.#model ??= this.#makeDefault();
    return this.#model;
  }

  /**
   * Suggests categories for a complaint's text, most likely first, with
   * scores that sum to 1. Operators confirm; intake uses the first when the
   * citizen chose none.
   */
  suggest(text: string): CategoryScore[] {
    return rankCategories(this.model(), text);
  }
}
