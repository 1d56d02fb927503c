import type { LocalizedText } from './types.ts';
import { api, query, request } from './client.ts';

export interface Category {
  code: string;
  name: LocalizedText;
  acknowledgeHours: number | null;
  resolveHours: number | null;
  active: boolean;
}

export interface Area {
  code: string;
  level: string;
  parentCode: string | null;
  name: LocalizedText;
}

export interface ComplaintDraft {
  categoryCode: string | null;
  description: string;
  areaCode: string | null;
  location: { lat: number; lon: number } | null;
  address?: string;
  complainant: { name?: string; phone?: string; email?: string; citizenId?: string } | null;
  attachmentIds?: string[];
}

/** A likely duplicate: named by its public id, since its tracking code is its citizen's secret. */
export interface DuplicateHint {
  publicId: string;
  score: number;
}

export interface PublicCreated {
  /** This citizen's own secret code. */
  trackingCode: string;
  publicId: string;
  unit: { code: string; name: LocalizedText };
  duplicates: DuplicateHint[];
  replayed: boolean;
}

export interface Tracked {
  trackingCode: string;
  title: string;
  description: string;
  category: { code: string; th: string; en: string };
  receivedAt: string;
  status: string;
  statusName: LocalizedText;
  unit: LocalizedText | null;
  steps: { status: string; statusName: LocalizedText; at: string; message: string | null }[];
  rating: number | null;
  canRate: boolean;
  canReopen: boolean;
  reopenUntil: string | null;
  mergedIntoPublicId: string | null;
}

export interface Caller {
  caseId: string;
  trackingCode: string;
  name: string | null;
  title: string;
  caseStatus: string;
  receivedAt: string;
}

export const publicCategories = () => api.get<{ items: Category[] }>('/api/public/complaint-categories');
export const listAreas = (params: { level?: string; parent?: string; q?: string }) =>
  api.get<{ total: number; items: Area[] }>(`/api/areas${query(params)}`);
export const uploadPhoto = (file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<{ id: string }>('/api/public/complaint-photos', form);
};
/** Sends with an Idempotency-Key, so a resend after a lost answer files one complaint. */
export const fileComplaint = (draft: ComplaintDraft, idempotencyKey: string) =>
  request<PublicCreated>('POST', '/api/public/complaints', { json: draft, headers: { 'idempotency-key': idempotencyKey } });
export const publicDuplicates = (input: Pick<ComplaintDraft, 'categoryCode' | 'description' | 'areaCode' | 'location'>) =>
  api.post<{ items: DuplicateHint[] }>('/api/public/complaints/likely-duplicates', input);
export const trackComplaint = (code: string) => api.get<Tracked>(`/api/public/complaints/${encodeURIComponent(code)}`);
export const rateComplaint = (code: string, rating: number, comment: string) =>
  api.post(`/api/public/complaints/${encodeURIComponent(code)}/rating`, { rating, ...(comment ? { comment } : {}) });
export const reopenComplaint = (code: string, reason: string) =>
  api.post(`/api/public/complaints/${encodeURIComponent(code)}/reopen`, { reason });

export const staffCategories = () => api.get<{ items: Category[] }>('/api/complaint-categories');
export const updateCategory = (
  code: string,
  body: { nameTh: string; nameEn: string; acknowledgeHours: number | null; resolveHours: number | null; active: boolean },
) => request(`PATCH`, `/api/complaint-categories/${code}`, { json: body });
export const findCaller = (phone: string) => api.get<{ items: Caller[] }>(`/api/complaints/callers${query({ phone })}`);
export const staffDuplicates = (input: Pick<ComplaintDraft, 'categoryCode' | 'description' | 'areaCode' | 'location'>) =>
  api.post<{ items: { caseId: string; publicId: string; score: number }[] }>('/api/complaints/likely-duplicates', input);
export const takeComplaint = (body: ComplaintDraft & { channel: string }, idempotencyKey: string) =>
  request<{
    caseId: string;
    trackingCode: string;
    unit: { code: string; name: LocalizedText };
    duplicates: { caseId: string; publicId: string }[];
  }>('POST', '/api/complaints', { json: body, headers: { 'idempotency-key': idempotencyKey } });
