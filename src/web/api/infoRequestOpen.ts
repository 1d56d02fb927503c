import { api, request } from './client.ts';
import type {
  DocumentReviewBody,
  InfoRequestPublication,
  RedactionRule,
  RedactionRuleBody,
  RedactionRuleList,
} from '../../shared/api/infoRequestOpen.ts';

export type { InfoRequestPublication, RedactedText, RedactionRule } from '../../shared/api/infoRequestOpen.ts';

/** Publishing an information request (issue #16): preview, publish, withdraw, document review, redaction rules. */
export const readPublication = (caseId: string) => api.get<InfoRequestPublication>(`/api/info-requests/${caseId}/publication`);
export const publish = (caseId: string) => request<InfoRequestPublication>('PUT', `/api/info-requests/${caseId}/publication`, { json: {} });
export const withdrawPublication = (caseId: string) => api.delete<InfoRequestPublication>(`/api/info-requests/${caseId}/publication`);
export const reviewDocument = (caseId: string, docId: string, body: DocumentReviewBody) =>
  request<{ id: string }>('PUT', `/api/info-requests/${caseId}/documents/${docId}/review`, { json: body });
export const listRules = (caseId?: string) =>
  api.get<RedactionRuleList>(caseId ? `/api/redaction-rules?caseId=${encodeURIComponent(caseId)}` : '/api/redaction-rules');
export const addRule = (body: RedactionRuleBody) => api.post<RedactionRule>('/api/redaction-rules', body);
export const removeRule = (id: string) => api.delete<{ ok: true }>(`/api/redaction-rules/${id}`);
