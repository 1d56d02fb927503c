import { api } from './client.ts';
import type { AreaComplaintTrendView, ClusterList, ClusterRaised, RaiseClusterBody } from '../../shared/api/clusters.ts';

export const listClusters = () => api.get<ClusterList>('/api/complaint-clusters');
export const raiseCluster = (body: RaiseClusterBody) => api.post<ClusterRaised>('/api/complaint-clusters/raise', body);
export const getComplaintTrend = (caseId: string) => api.get<AreaComplaintTrendView>(`/api/cases/${caseId}/complaint-trend`);
