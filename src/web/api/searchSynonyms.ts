import { api, request } from './client.ts';
import type { SearchSynonymBody, SearchSynonymList } from '../../shared/api/searchSynonyms.ts';

export type { SearchSynonymView } from '../../shared/api/searchSynonyms.ts';

/** The search synonym groups, for the administrator's pages. */
export const listSearchSynonyms = () => api.get<SearchSynonymList>('/api/search-synonyms');
export const createSearchSynonym = (body: SearchSynonymBody) => api.post<{ id: number }>('/api/search-synonyms', body);
export const updateSearchSynonym = (id: number, body: SearchSynonymBody) =>
  request<{ ok: true }>('PUT', `/api/search-synonyms/${id}`, { json: body });
export const removeSearchSynonym = (id: number) => api.delete<{ ok: true }>(`/api/search-synonyms/${id}`);
