import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { fromPglite } from '../../src/db/pgliteDatabase.ts';
import { openPostgres } from '../../src/db/postgresDatabase.ts';
import { prepareDatabase } from '../../src/db/prepareDatabase.ts';
import { systemClock } from '../../src/domain/clock.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string | null;
    postgresPrefix: string;
  }
}

/** One prefix per test run, so two runs on one PostgreSQL server (two developers, CI) never touch each other's databases. */
const RUN_PREFIX = `tidtam_test_${process.pid}_${Date.now().toString(36)}`;
const TEMPLATE_DB = `${RUN_PREFIX}_template`;

/**
 * Every migration and the reference data are applied once per run: to a PGlite
 * database saved as a snapshot file, and, when TEST_DATABASE_URL is set, to a
 * PostgreSQL template database that each test file copies.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tidtam-test-'));
  const snapshot = path.join(dir, 'pglite.tar');
  const url = process.env.TEST_DATABASE_URL;
  project.provide('pgliteSnapshot', snapshot);
  project.provide('postgresTemplate', url ? TEMPLATE_DB : null);
  project.provide('postgresPrefix', RUN_PREFIX);
  // Side by side: PGlite works in this process, PostgreSQL mostly in its server.
  await Promise.all([preparePgliteSnapshot(snapshot), url ? preparePostgresTemplate(url) : undefined]);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      // Only this run's databases: another run on the same server may still be using its own.
      const leftovers = await admin.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [
        RUN_PREFIX,
      ]);
      for (const row of leftovers.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function preparePgliteSnapshot(snapshot: string): Promise<void> {
  const pglite = await PGlite.create({ extensions: { pg_trgm } });
  await prepareDatabase(fromPglite(pglite), { clock: systemClock });
  // PGlite's default 128 MB of shared buffers are set up again at every start (about a second of CPU per test
  // file); a test database is a few megabytes, so 16 MB holds it all.
  await pglite.exec("alter system set shared_buffers = '16MB'");
  // Uncompressed (63 MB against 6.5 MB gzipped): every test file loads it, and
  // skipping the gunzip takes a third off each load (about 1.0 s to 0.7 s of CPU).
  const blob = await pglite.dumpDataDir('none');
  writeFileSync(snapshot, Buffer.from(await blob.arrayBuffer()));
  await pglite.close();
}

async function preparePostgresTemplate(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const template = openPostgres(withDatabase(url, TEMPLATE_DB));
  await prepareDatabase(template, { clock: systemClock });
  await template.close();
}
