import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromProjectRoot } from '../projectRoot.ts';
import type { Database, Queryable } from './database.ts';

/** The SQL files stay in `src/db/migrations` whether the code runs from `src/` or compiled. */
export const migrationsDir = fromProjectRoot('src', 'db', 'migrations');

/** Migration files are named `<UTC timestamp>-<verb-noun>.sql` so two branches never collide. */
const MIGRATION_NAME = /^\d{14}-[a-z0-9-]+\.sql$/;

export function listMigrations(dir = migrationsDir): string[] {
  const names = readdirSync(dir).filter((name) => name.endsWith('.sql'));
  for (const name of names) {
    if (!MIGRATION_NAME.test(name)) throw new Error(`Migration file name ${name} is not <yyyymmddhhmmss>-<verb-noun>.sql`);
  }
  return names.sort();
}

const CREATE_BOOKKEEPING =
  'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())';

/**
 * Applies exactly these migrations, in the order given, inside the caller's transaction: a restore
 * stops at the migrations its backup was made with, loads the data, then applies the rest, all in
 * one transaction (src/commands/backup/restoreDatabase.ts).
 */
export async function applyMigrations(tx: Queryable, names: readonly string[]): Promise<void> {
  await tx.exec(CREATE_BOOKKEEPING);
  for (const name of names) {
    await tx.exec(readFileSync(path.join(migrationsDir, name), 'utf8'));
    await tx.query('insert into schema_migrations (name) values ($1)', [name]);
  }
}

/**
 * Applies every migration not yet applied, each in its own transaction, in
 * name order. An advisory lock keeps two API processes starting together on
 * one PostgreSQL from applying the same file twice.
 */
export async function migrate(db: Database, options: { onApplied?: (name: string) => void } = {}): Promise<string[]> {
  await db.exec(CREATE_BOOKKEEPING);
  const applied: string[] = [];
  for (const name of listMigrations()) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(7315001)');
      const seen = await tx.query('select 1 from schema_migrations where name = $1', [name]);
      if (seen.rows.length > 0) return false;
      await tx.exec(readFileSync(path.join(migrationsDir, name), 'utf8'));
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);
      return true;
    });
    if (done) {
      applied.push(name);
      options.onApplied?.(name);
    }
  }
  return applied;
}
