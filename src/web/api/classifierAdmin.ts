import { api, request } from './client.ts';
import type { ClassifierStatusView, RecategoriseBody, RecategoriseResult, TrainResultView } from '../../shared/api/classifierAdmin.ts';

export type { ClassifierStatusView, TrainResultView } from '../../shared/api/classifierAdmin.ts';

export const readClassifierStatus = () => api.get<ClassifierStatusView>('/api/classifier');
export const trainClassifierNow = () => request<TrainResultView>('POST', '/api/classifier/train', { json: {} });
export const recategoriseComplaint = (caseId: string, body: RecategoriseBody) =>
  request<RecategoriseResult>('POST', `/api/complaints/${caseId}/category`, { json: body });
