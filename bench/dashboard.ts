/**
 * The national picture under load (issue #11): against the generated database (`npm run bench --
 * generate` first), the real app over PostgreSQL answers GET /api/statistics/complaints for the
 * country, an inspection zone, a province and a district, fiscal year 2569, to 10 concurrent
 * readers, and the league table when that route exists. Baseline in the same run, on the same
 * server: the same scopes' headline figures by a raw scan (bench/statisticsRawRoute.ts).
 * Target: p95 under 50 ms for each aggregate read.
 */
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import autocannon from 'autocannon';
import { openPostgres } from '../src/db/postgresDatabase.ts';
import { systemClock } from '../src/domain/clock.ts';
import { buildApp } from '../src/server/buildApp.ts';
import { generatedDatabaseUrl } from './generate.ts';
import type { Figures } from './run.ts';
import { statisticsRawRoute } from './statisticsRawRoute.ts';
import { percentile } from './support.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Requests per raw scan: each reads millions of rows, so a fixed number rather than a duration. */
const RAW_REQUESTS = Number(process.env.BENCH_RAW_REQUESTS ?? 20);
const FISCAL_YEAR = 2569;
/** Requests each made right after a fold, one at a time. */
const COLD_REQUESTS = Number(process.env.BENCH_COLD_REQUESTS ?? 20);

/** The scopes measured: the country, inspection zone 8 (the upper north), Chiang Mai, and Mueang Chiang Mai. */
const SCOPES: [string, string][] = [
  ['national', 'TH'],
  ['zone', 'zone:8'],
  ['province', 'p:50'],
  ['district', 'd:5001'],
];

interface Load {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  failures: number;
}

function load(url: string, options: { seconds?: number; amount?: number }): Promise<Load> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        timeout: 300,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? SECONDS }),
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = result.duration || 1;
        resolve({
          rps: latencies.length / seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          requests: latencies.length,
          failures: result.errors + result.non2xx + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function machine(db: ReturnType<typeof openPostgres>): Promise<Figures> {
  const row = await db.query<{ version: string; complaints: number; cases: number; stats: number }>(
    `select current_setting('server_version') as version, (select count(*) from complaints)::int as complaints,
            (select count(*) from cases)::int as cases, (select count(*) from complaint_stats)::int as stats`,
  );
  const r = row.rows[0]!;
  return {
    postgresql: r.version,
    load_average_1m: os.loadavg()[0]!,
    complaints: r.complaints,
    cases: r.cases,
    complaint_stats_rows: r.stats,
  };
}

export async function run(): Promise<Figures> {
  const db = openPostgres(generatedDatabaseUrl(), { poolSize: 10 });
  try {
    const marker = await db.query('select 1 from bench_generated').catch(() => ({ rowCount: 0 }));
    if (!marker.rowCount) throw new Error('No generated database: run `npm run bench -- generate` first');
    const app = await buildApp({ db, clock: systemClock, logger: false }, { extraRoutes: [statisticsRawRoute] });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const figures: Figures = { engine: 'postgresql', connections: CONNECTIONS, seconds: SECONDS, fiscal_year: FISCAL_YEAR };
    const targets: [string, string][] = SCOPES.map(([name, scope]) => [
      name,
      `/api/statistics/complaints?scope=${scope}&fiscalYear=${FISCAL_YEAR}`,
    ]);
    const leaguePath = `/api/statistics/league?level=province&fiscalYear=${FISCAL_YEAR}`;
    const league = await app.inject({ method: 'GET', url: leaguePath });
    if (league.statusCode === 200) targets.push(['league', leaguePath]);
    else figures.league = `not_measured_(HTTP_${league.statusCode})`;
    let met = true;
    try {
      for (const [name, path] of targets) {
        await load(`${base}${path}`, { seconds: 2 });
        const measured = await load(`${base}${path}`, { seconds: SECONDS });
        if (measured.failures > 0) throw new Error(`${name} answered ${measured.failures} failures`);
        Object.assign(figures, {
          [`${name}_p50_ms`]: measured.p50,
          [`${name}_p95_ms`]: measured.p95,
          [`${name}_p99_ms`]: measured.p99,
          [`${name}_rps`]: measured.rps,
        });
        met &&= measured.p95 < 50;
      }
      // Cold: the read reuses an answer until the next fold, so the figures above are mostly reuse.
      // Here each request follows a (simulated) fold, as the first reader after each real fold sees.
      for (const [name, path] of targets.filter(([name]) => name !== 'league')) {
        const cold: number[] = [];
        for (let i = 0; i < COLD_REQUESTS; i++) {
          await db.query('update complaint_stat_state set version = version + 1');
          const started = performance.now();
          const response = await app.inject({ method: 'GET', url: path });
          cold.push(performance.now() - started);
          if (response.statusCode !== 200) throw new Error(`cold ${name} answered ${response.statusCode}`);
        }
        Object.assign(figures, { [`cold_${name}_p50_ms`]: percentile(cold, 50), [`cold_${name}_p95_ms`]: percentile(cold, 95) });
      }
      for (const [name, scope] of SCOPES) {
        const raw = await load(`${base}/api/bench/raw-statistics?scope=${scope}&fiscalYear=${FISCAL_YEAR}`, { amount: RAW_REQUESTS });
        if (raw.failures > 0) throw new Error(`raw ${name} answered ${raw.failures} failures`);
        Object.assign(figures, { [`raw_${name}_p50_ms`]: raw.p50, [`raw_${name}_p95_ms`]: raw.p95, [`raw_${name}_rps`]: raw.rps });
        figures[`ratio_${name}_p95_raw_to_aggregate`] = raw.p95 / (figures[`${name}_p95_ms`] as number);
      }
    } finally {
      await app.close();
    }
    return { ...figures, ...(await machine(db)), target_p95_ms: 50, meets_target: met ? 'yes' : 'no' };
  } finally {
    await db.close();
  }
}
