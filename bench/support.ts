import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../src/db/database.ts';
import { openPostgres } from '../src/db/postgresDatabase.ts';
import { prepareDatabase } from '../src/db/prepareDatabase.ts';
import { systemClock } from '../src/domain/clock.ts';

export const benchDatabaseUrl = () => process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A scratch PostgreSQL database, migrated with the reference data; dropped by `drop()`. */
export async function scratchPostgres(): Promise<{ db: Database; url: string; drop: () => Promise<void> }> {
  const base = benchDatabaseUrl();
  const name = `tidtam_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const parsed = new URL(base);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const db = openPostgres(url, { poolSize: 10 });
  await prepareDatabase(db, { clock: systemClock });
  return {
    db,
    url,
    drop: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);
