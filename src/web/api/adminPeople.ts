import { api, query, request } from './client.ts';
import type { UserView } from '../../shared/api/session.ts';
import type { CreatedOpen311Key, CreateOpen311KeyBody, Open311KeyList } from '../../shared/api/open311Keys.ts';
import type { CreatedToken, TokenList } from '../../shared/api/tokens.ts';
import type { CreatedUser, CreateUserBody, PasswordResetResult, UpdateUserBody, UserList } from '../../shared/api/users.ts';

export type { UserView } from '../../shared/api/session.ts';
export type { Open311KeyView } from '../../shared/api/open311Keys.ts';
export type { TokenView } from '../../shared/api/tokens.ts';
export type { TokenScopeWord } from '../../shared/tokenScopeWords.ts';

/** Staff accounts, API tokens and Open311 keys, for the administrator's pages. */
export const listUsers = (filter: { q?: string; cursor?: string; limit?: number }) => api.get<UserList>(`/api/users${query(filter)}`);
export const readUser = (id: string) => api.get<UserView>(`/api/users/${encodeURIComponent(id)}`);
export const createUser = (body: CreateUserBody) => api.post<CreatedUser>('/api/users', body);
export const updateUser = (id: string, patch: UpdateUserBody) =>
  request<UserView>('PATCH', `/api/users/${encodeURIComponent(id)}`, { json: patch });
export const resetPassword = (id: string, password?: string) =>
  api.post<PasswordResetResult>(`/api/users/${encodeURIComponent(id)}/password`, password === undefined ? {} : { password });

export const listTokens = () => api.get<TokenList>('/api/tokens');
export const createToken = (body: { name: string; password: string; scopes: string[]; expiresInDays: number }) =>
  api.post<CreatedToken>('/api/tokens', body);
export const revokeToken = (id: string) => api.delete<{ ok: true }>(`/api/tokens/${encodeURIComponent(id)}`);

export const listOpen311Keys = () => api.get<Open311KeyList>('/api/open311-keys');
export const createOpen311Key = (body: CreateOpen311KeyBody) => api.post<CreatedOpen311Key>('/api/open311-keys', body);
export const revokeOpen311Key = (id: string) => api.delete<{ ok: true }>(`/api/open311-keys/${encodeURIComponent(id)}`);
