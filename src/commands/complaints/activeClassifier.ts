import { defaultClassifierModel } from '../../db/reference/defaultClassifierModel.ts';
import {
  ActiveClassifier,
  type CategoryKeywords,
  type CategoryScore,
  type ClassifierModel,
} from '../../domain/complaints/classifier/index.ts';

/**
 * This process's classifier, created once when the module loads: the default
 * model (trained on the shipped complaints, cached) is made on first use and
 * kept for the process however often the classifier is reset to it; `serve`
 * and `import traffy` install the stored model at start
 * (`loadClassifierModel`), `tidtam train` the one it just made, and every
 * process follows a model another one stored at its next read of the complaint
 * configuration (`syncClassifierModel`).
 */
let defaultModel: ClassifierModel | undefined;
export const activeClassifier = new ActiveClassifier(() => (defaultModel ??= defaultClassifierModel()));

/** Suggests categories for a complaint's text with this process's model, most likely first. */
export function suggestCategory(text: string, keywords?: CategoryKeywords): CategoryScore[] {
  return activeClassifier.suggest(text, keywords);
}

/** Installs a model (the one `tidtam train` stored, with its row id), replacing the default. */
export function useClassifierModel(model: ClassifierModel, storedId: number | null): void {
  activeClassifier.use(model, storedId);
}
