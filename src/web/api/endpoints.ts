import { api, query } from './client.ts';
import type { AreaList, GroupingList } from '../../shared/api/areas.ts';
import type { AssignBody, AssignResult, CompleteBody, ProgressBody, ReasonBody } from '../../shared/api/assignments.ts';
import type { AttachmentView, CaseDetail, CaseList, CloseCaseBody, CreateCaseBody, EventList } from '../../shared/api/cases.ts';
import type { EventCreated, Ok } from '../../shared/api/common.ts';
import type { InboxList } from '../../shared/api/inbox.ts';
import type { SessionView, SignInBody } from '../../shared/api/session.ts';
import type { UnitList } from '../../shared/api/units.ts';
import type { UnitKind } from '../../shared/unitKinds.ts';

/** Every API call the browser app makes, typed, in one place. */

/** null: no one is signed in (204). */
export const getSession = () => api.get<SessionView | null>('/api/session', { expect401: true });
export const signIn = (username: string, password: string) =>
  api.post<SessionView>('/api/session', { username, password } satisfies SignInBody, { expect401: true });
export const signOut = () => api.delete<Ok>('/api/session');

export const getInbox = () => api.get<InboxList>('/api/inbox?limit=100');

export interface CaseFilters {
  q?: string;
  kind?: string;
  status?: string;
  area?: string;
  overdue?: boolean;
  cursor?: string;
}
export const listCases = (filters: CaseFilters) => api.get<CaseList>(`/api/cases${query({ ...filters, limit: 25 })}`);
export const getCase = (id: string) => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`);
export const getCaseEvents = (id: string, before?: number) =>
  api.get<EventList>(`/api/cases/${encodeURIComponent(id)}/events${before ? `?before=${before}` : ''}`);

/** Opens a case; `details` carries the kind's own fields (src/domain/delivery/caseDetails.ts). */
export const createCase = (input: CreateCaseBody) => api.post<CaseDetail>('/api/cases', input);
/**
 * The version of the case or assignment the page showed, sent as `If-Match`: when someone else changed
 * it since, the API answers 409 `stale_write` instead of acting on a state the officer never saw.
 */
const ifMatch = (version: number | undefined) => (version === undefined ? undefined : { headers: { 'if-match': `"${version}"` } });

export const assignCase = (caseId: string, input: AssignBody, version?: number) =>
  api.post<AssignResult>(`/api/cases/${encodeURIComponent(caseId)}/assignments`, input, ifMatch(version));
export const closeCase = (caseId: string, note: string, version?: number) =>
  api.post<Ok>(`/api/cases/${encodeURIComponent(caseId)}/close`, { note } satisfies CloseCaseBody, ifMatch(version));

const assignmentPath = (id: string, action: string) => `/api/assignments/${encodeURIComponent(id)}/${action}`;
export const acknowledge = (id: string, version?: number) => api.post<Ok>(assignmentPath(id, 'acknowledge'), {}, ifMatch(version));
export const accept = (id: string, version?: number) => api.post<Ok>(assignmentPath(id, 'accept'), {}, ifMatch(version));
export const complete = (id: string, note: string, publicReply = '', version?: number) =>
  api.post<Ok>(
    assignmentPath(id, 'complete'),
    { ...(note ? { note } : {}), ...(publicReply ? { publicReply } : {}) } satisfies CompleteBody,
    ifMatch(version),
  );
export const returnAssignment = (id: string, reason: string, version?: number) =>
  api.post<Ok>(assignmentPath(id, 'return'), { reason } satisfies ReasonBody, ifMatch(version));
export const sendBack = (id: string, reason: string, version?: number) =>
  api.post<Ok>(assignmentPath(id, 'send-back'), { reason } satisfies ReasonBody, ifMatch(version));
export const cascade = (id: string, input: AssignBody, version?: number) =>
  api.post<AssignResult>(assignmentPath(id, 'cascade'), input, ifMatch(version));
export const reportProgress = (id: string, note: string, attachmentIds: string[], version?: number) =>
  api.post<EventCreated>(assignmentPath(id, 'progress'), { note, attachmentIds } satisfies ProgressBody, ifMatch(version));

export function uploadAttachment(file: File): Promise<AttachmentView> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<AttachmentView>('/api/attachments', form);
}

export interface UnitQuery {
  parentId?: string;
  underId?: string;
  kind?: UnitKind;
  q?: string;
  cursor?: string;
  limit?: number;
}
export const listUnits = (filter: UnitQuery) => api.get<UnitList>(`/api/units${query({ limit: 100, ...filter })}`);

export const listProvinces = () => api.get<AreaList>('/api/areas?level=province');
export const listGroupings = () => api.get<GroupingList>('/api/area-groupings');
