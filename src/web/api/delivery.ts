import { api } from './client.ts';
import type { ProvinceMap } from '../../shared/api/areas.ts';
import type { Ok } from '../../shared/api/common.ts';
import type {
  AdvanceBillBody,
  AnswerQuestionBody,
  BillStageView,
  GroupDetail,
  GroupList,
  QuestionList,
  ReachView,
} from '../../shared/api/delivery.ts';
import type { UnitList } from '../../shared/api/units.ts';

/** The delivery area's API calls (reach, map, groups, parliamentary questions, bill stages). */

const id = encodeURIComponent;
export const getReach = (caseId: string) => api.get<ReachView>(`/api/cases/${id(caseId)}/reach`);
export const getProvinceMap = () => api.get<ProvinceMap>('/api/maps/provinces');
export const listGroups = () => api.get<GroupList>('/api/groups');
export const getGroup = (groupId: string) => api.get<GroupDetail>(`/api/groups/${id(groupId)}`);
export const listQuestions = () => api.get<QuestionList>('/api/parliamentary-questions');
export const answerQuestion = (caseId: string, body: AnswerQuestionBody) => api.post<Ok>(`/api/cases/${id(caseId)}/answer`, body);
export const advanceBill = (caseId: string, body: AdvanceBillBody) => api.post<BillStageView>(`/api/cases/${id(caseId)}/bill-stage`, body);
export const listMinistries = () => api.get<UnitList>('/api/units?kind=ministry&limit=100');
