import type { Queryable } from '../database.ts';
import { USER_COLUMNS, type UserRow } from './userQueries.ts';

export async function insertSession(
  db: Queryable,
  input: { tokenHash: string; userId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db.query('insert into sessions (token_hash, user_id, created_at, expires_at) values ($1, $2, $3, $4)', [
    input.tokenHash,
    input.userId,
    input.now,
    input.expiresAt,
  ]);
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [tokenHash]);
}

export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<number> {
  const result = await db.query('delete from sessions where expires_at <= $1', [now]);
  return result.rowCount;
}

/** The active user behind a live session token, or undefined. */
export async function findSessionUser(db: Queryable, tokenHash: string, now: Date): Promise<UserRow | undefined> {
  const result = await db.query<UserRow>(
    `select ${USER_COLUMNS} from sessions s join users usr on usr.id = s.user_id join units un on un.id = usr.unit_id
      where s.token_hash = $1 and s.expires_at > $2 and usr.active`,
    [tokenHash, now],
  );
  return result.rows[0];
}

/** The active user behind a live API token, or undefined. */
export async function findApiTokenUser(db: Queryable, tokenHash: string, now: Date): Promise<UserRow | undefined> {
  const result = await db.query<UserRow>(
    `select ${USER_COLUMNS} from api_tokens t join users usr on usr.id = t.user_id join units un on un.id = usr.unit_id
      where t.token_hash = $1 and t.revoked_at is null and (t.expires_at is null or t.expires_at > $2) and usr.active`,
    [tokenHash, now],
  );
  return result.rows[0];
}

export interface ApiTokenRow {
  id: string;
  name: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export async function insertApiToken(
  db: Queryable,
  input: { userId: string; name: string; tokenHash: string; now: Date; expiresAt: Date | null },
): Promise<ApiTokenRow> {
  const result = await db.query<ApiTokenRow>(
    `insert into api_tokens (user_id, name, token_hash, created_at, expires_at) values ($1, $2, $3, $4, $5)
     returning id, name, created_at, expires_at, revoked_at`,
    [input.userId, input.name, input.tokenHash, input.now, input.expiresAt],
  );
  return result.rows[0]!;
}

export async function listApiTokens(db: Queryable, userId: string): Promise<ApiTokenRow[]> {
  const result = await db.query<ApiTokenRow>(
    'select id, name, created_at, expires_at, revoked_at from api_tokens where user_id = $1 order by created_at desc',
    [userId],
  );
  return result.rows;
}

export async function revokeApiToken(db: Queryable, input: { id: string; userId: string; now: Date }): Promise<boolean> {
  const result = await db.query('update api_tokens set revoked_at = $3 where id = $1 and user_id = $2 and revoked_at is null', [
    input.id,
    input.userId,
    input.now,
  ]);
  return result.rowCount === 1;
}
