import { api, query } from './client.ts';
import type { Page } from './types.ts';

/** One entry of the audit trail (GET /api/audit-events, administrators only). */
export interface AuditEvent {
  id: number;
  category: 'admin' | 'security';
  action: string;
  actor: { id: string; name: string } | null;
  via: string | null;
  target: { type: string; id: string | null } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  data: Record<string, unknown>;
  ip: string | null;
  at: string;
}

export const listAuditEvents = (filters: { category?: string; cursor?: string }) =>
  api.get<Page<AuditEvent>>(`/api/audit-events${query({ ...filters, limit: 50 })}`);
