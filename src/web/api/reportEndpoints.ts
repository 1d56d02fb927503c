import { api } from './client.ts';
import type { EventCreated } from '../../shared/api/common.ts';
import type {
  DecisionBody,
  DecisionCreated,
  DeliveryPictureView,
  FollowUpBody,
  FollowUpCreated,
  ImportResult,
  MeasurementBody,
  OverviewView,
  ProgressReportBody,
  ReportCreated,
} from '../../shared/api/reports.ts';

/** The delivery-reporting calls of the browser app. */
const caseUrl = (id: string, rest: string) => `/api/cases/${encodeURIComponent(id)}/${rest}`;

export const getDelivery = (caseId: string) => api.get<DeliveryPictureView>(caseUrl(caseId, 'delivery'));
export const getOverview = () => api.get<OverviewView>('/api/delivery/overview');

export const fileProgressReport = (assignmentId: string, input: ProgressReportBody) =>
  api.post<ReportCreated>(`/api/assignments/${encodeURIComponent(assignmentId)}/reports`, input);

export const recordMeasurement = (assignmentId: string, input: MeasurementBody) =>
  api.post<EventCreated>(`/api/assignments/${encodeURIComponent(assignmentId)}/measurements`, input);

export function importMeasurements(caseId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<ImportResult>(caseUrl(caseId, 'measurement-imports'), form);
}

export const recordDecision = (caseId: string, text: string) =>
  api.post<DecisionCreated>(caseUrl(caseId, 'decisions'), { text } satisfies DecisionBody);

export const createFollowUp = (decisionId: string, input: FollowUpBody) =>
  api.post<FollowUpCreated>(`/api/decisions/${encodeURIComponent(decisionId)}/follow-up`, input);

export const templateUrl = (caseId: string, format: 'csv' | 'xlsx') => caseUrl(caseId, `measurement-template?format=${format}`);
export const stocktakeUrl = (caseIds: string[], format: 'pdf' | 'xlsx') =>
  `/api/stocktake?caseIds=${caseIds.map(encodeURIComponent).join(',')}&format=${format}`;
