import { api, query } from './client.ts';
import type { AuditEventList } from '../../shared/api/audit.ts';

export type { AuditEventView as AuditEvent } from '../../shared/api/audit.ts';

export const listAuditEvents = (filters: { category?: string; cursor?: string }) =>
  api.get<AuditEventList>(`/api/audit-events${query({ ...filters, limit: 50 })}`);
