import { api, request } from './client.ts';
import type { OpenDatasetList, OpenDataSettingsBody, OpenDataSettingsView } from '../../shared/api/openDataAdmin.ts';

export type { OpenDatasetState, OpenDataSettingsBody } from '../../shared/api/openDataAdmin.ts';

export const readOpenDataSettings = () => api.get<OpenDataSettingsView>('/api/open-data/settings');
export const saveOpenDataSettings = (settings: OpenDataSettingsBody) =>
  request<{ ok: true }>('PUT', '/api/open-data/settings', { json: settings });
export const listOpenDatasets = () => api.get<OpenDatasetList>('/api/open-data/datasets');
export const setOpenDatasetPublication = (name: string, published: boolean) =>
  request<{ ok: true }>('PUT', `/api/open-data/datasets/${encodeURIComponent(name)}/publication`, { json: { published } });
