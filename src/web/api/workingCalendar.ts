import { api, query } from './client.ts';
import type {
  AgencyServiceLevelView,
  PublicHolidayBody,
  PublicHolidayList,
  PublicHolidayNamesBody,
  PublicHolidayView,
  WorkingDayFigures,
} from '../../shared/api/workingCalendar.ts';

export type { AgencyServiceLevelView, PublicHolidayView, WorkingDayFigures } from '../../shared/api/workingCalendar.ts';

/** The working-day calendar (issue 16), for the administrator's pages. */
export const listPublicHolidays = (year: number | null) =>
  api.get<PublicHolidayList>(`/api/public-holidays${query({ year: year ?? undefined })}`);
export const addPublicHoliday = (body: PublicHolidayBody) => api.post<PublicHolidayView>('/api/public-holidays', body);
export const renamePublicHoliday = (day: string, body: PublicHolidayNamesBody) =>
  api.put<{ ok: true }>(`/api/public-holidays/${encodeURIComponent(day)}`, body);
export const removePublicHoliday = (day: string) => api.delete<{ ok: true }>(`/api/public-holidays/${encodeURIComponent(day)}`);

const levelPath = (unitId: string) => `/api/info-request-service-levels/${encodeURIComponent(unitId)}`;
export const readAgencyServiceLevel = (unitId: string) => api.get<AgencyServiceLevelView>(levelPath(unitId));
export const setAgencyServiceLevel = (unitId: string, figures: WorkingDayFigures) =>
  api.put<AgencyServiceLevelView>(levelPath(unitId), figures);
export const removeAgencyServiceLevel = (unitId: string) => api.delete<{ ok: true }>(levelPath(unitId));
