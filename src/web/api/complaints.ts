import { api, query, request } from './client.ts';
import type { AreaList } from '../../shared/api/areas.ts';
import type { Ok } from '../../shared/api/common.ts';
import type {
  CallerView,
  CategoryBody,
  CategoryList,
  CreatedComplaintView,
  DuplicateCheckBody,
  DuplicateHintList,
  PhotoView,
  PublicComplaintBody,
  PublicCreatedView,
  RatingBody,
  ReopenBody,
  StaffComplaintBody,
  StaffDuplicateList,
  TrackedView,
} from '../../shared/api/complaints.ts';

export const publicCategories = () => api.get<CategoryList>('/api/public/complaint-categories');
export const listAreas = (params: { level?: string; parent?: string; q?: string }) => api.get<AreaList>(`/api/areas${query(params)}`);
export const uploadPhoto = (file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<PhotoView>('/api/public/complaint-photos', form);
};
/** Sends with an Idempotency-Key, so a resend after a lost answer files one complaint. */
export const fileComplaint = (body: PublicComplaintBody, idempotencyKey: string) =>
  request<PublicCreatedView>('POST', '/api/public/complaints', { json: body, headers: { 'idempotency-key': idempotencyKey } });
export const publicDuplicates = (input: DuplicateCheckBody) =>
  api.post<DuplicateHintList>('/api/public/complaints/likely-duplicates', input);
export const trackComplaint = (code: string) => api.get<TrackedView>(`/api/public/complaints/${encodeURIComponent(code)}`);
export const rateComplaint = (code: string, rating: number, comment: string) =>
  api.post<Ok>(`/api/public/complaints/${encodeURIComponent(code)}/rating`, {
    rating,
    ...(comment ? { comment } : {}),
  } satisfies RatingBody);
export const reopenComplaint = (code: string, reason: string) =>
  api.post<Ok>(`/api/public/complaints/${encodeURIComponent(code)}/reopen`, { reason } satisfies ReopenBody);

export const staffCategories = () => api.get<CategoryList>('/api/complaint-categories');
export const updateCategory = (code: string, body: CategoryBody) =>
  request<Ok>(`PATCH`, `/api/complaint-categories/${code}`, { json: body });
export const findCaller = (phone: string) => api.get<CallerView>(`/api/complaints/callers${query({ phone })}`);
export const staffDuplicates = (input: DuplicateCheckBody) => api.post<StaffDuplicateList>('/api/complaints/likely-duplicates', input);
export const takeComplaint = (body: StaffComplaintBody, idempotencyKey: string) =>
  request<CreatedComplaintView>('POST', '/api/complaints', { json: body, headers: { 'idempotency-key': idempotencyKey } });
