import { api, query } from './client.ts';
import type { AreaSearchResult } from '../../shared/api/areas.ts';
import type { RoutingPreviewBody, RoutingPreviewView } from '../../shared/api/complaintPreview.ts';

/** Areas matching what was typed, best first, each with its address label. */
export const searchAreas = (q: string, limit = 10) => api.get<AreaSearchResult>(`/api/areas/search${query({ q, limit })}`);
/** Where a complaint would go, before filing (the public form). */
export const publicRoutingPreview = (body: RoutingPreviewBody) => api.post<RoutingPreviewView>('/api/public/complaints/preview', body);
/** Where a complaint being taken would go, before saving (the operator console). */
export const staffRoutingPreview = (body: RoutingPreviewBody) => api.post<RoutingPreviewView>('/api/complaints/preview', body);
