import { api, query } from './client.ts';
import type { DistrictMap, ProvinceMap } from '../../shared/api/areas.ts';
import type { ComplaintStatistics, StatisticsQuery } from '../../shared/api/statistics.ts';

/** The complaint dashboards' API calls: the figures of a scope and period, and the maps they are drawn on. All public. */

export const getComplaintStatistics = (params: StatisticsQuery) =>
  api.get<ComplaintStatistics>(
    `/api/statistics/complaints${query({ ...params, scope: params.scope === 'TH' ? undefined : params.scope })}`,
  );
export const getProvinceMap = () => api.get<ProvinceMap>('/api/maps/provinces');
export const getDistrictMap = (province: string) => api.get<DistrictMap>(`/api/areas/${encodeURIComponent(province)}/district-map`);
