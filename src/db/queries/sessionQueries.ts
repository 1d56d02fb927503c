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

/** The active user behind a live API token, with the token's scopes, or undefined. */
export async function findApiTokenUser(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<{ user: UserRow; scopes: string[] } | undefined> {
  const result = await db.query<UserRow & { token_scopes: string[] }>(
    `select ${USER_COLUMNS}, t.scopes as token_scopes
       from api_tokens t join users usr on usr.id = t.user_id join units un on un.id = usr.unit_id
      where t.token_hash = $1 and t.revoked_at is null and t.expires_at > $2 and usr.active`,
    [tokenHash, now],
  );
  const row = result.rows[0];
  if (!row) return undefined;
  const { token_scopes: scopes, ...user } = row;
  return { user, scopes };
}

export interface ApiTokenRow {
  id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

const TOKEN_COLUMNS = 'id, name, scopes, created_at, expires_at, revoked_at';

export async function insertApiToken(
  db: Queryable,
  input: { userId: string; name: string; tokenHash: string; scopes: readonly string[]; now: Date; expiresAt: Date },
): Promise<ApiTokenRow> {
  const result = await db.query<ApiTokenRow>(
    `insert into api_tokens (user_id, name, token_hash, scopes, created_at, expires_at) values ($1, $2, $3, $4::text[], $5, $6)
     returning ${TOKEN_COLUMNS}`,
    [input.userId, input.name, input.tokenHash, input.scopes, input.now, input.expiresAt],
  );
  return result.rows[0]!;
}

export async function listApiTokens(db: Queryable, userId: string): Promise<ApiTokenRow[]> {
  const result = await db.query<ApiTokenRow>(`select ${TOKEN_COLUMNS} from api_tokens where user_id = $1 order by created_at desc, id`, [
    userId,
  ]);
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

/** Ends every session of a user but the one kept (the session that changed its own password), answering how many ended. */
export async function deleteUserSessions(db: Queryable, userId: string, keepTokenHash: string | null): Promise<number> {
  const result = await db.query('delete from sessions where user_id = $1 and token_hash is distinct from $2', [userId, keepTokenHash]);
  return result.rowCount;
}

/** Revokes every live API token of a user, answering the ids revoked. */
export async function revokeUserApiTokens(db: Queryable, userId: string, now: Date): Promise<string[]> {
  const result = await db.query<{ id: string }>(
    'update api_tokens set revoked_at = $2 where user_id = $1 and revoked_at is null returning id',
    [userId, now],
  );
  return result.rows.map((row) => row.id).sort();
}
