import { api, request } from './client.ts';
import type {
  AnswerBody,
  AnswerCreated,
  DecisionBody,
  GroundCreateBody,
  GroundList,
  GroundUpdateBody,
  ObjectionBody,
  ObjectionList,
  ObjectionWaysView,
  UploadedDocumentView,
} from '../../shared/api/infoRequestAnswers.ts';

export type { GroundView, ObjectionWayView, StaffObjectionView } from '../../shared/api/infoRequestAnswers.ts';

/** Answers to information requests, the legal grounds and the two ways to object (issue #16). */
export const listGrounds = () => api.get<GroundList>('/api/disclosure-grounds');
export const createGround = (body: GroundCreateBody) => api.post<{ ok: true }>('/api/disclosure-grounds', body);
export const updateGround = (code: string, body: GroundUpdateBody) =>
  request<{ ok: true }>('PUT', `/api/disclosure-grounds/${encodeURIComponent(code)}`, { json: body });

export function uploadAnswerDocument(caseId: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<UploadedDocumentView>(`/api/info-requests/${caseId}/documents/files`, form);
}
export const sendAnswer = (caseId: string, body: AnswerBody) => api.post<AnswerCreated>(`/api/info-requests/${caseId}/answers`, body);

export const readObjectionWays = (code: string) =>
  api.get<ObjectionWaysView>(`/api/public/info-requests/${encodeURIComponent(code)}/objections`);
export const fileObjection = (code: string, body: ObjectionBody) =>
  api.post<{ id: string; dueAt: string }>(`/api/public/info-requests/${encodeURIComponent(code)}/objections`, body);
export const withdrawObjection = (code: string, id: string) =>
  api.post<{ ok: true }>(`/api/public/info-requests/${encodeURIComponent(code)}/objections/${id}/withdraw`);

export const listObjections = (status: 'open' | 'all') => api.get<ObjectionList>(`/api/info-request-objections?status=${status}&limit=100`);
export const decideObjection = (id: string, body: DecisionBody) =>
  api.post<{ status: string; dueAt: string | null; reopened: boolean }>(`/api/info-request-objections/${id}/decision`, body);
