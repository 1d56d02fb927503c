import { api, query } from './client.ts';
import type { NationalPicture, ZonePicture } from '../../shared/api/nationalPicture.ts';
import type { ComplaintStatistics } from '../../shared/api/statistics.ts';

/** The national picture, one inspection zone, and the complaint statistics the zone page shows beside it. */
export const getNationalPicture = () => api.get<NationalPicture>('/api/delivery/picture');
export const getZonePicture = (number: number) => api.get<ZonePicture>(`/api/delivery/zones/${number}`);
export const getComplaintStatistics = (scope: string, fiscalYear: number) =>
  api.get<ComplaintStatistics>(`/api/statistics/complaints${query({ scope, fiscalYear })}`);
