import { randomBytes } from 'node:crypto';
import type { Queryable } from '../database.ts';

/**
 * A secret key every process shares, made from 32 random bytes by the first
 * process that asks and read by the others (`on conflict do nothing`, then
 * read the winner's), so nothing has to be configured and a second process
 * behind a load balancer accepts what the first one signed.
 */
export async function serverKey(db: Queryable, name: string, now: Date): Promise<string> {
  const read = async () => (await db.query<{ key: string }>('select key from server_keys where name = $1', [name])).rows[0]?.key;
  const found = await read();
  if (found) return found;
  await db.query('insert into server_keys (name, key, created_at) values ($1, $2, $3) on conflict (name) do nothing', [
    name,
    randomBytes(32).toString('base64url'),
    now,
  ]);
  return (await read())!;
}
