import { api } from './client.ts';
import type { CasePublication, ComplaintStoryBody, ComplaintStoryDraft } from '../../shared/api/publication.ts';

export const getCasePublication = (caseId: string) => api.get<CasePublication>(`/api/cases/${caseId}/publication`);
export const publishCase = (caseId: string) => api.put<CasePublication>(`/api/cases/${caseId}/publication`);
export const withdrawCase = (caseId: string) => api.delete<CasePublication>(`/api/cases/${caseId}/publication`);
export const getComplaintStory = (caseId: string) => api.get<ComplaintStoryDraft>(`/api/complaints/${caseId}/story`);
export const publishComplaintStory = (caseId: string, body: ComplaintStoryBody) =>
  api.put<ComplaintStoryDraft>(`/api/complaints/${caseId}/story`, body);
export const withdrawComplaintStory = (caseId: string) => api.delete<ComplaintStoryDraft>(`/api/complaints/${caseId}/story`);
