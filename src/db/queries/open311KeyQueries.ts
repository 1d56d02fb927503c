import type { Queryable } from '../database.ts';

export interface Open311KeyRow {
  id: string;
  name: string;
  per_minute: number;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** Every Open311 key, live ones first, newest first; never the hash. */
export async function listOpen311Keys(db: Queryable): Promise<Open311KeyRow[]> {
  const result = await db.query<Open311KeyRow>(
    `select id, name, per_minute, created_at, last_used_at, revoked_at from open311_api_keys
      order by revoked_at is not null, created_at desc, id`,
  );
  return result.rows;
}

export async function findOpen311Key(db: Queryable, id: string): Promise<Open311KeyRow | undefined> {
  const result = await db.query<Open311KeyRow>(
    'select id, name, per_minute, created_at, last_used_at, revoked_at from open311_api_keys where id = $1',
    [id],
  );
  return result.rows[0];
}

/** Revokes a live key; false when there is no such live key. */
export async function revokeOpen311Key(db: Queryable, id: string, now: Date): Promise<boolean> {
  const result = await db.query('update open311_api_keys set revoked_at = $2 where id = $1 and revoked_at is null', [id, now]);
  return result.rowCount === 1;
}

/** Notes that a key filed a request now. */
export async function touchOpen311Key(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('update open311_api_keys set last_used_at = $2 where id = $1', [id, now]);
}
