import { api, query } from './client.ts';
import type {
  Area,
  AssignRequest,
  AssignResult,
  Attachment,
  CaseDetail,
  CaseEvent,
  CaseKind,
  CaseSummary,
  Grouping,
  InboxItem,
  Page,
  Priority,
  Session,
  UnitKind,
  UnitListItem,
} from './types.ts';

/** Every API call the browser app makes, typed, in one place. */

export const getSession = () => api.get<Session>('/api/session', { expect401: true });
export const signIn = (username: string, password: string) =>
  api.post<Session>('/api/session', { username, password }, { expect401: true });
export const signOut = () => api.delete<{ ok: true }>('/api/session');

export const getInbox = () => api.get<{ items: InboxItem[]; hasMore: boolean }>('/api/inbox?limit=100');

export interface CaseFilters {
  q?: string;
  kind?: string;
  status?: string;
  area?: string;
  overdue?: boolean;
  cursor?: string;
}
export const listCases = (filters: CaseFilters) => api.get<Page<CaseSummary>>(`/api/cases${query({ ...filters, limit: 25 })}`);
export const getCase = (id: string) => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`);
export const getCaseEvents = (id: string) => api.get<{ items: CaseEvent[] }>(`/api/cases/${encodeURIComponent(id)}/events`);

export interface NewCase {
  kind: CaseKind;
  title: string;
  body: string;
  priority: Priority;
  dueDate: string | null;
  /** The kind's own fields (src/domain/delivery/caseDetails.ts). */
  details?: Record<string, unknown>;
  assignments: AssignRequest[];
}
export const createCase = (input: NewCase) => api.post<CaseDetail>('/api/cases', input);
export const assignCase = (caseId: string, input: AssignRequest) =>
  api.post<AssignResult>(`/api/cases/${encodeURIComponent(caseId)}/assignments`, input);
export const closeCase = (caseId: string, note: string) =>
  api.post<{ ok: true }>(`/api/cases/${encodeURIComponent(caseId)}/close`, { note });

const assignmentPath = (id: string, action: string) => `/api/assignments/${encodeURIComponent(id)}/${action}`;
export const acknowledge = (id: string) => api.post<{ ok: true }>(assignmentPath(id, 'acknowledge'), {});
export const accept = (id: string) => api.post<{ ok: true }>(assignmentPath(id, 'accept'), {});
export const complete = (id: string, note: string) => api.post<{ ok: true }>(assignmentPath(id, 'complete'), note ? { note } : {});
export const returnAssignment = (id: string, reason: string) => api.post<{ ok: true }>(assignmentPath(id, 'return'), { reason });
export const sendBack = (id: string, reason: string) => api.post<{ ok: true }>(assignmentPath(id, 'send-back'), { reason });
export const cascade = (id: string, input: AssignRequest) => api.post<AssignResult>(assignmentPath(id, 'cascade'), input);
export const reportProgress = (id: string, note: string, attachmentIds: string[]) =>
  api.post<{ eventId: number }>(assignmentPath(id, 'progress'), { note, attachmentIds });

export function uploadAttachment(file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<Attachment>('/api/attachments', form);
}

export interface UnitQuery {
  parentId?: string;
  underId?: string;
  kind?: UnitKind;
  q?: string;
  cursor?: string;
  limit?: number;
}
export const listUnits = (filter: UnitQuery) => api.get<Page<UnitListItem>>(`/api/units${query({ limit: 100, ...filter })}`);

export const listProvinces = () => api.get<{ items: Area[] }>('/api/areas?level=province');
export const listGroupings = () => api.get<{ items: Grouping[] }>('/api/area-groupings');
