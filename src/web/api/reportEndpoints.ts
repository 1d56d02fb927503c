import { api } from './client.ts';
import type { DeliveryPicture, OverviewItem, ProgressReportInput } from './reportTypes.ts';

/** The delivery-reporting calls of the browser app. */
const caseUrl = (id: string, rest: string) => `/api/cases/${encodeURIComponent(id)}/${rest}`;

export const getDelivery = (caseId: string) => api.get<DeliveryPicture>(caseUrl(caseId, 'delivery'));
export const getOverview = () => api.get<{ items: OverviewItem[] }>('/api/delivery/overview');

export const fileProgressReport = (assignmentId: string, input: ProgressReportInput) =>
  api.post<{ reportId: string; eventId: number }>(`/api/assignments/${encodeURIComponent(assignmentId)}/reports`, input);

export const recordMeasurement = (
  assignmentId: string,
  input: { indicatorId: string; period: string; value: number; note?: string; attachmentIds: string[] },
) => api.post<{ eventId: number }>(`/api/assignments/${encodeURIComponent(assignmentId)}/measurements`, input);

export function importMeasurements(caseId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<{ imported: number; skipped: number }>(caseUrl(caseId, 'measurement-imports'), form);
}

export const recordDecision = (caseId: string, text: string) => api.post<{ decisionId: string }>(caseUrl(caseId, 'decisions'), { text });

export const createFollowUp = (decisionId: string, input: { title: string; unitCodes: string[] }) =>
  api.post<{ id: string; ref: string }>(`/api/decisions/${encodeURIComponent(decisionId)}/follow-up`, input);

export const templateUrl = (caseId: string, format: 'csv' | 'xlsx') => caseUrl(caseId, `measurement-template?format=${format}`);
export const stocktakeUrl = (caseIds: string[], format: 'pdf' | 'xlsx') =>
  `/api/stocktake?caseIds=${caseIds.map(encodeURIComponent).join(',')}&format=${format}`;
