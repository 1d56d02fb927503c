import { api } from './client.ts';
import type { LocalizedText } from './types.ts';

/** The delivery area's API calls and shapes (reach, map, groups, parliamentary questions, bill stages). */

export interface Tally {
  assigned: number;
  acknowledged: number;
}
export interface ReachUnit {
  assignmentId: string;
  unit: { id: string; code: string; kind: string; name: LocalizedText };
  province: { code: string; name: LocalizedText } | null;
  sentAt: string;
}
export interface Reach {
  caseId: string;
  total: Tally;
  byLevel: (Tally & { level: string })[];
  byGrouping: (Tally & { id: string; kind: string; name: LocalizedText })[];
  byProvince: (Tally & { code: string; name: LocalizedText })[];
  /** `groupings` name entries of `byGrouping`. */
  notAcknowledged: (ReachUnit & { waitingHours: number; groupings: { id: string; kind: string }[] })[];
  timing: { medianHours: number | null; slowest: (ReachUnit & { hours: number }) | null };
}
export interface ProvinceMapData {
  width: number;
  height: number;
  provinces: { code: string; name: LocalizedText; path: string }[];
}
export interface UnitRef {
  id: string;
  code: string;
  kind: string;
  name: LocalizedText;
  abbr: string | null;
}
export interface Group {
  id: string;
  name: LocalizedText;
  goal: LocalizedText;
  reportDueOn: string | null;
  caseCount: number;
  leadAgencies: UnitRef[];
  memberAgencies: UnitRef[];
}
export interface GroupDetail extends Group {
  cases: (Tally & { id: string; ref: string; kind: string; title: string; status: string; dueAt: string | null })[];
}
export interface Question {
  id: string;
  ref: string;
  title: string;
  askingMember: string;
  answeringUnit: { id: string; code: string; name: LocalizedText } | null;
  answerDeadline: string;
  daysLeft: number;
  overdue: boolean;
  answeredOn: string | null;
}

const id = encodeURIComponent;
export const getReach = (caseId: string) => api.get<Reach>(`/api/cases/${id(caseId)}/reach`);
export const getProvinceMap = () => api.get<ProvinceMapData>('/api/maps/provinces');
export const listGroups = () => api.get<{ items: Group[] }>('/api/groups');
export const getGroup = (groupId: string) => api.get<GroupDetail>(`/api/groups/${id(groupId)}`);
export const listQuestions = () => api.get<{ items: Question[] }>('/api/parliamentary-questions');
export const answerQuestion = (caseId: string, body: { answer: string; answeredOn: string }) =>
  api.post<{ ok: true }>(`/api/cases/${id(caseId)}/answer`, body);
export const advanceBill = (caseId: string, body: { stage: string; on: string }) =>
  api.post<{ stage: string }>(`/api/cases/${id(caseId)}/bill-stage`, body);
export const listMinistries = () => api.get<{ items: UnitRef[] }>('/api/units?kind=ministry&limit=100');
