/**
 * Public complaint intake under load, on PostgreSQL: 50 connections POST to
 * /api/public/complaints (validation, routing, the duplicate check, the case,
 * complaint, assignment, events, contact and outbox row, in one transaction;
 * intakes that arrive together share a statement, see intakeBatcher.ts),
 * with real complaint texts from the Traffy file spread over Bangkok's
 * subdistricts. Baseline in the same run, on the same server: the same
 * requests, parsed and validated by the same schema, answered after one plain
 * INSERT, for reference only. Every event is chained into the audit chain at commit
 * (issue 15, item 1: one head lock per commit, see docs/ARCHITECTURE.md). Target (issue 15, item 6):
 * at least 1,000 complaints a second with p99 under 100 ms; the old target of half the baseline's
 * rate is retired.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { defaultTrainingFile } from '../src/db/reference/traffyTrainingSet.ts';
import { parseTraffyExport } from '../src/domain/complaints/traffy/parseTraffyExport.ts';
import { systemClock } from '../src/domain/clock.ts';
import { buildApp } from '../src/server/buildApp.ts';
import { intakeBaselineRoute } from './intakeBaselineRoute.ts';
import { scratchPostgres } from './support.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

interface Load {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function load(url: string, bodies: () => string, seconds: number): Promise<Load> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: bodies() }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ rps: result.requests.average, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx });
      },
    );
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const scratch = await scratchPostgres();
  const { db } = scratch;
  try {
    await db.query(
      'create table bench_intake_baseline (id bigint generated always as identity primary key, description text, area_code text, created_at timestamptz)',
    );
    const app = await buildApp(
      { db, clock: systemClock, publicComplaintsPerMinute: 10_000_000, logger: false },
      { extraRoutes: [intakeBaselineRoute] },
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;

    const rows = parseTraffyExport(readFileSync(defaultTrainingFile)).rows.filter((row) => row.comment.trim().length >= 5);
    const subdistricts = (
      await db.query<{ code: string }>(`select code from areas where level = 'subdistrict' and code like '10%'`)
    ).rows.map((r) => r.code);
    let n = 0;
    const body = () => {
      const row = rows[n % rows.length]!;
      const areaCode = subdistricts[(n * 7919) % subdistricts.length]!;
      n++;
      return JSON.stringify({
        categoryCode: row.codes[0] ?? 'general',
        description: row.comment.slice(0, 4000),
        areaCode,
        location: row.location,
        complainant: { email: `citizen${n}@example.com` },
      });
    };

    // Warm both paths (connections, caches, JIT) before measuring.
    await load(`${base}/api/public/complaints`, body, 3);
    await load(`${base}/api/bench/baseline-intake`, body, 3);
    const baseline = await load(`${base}/api/bench/baseline-intake`, body, SECONDS);
    const intake = await load(`${base}/api/public/complaints`, body, SECONDS);
    const outbox = await db.query<{ n: number }>('select count(*)::int as n from outbox');
    const chained = await db.query<{ n: number }>('select count(*)::int as n from event_chain');
    await app.close();
    if (intake.errors > 0 || intake.non2xx > 0)
      throw new Error(`intake answered errors: ${intake.errors} errors, ${intake.non2xx} non-2xx`);
    const ratio = intake.rps / baseline.rps;
    return {
      engine: 'postgresql',
      connections: CONNECTIONS,
      seconds: SECONDS,
      intake_rps: intake.rps,
      intake_p99_ms: intake.p99,
      baseline_rps: baseline.rps,
      baseline_p99_ms: baseline.p99,
      ratio_intake_to_baseline: ratio,
      outbox_rows: outbox.rows[0]!.n,
      chain_entries: chained.rows[0]!.n,
      load_average_1m: Number(os.loadavg()[0]!.toFixed(2)),
      target: 'rps>=1000,p99<100ms',
      meets_target: intake.rps >= 1000 && intake.p99 < 100 ? 'yes' : 'no',
    };
  } finally {
    await scratch.drop();
  }
}
