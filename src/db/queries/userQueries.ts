import type { Role } from '../../domain/roles.ts';
import type { Queryable } from '../database.ts';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  role: Role;
  unit_id: string;
  unit_path: string;
  unit_code: string;
  unit_name_th: string;
  unit_name_en: string | null;
  locale: 'th' | 'en';
  active: boolean;
  created_at: Date;
  last_login_at: Date | null;
}

export const USER_COLUMNS = `usr.id, usr.username, usr.display_name, usr.email, usr.role, usr.unit_id, un.path as unit_path,
  un.code as unit_code, un.name_th as unit_name_th, un.name_en as unit_name_en, usr.locale, usr.active, usr.created_at,
  usr.last_login_at`;

export async function findUser(db: Queryable, id: string): Promise<UserRow | undefined> {
  const result = await db.query<UserRow>(`select ${USER_COLUMNS} from users usr join units un on un.id = usr.unit_id where usr.id = $1`, [
    id,
  ]);
  return result.rows[0];
}

export async function findUserWithHash(db: Queryable, username: string): Promise<(UserRow & { password_hash: string | null }) | undefined> {
  const result = await db.query<UserRow & { password_hash: string | null }>(
    `select ${USER_COLUMNS}, usr.password_hash from users usr join units un on un.id = usr.unit_id
      where lower(usr.username) = lower($1)`,
    [username],
  );
  return result.rows[0];
}

/** The stored password hash of an account, for re-authentication; never leaves the server. */
export async function findPasswordHash(db: Queryable, id: string): Promise<string | null> {
  const result = await db.query<{ password_hash: string | null }>('select password_hash from users where id = $1 and active', [id]);
  return result.rows[0]?.password_hash ?? null;
}

export async function insertUser(
  db: Queryable,
  input: {
    username: string;
    displayName: string;
    email: string | null;
    passwordHash: string;
    role: Role;
    unitId: string;
    locale: 'th' | 'en';
    now: Date;
  },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `insert into users (username, display_name, email, password_hash, role, unit_id, locale, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [input.username, input.displayName, input.email, input.passwordHash, input.role, input.unitId, input.locale, input.now],
  );
  return result.rows[0]!.id;
}

/** The conditions of a user list: within a unit subtree, and matching a search over names, e-mail and the unit. */
function userFilter(filter: { underPath?: string; q?: string }, params: unknown[]): string[] {
  const where: string[] = ['true'];
  if (filter.underPath) {
    params.push(filter.underPath);
    where.push(`un.path like $${params.length} || '%'`);
  }
  const q = filter.q?.trim();
  if (q) {
    params.push(`%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
    const n = params.length;
    where.push(
      `(usr.username ilike $${n} or usr.display_name ilike $${n} or coalesce(usr.email, '') ilike $${n}
        or un.name_th ilike $${n} or coalesce(un.name_en, '') ilike $${n} or un.code ilike $${n})`,
    );
  }
  return where;
}

/** Users ordered by username, keyset on username, optionally within a unit subtree and matching a search. */
export async function listUsers(
  db: Queryable,
  filter: { underPath?: string; q?: string; after?: string; limit: number },
): Promise<UserRow[]> {
  const params: unknown[] = [];
  const where = userFilter(filter, params);
  if (filter.after) {
    params.push(filter.after);
    where.push(`lower(usr.username) > lower($${params.length})`);
  }
  params.push(filter.limit);
  const result = await db.query<UserRow>(
    `select ${USER_COLUMNS} from users usr join units un on un.id = usr.unit_id
      where ${where.join(' and ')} order by lower(usr.username) limit $${params.length}`,
    params,
  );
  return result.rows;
}

/** How many users match the same filter as `listUsers`, for "20 of 78". */
export async function countUsers(db: Queryable, filter: { underPath?: string; q?: string }): Promise<number> {
  const params: unknown[] = [];
  const where = userFilter(filter, params);
  const result = await db.query<{ n: number }>(
    `select count(*)::int as n from users usr join units un on un.id = usr.unit_id where ${where.join(' and ')}`,
    params,
  );
  return result.rows[0]!.n;
}

/** Sets an account's password hash; the caller revokes its sessions in the same transaction. */
export async function setUserPasswordHash(db: Queryable, id: string, passwordHash: string): Promise<boolean> {
  const result = await db.query('update users set password_hash = $2 where id = $1', [id, passwordHash]);
  return result.rowCount === 1;
}

export async function updateUser(
  db: Queryable,
  id: string,
  patch: {
    displayName?: string;
    email?: string | null;
    role?: Role;
    unitId?: string;
    active?: boolean;
    locale?: 'th' | 'en';
    passwordHash?: string;
  },
): Promise<boolean> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (patch.displayName !== undefined) set('display_name', patch.displayName);
  if (patch.email !== undefined) set('email', patch.email);
  if (patch.role !== undefined) set('role', patch.role);
  if (patch.unitId !== undefined) set('unit_id', patch.unitId);
  if (patch.active !== undefined) set('active', patch.active);
  if (patch.locale !== undefined) set('locale', patch.locale);
  if (patch.passwordHash !== undefined) set('password_hash', patch.passwordHash);
  if (sets.length === 0) return true;
  const result = await db.query(`update users set ${sets.join(', ')} where id = $1`, params);
  return result.rowCount === 1;
}
