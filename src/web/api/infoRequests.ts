import { api, query, request } from './client.ts';
import type { Ok } from '../../shared/api/common.ts';
import type {
  AgencyList,
  FiledInfoRequestView,
  InfoRequestList,
  PublicInfoRequestBody,
  RequesterView,
  StaffFiledInfoRequestView,
  StaffInfoRequestBody,
  StaffInfoRequestView,
  TrackedInfoRequestView,
} from '../../shared/api/infoRequests.ts';

const code = (value: string) => encodeURIComponent(value.trim().toUpperCase());

export const searchAgencies = (q: string, offset = 0) =>
  api.get<AgencyList>(`/api/public/info-requests/agencies${query({ q, offset, limit: 10 })}`);
/** Sends with an Idempotency-Key, so a resend after a lost answer files one request. */
export const fileInfoRequest = (body: PublicInfoRequestBody, idempotencyKey: string) =>
  request<FiledInfoRequestView>('POST', '/api/public/info-requests', { json: body, headers: { 'idempotency-key': idempotencyKey } });
export const trackInfoRequest = (value: string) => api.get<TrackedInfoRequestView>(`/api/public/info-requests/${code(value)}`);
export const answerClarification = (value: string, answer: string) =>
  api.post<Ok>(`/api/public/info-requests/${code(value)}/clarification`, { answer });
export const withdrawInfoRequest = (value: string) => api.post<Ok>(`/api/public/info-requests/${code(value)}/withdraw`, {});
export const documentUrl = (value: string, documentId: string) => `/api/public/info-requests/${code(value)}/documents/${documentId}`;

export const fileForCaller = (body: StaffInfoRequestBody, idempotencyKey: string) =>
  request<StaffFiledInfoRequestView>('POST', '/api/info-requests', { json: body, headers: { 'idempotency-key': idempotencyKey } });
export const listInfoRequests = (params: { state?: string; offset?: number }) =>
  api.get<InfoRequestList>(`/api/info-requests${query({ ...params, limit: 25 })}`);
export const readInfoRequest = (id: string) => api.get<StaffInfoRequestView>(`/api/info-requests/${id}`);
export const readRequester = (id: string) => api.get<{ items: RequesterView[] }>(`/api/info-requests/${id}/requester`);
export const transferInfoRequest = (id: string, toUnitId: string, reason: string) =>
  api.post<Ok>(`/api/info-requests/${id}/transfer`, { toUnitId, reason });
export const askClarification = (id: string, question: string) => api.post<Ok>(`/api/info-requests/${id}/clarification`, { question });
