import { api } from './client.ts';
import type { BudgetImportResult, CaseBudgetView } from '../../shared/api/budget.ts';

/** The budget calls of the browser app. */
const budgetUrl = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}/budget${rest}`;

export const getBudget = (caseId: string) => api.get<CaseBudgetView>(budgetUrl(caseId));

export function importBudget(caseId: string, fiscalYear: number, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<BudgetImportResult>(budgetUrl(caseId, `/import?fiscalYear=${fiscalYear}`), form);
}

export const budgetTemplateUrl = (caseId: string, fiscalYear: number, format: 'csv' | 'xlsx') =>
  budgetUrl(caseId, `/template?format=${format}&fiscalYear=${fiscalYear}`);
