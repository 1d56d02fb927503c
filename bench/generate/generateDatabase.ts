import pg from 'pg';
import type { Database } from '../../src/db/database.ts';
import { openPostgres } from '../../src/db/postgresDatabase.ts';
import { prepareDatabase } from '../../src/db/prepareDatabase.ts';
import { systemClock } from '../../src/domain/clock.ts';
import { createBenchInputs } from './benchInputs.ts';
import { dropPlainIndexes, recreateIndexes } from './indexes.ts';
import { loadComplaints } from './loadComplaints.ts';
import { loadDeliveryCases } from './loadDeliveryCases.ts';
import { buildStatistics } from './statistics.ts';
import { readTraffyShape, type TraffyShape } from './traffyShape.ts';

export interface GenerateOptions {
  url: string;
  complaints: number;
  cases: number;
  force: boolean;
  log: (line: string) => void;
  /** The moment deadlines are judged against (overdue, acknowledged on time); the clock's by default. */
  now?: Date;
  /** The texts and shares to draw from; the shipped Traffy export's by default (`readTraffyShape`). */
  shape?: () => TraffyShape;
  /** Names the kind of data (the search bench's varied texts); a database of another variant is not reused. */
  variant?: string;
}

export interface Generated {
  reused: boolean;
  seconds: number;
  complaints: number;
  cases: number;
}

/** Creates the database named in `url` on its server when it is missing; with `force`, drops it first. */
export async function ensureDatabase(url: string, force: boolean): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Not a bench database name: ${name}`);
  parsed.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: parsed.toString() });
  await admin.connect();
  try {
    if (force) await admin.query(`drop database if exists ${name} with (force)`);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

/** The finished generation's parameters, or undefined when the database holds none (or a half-made one). */
async function readMarker(db: Database): Promise<{ complaints: number; cases: number; seconds: number; variant: string } | undefined> {
  await db.exec(`create table if not exists bench_generated (
    id boolean primary key default true check (id), complaints integer not null, cases integer not null,
    seconds double precision not null, finished_at timestamptz not null);
    alter table bench_generated add column if not exists variant text not null default 'traffy'`);
  const row = await db.query<{ complaints: number; cases: number; seconds: number; variant: string }>(
    'select complaints, cases, seconds, variant from bench_generated',
  );
  return row.rows[0];
}

/**
 * Fills a PostgreSQL database with `complaints` complaints and `cases` directives and policies
 * (see loadComplaints.ts and loadDeliveryCases.ts for their shape), builds the statistics, and
 * records the parameters in `bench_generated`. A database already generated with the same
 * parameters is reused as it is; one with others, or half-made, must be rebuilt with `force`.
 */
export async function generateBenchDatabase(options: GenerateOptions): Promise<Generated> {
  const started = performance.now();
  const { log } = options;
  await ensureDatabase(options.url, options.force);
  const db = openPostgres(options.url, { poolSize: 3 });
  try {
    await prepareDatabase(db, { clock: systemClock });
    const marker = await readMarker(db);
    if (marker) {
      const variant = options.variant ?? 'traffy';
      if (marker.complaints === options.complaints && marker.cases === options.cases && marker.variant === variant) {
        log(
          `reusing the generated database (${marker.complaints} complaints, ${marker.cases} cases; built in ${marker.seconds.toFixed(0)} s)`,
        );
        return { reused: true, seconds: marker.seconds, complaints: marker.complaints, cases: marker.cases };
      }
      throw new Error(
        `The database holds ${marker.complaints} complaints and ${marker.cases} cases (${marker.variant}); rebuild with --force`,
      );
    }
    const existing = await db.query<{ n: number }>('select count(*)::int as n from cases');
    if (existing.rows[0]!.n > 0) throw new Error('The database holds cases but no finished generation; rebuild with --force');

    const now = options.now ?? systemClock.now();
    const shape = (options.shape ?? readTraffyShape)();
    const counts = await createBenchInputs(db, shape);
    log(`inputs: ${counts.texts} texts, ${counts.places} subdistricts (${counts.bangkok} in Bangkok)`);
    const indexes = await dropPlainIndexes(db);
    const since = (t: number) => ((performance.now() - t) / 1000).toFixed(1);
    let phase = performance.now();
    const chunk = Math.max(1_000, Math.min(100_000, Math.ceil(options.complaints / 10)));
    await loadComplaints(db, { first: 1, last: options.complaints, chunk, lanes: 2, now, shape, counts }, (done) =>
      log(`complaints ${done.toLocaleString('en')} / ${options.complaints.toLocaleString('en')} (${since(started)} s)`),
    );
    log(`complaints loaded in ${since(phase)} s`);
    phase = performance.now();
    await loadDeliveryCases(db, { first: options.complaints + 1, last: options.complaints + options.cases, chunk: 50_000 }, (done) =>
      log(`directives and policies ${done.toLocaleString('en')} / ${options.cases.toLocaleString('en')} (${since(started)} s)`),
    );
    await db.query(`select setval('case_ref_seq', $1)`, [options.complaints + options.cases + 1]);
    log(`directives and policies loaded in ${since(phase)} s`);
    phase = performance.now();
    await db.exec('analyze cases; analyze complaints; analyze assignments;');
    await recreateIndexes(db, indexes, log, async () => {
      await buildStatistics(db, now, log);
      for (const table of ['complaint_stats', 'complaint_resolve_days', 'complaint_stat_facts']) await db.exec(`vacuum analyze ${table}`);
    });
    log(`indexes and statistics in ${since(phase)} s`);
    phase = performance.now();
    for (const table of ['complaints', 'assignments', 'cases']) await db.exec(`vacuum analyze ${table}`);
    await db.exec('drop table if exists bench_texts, bench_places, bench_halls, bench_owners');
    log(`vacuum in ${since(phase)} s`);
    const seconds = (performance.now() - started) / 1000;
    await db.query('insert into bench_generated (complaints, cases, seconds, finished_at, variant) values ($1, $2, $3, now(), $4)', [
      options.complaints,
      options.cases,
      seconds,
      options.variant ?? 'traffy',
    ]);
    log(`generated in ${seconds.toFixed(1)} s`);
    return { reused: false, seconds, complaints: options.complaints, cases: options.cases };
  } finally {
    await db.close();
  }
}
