import { api, request } from './client.ts';
import type { ClassifierStatusView, RecategoriseBody, RecategoriseResult, TrainResultView } from '../../shared/api/classifierAdmin.ts';

export type { ClassifierStatusView, TrainResultView } from '../../shared/api/classifierAdmin.ts';

export const readClassifierStatus = () => api.get<ClassifierStatusView>('/api/classifier');
export const trainClassifierNow = () => request<TrainResultView>('POST', '/api/classifier/train', { json: {} });
/** `version`: the complaint's version the page showed, sent as If-Match (409 stale_write when it moved). */
export const recategoriseComplaint = (caseId: string, body: RecategoriseBody, version?: number) =>
  request<RecategoriseResult>('POST', `/api/complaints/${caseId}/category`, {
    json: body,
    ...(version === undefined ? {} : { headers: { 'if-match': `"${version}"` } }),
  });
