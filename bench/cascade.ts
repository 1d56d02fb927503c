/**
 * One directive cascaded from the Ministry of the Interior to all 928 district
 * offices in one API call, on PostgreSQL, through the HTTP layer (validation,
 * policy, 928 assignments and the event, in one transaction). Baseline in the
 * same run: one INSERT of 928 rows of the same width into a scratch table.
 * Target: under 1 s.
 */
import { ManualClock } from '../src/domain/clock.ts';
import { buildApp } from '../src/server/buildApp.ts';
import { CaseFixtures } from '../test/support/caseFixtures.ts';
import { createStaff } from '../test/support/factories.ts';
import { sessionFor } from '../test/support/testApp.ts';
import { median, percentile, scratchPostgres } from './support.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

export async function run(): Promise<Record<string, number | string>> {
  const scratch = await scratchPostgres();
  const { db } = scratch;
  try {
    const clock = new ManualClock(new Date());
    const app = await buildApp({ db, clock });
    const fixtures = new CaseFixtures(db, clock);
    const moi = await sessionFor(app, db, await createStaff(db, { role: 'coordinator', unitCode: 'MOI' }));
    await db.query(
      'create table bench_baseline (id uuid primary key default gen_random_uuid(), case_id uuid, unit_id uuid, role text, status text, created_at timestamptz)',
    );
    const unitIds = (await db.query<{ id: string }>(`select id from units where kind = 'district_office'`)).rows.map((r) => r.id);

    const cascadeMs: number[] = [];
    const baselineMs: number[] = [];
    let created = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId, assignmentIds } = await fixtures.directive({ to: ['MOI'] });
      await fixtures.bringTo(assignmentIds['MOI']!, 'MOI', 'acknowledged');
      const started = performance.now();
      const response = await moi.post(`/api/assignments/${assignmentIds['MOI']}/cascade`, {
        targets: { kind: 'district_office' },
        dueDate: '2030-12-31',
      });
      cascadeMs.push(performance.now() - started);
      if (response.status !== 201) throw new Error(`cascade failed: ${response.status} ${JSON.stringify(response.body)}`);
      created = response.body.created.length;

      const baselineStart = performance.now();
      await db.query(
        `insert into bench_baseline (case_id, unit_id, role, status, created_at)
         select $1, x, 'lead', 'sent', now() from unnest($2::uuid[]) as x`,
        [caseId, unitIds],
      );
      baselineMs.push(performance.now() - baselineStart);
    }
    await app.close();
    if (created !== 928) throw new Error(`expected 928 district offices, cascaded to ${created}`);
    const cascade = median(cascadeMs);
    const baseline = median(baselineMs);
    return {
      engine: 'postgresql',
      units: created,
      rounds: ROUNDS,
      cascade_median_ms: cascade,
      cascade_p95_ms: percentile(cascadeMs, 95),
      baseline_insert_median_ms: baseline,
      ratio_cascade_to_baseline: cascade / baseline,
      target_ms: 1000,
      meets_target: cascade < 1000 ? 'yes' : 'no',
    };
  } finally {
    await scratch.drop();
  }
}
