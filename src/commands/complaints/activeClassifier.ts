import { defaultTrainingExamples } from '../../db/reference/traffyTrainingSet.ts';
import { ActiveClassifier, trainClassifier, type CategoryScore, type ClassifierModel } from '../../domain/complaints/classifier/index.ts';

/**
 * This process's classifier, created once when the module loads: the default
 * model is trained on the shipped complaints on first use, and `serve` and
 * `import traffy` install the stored model at start (`loadClassifierModel`),
 * `tidtam train` the one it just made. Other processes pick a new model up at
 * their next start.
 */
export const activeClassifier = new ActiveClassifier(() => trainClassifier(defaultTrainingExamples(), { now: new Date(0) }));

/** Suggests categories for a complaint's text with this process's model, most likely first. */
export function suggestCategory(text: string): CategoryScore[] {
  return activeClassifier.suggest(text);
}

/** Installs a model (the one `tidtam train` stored), replacing the default. */
export function useClassifierModel(model: ClassifierModel): void {
  activeClassifier.use(model);
}
