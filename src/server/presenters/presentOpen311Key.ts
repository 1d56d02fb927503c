import type { Open311KeyRow } from '../../db/queries/open311KeyQueries.ts';
import type { Open311KeyView } from '../../shared/api/open311Keys.ts';

/** An Open311 key as administrators see it: who uses it, its quota and dates; never the key or its hash. */
export function presentOpen311Key(row: Open311KeyRow): Open311KeyView {
  return {
    id: row.id,
    name: row.name,
    perMinute: row.per_minute,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
