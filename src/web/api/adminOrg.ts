import { api, query, request } from './client.ts';
import type { MoveUnitBody, RoutingRuleList, RoutingTestBody, RoutingTestResult, UnitTreePage } from '../../shared/api/adminOrg.ts';
import type { UnitDetail } from '../../shared/api/units.ts';

export type { AreaLabel, RoutingRuleView, RoutingTestResult, UnitTreeItem, UnitTreePage } from '../../shared/api/adminOrg.ts';

export interface NewUnit {
  code: string;
  parentId: string;
  kind: string;
  nameTh: string;
  nameEn: string | null;
  abbrTh: string | null;
}

export const browseUnitTree = (params: { parentId?: string; q?: string; offset?: number; limit?: number }) =>
  api.get<UnitTreePage>(`/api/unit-tree${query(params)}`);
export const readUnit = (id: string) => api.get<UnitDetail>(`/api/units/${encodeURIComponent(id)}`);
export const createUnit = (unit: NewUnit) => api.post<UnitDetail>('/api/units', unit);
export const renameUnit = (id: string, names: { nameTh: string; nameEn: string | null; abbrTh: string | null }) =>
  request<UnitDetail>('PATCH', `/api/units/${encodeURIComponent(id)}`, { json: names });
export const moveUnit = (id: string, body: MoveUnitBody) => api.post<UnitDetail>(`/api/units/${encodeURIComponent(id)}/move`, body);

export const listNamedRoutingRules = () => api.get<RoutingRuleList>('/api/complaint-routing-rules/named');
export const saveRoutingRule = (rule: { categoryCode: string | null; areaCode: string | null; unitCode: string }) =>
  api.post<{ id: string }>('/api/complaint-routing-rules', rule);
export const removeRoutingRule = (id: string) => api.delete<{ ok: true }>(`/api/complaint-routing-rules/${encodeURIComponent(id)}`);
export const testRouting = (body: RoutingTestBody) => api.post<RoutingTestResult>('/api/complaint-routing-rules/test', body);
