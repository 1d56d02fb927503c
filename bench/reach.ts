/**
 * Acknowledgement reach of one policy sent to the Ministry of Social
 * Development and Human Security and the Ministry of the Interior, cascaded to
 * the 77 provincial offices (พมจ.) and the 928 district offices, about two in
 * three acknowledged: the reach query and its summary (by level, region,
 * inspection zone, province group, who has not acknowledged, timing), through
 * the HTTP layer, on PostgreSQL. Baseline in the same run: counting the case's
 * acknowledged assignments in one simple query. Target: p95 under 50 ms.
 */
import { cascadeAssignment } from '../src/commands/assignments/cascadeAssignment.ts';
import { createCase } from '../src/commands/cases/createCase.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { buildApp } from '../src/server/buildApp.ts';
import { CaseFixtures } from '../test/support/caseFixtures.ts';
import { createStaff } from '../test/support/factories.ts';
import { sessionFor } from '../test/support/testApp.ts';
import { median, percentile, scratchPostgres } from './support.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const WARMUP = 5;

export async function run(): Promise<Record<string, number | string>> {
  const scratch = await scratchPostgres();
  const { db } = scratch;
  try {
    const clock = new ManualClock(new Date('2026-11-20T02:00:00Z'));
    const app = await buildApp({ db, clock });
    const fixtures = new CaseFixtures(db, clock);
    const pmdu = await createStaff(db, { role: 'delivery_unit', unitCode: 'PMDU' });
    const created = await createCase(
      { db, clock, actor: pmdu.actor },
      {
        kind: 'policy',
        title: 'นโยบายคลินิกแม่เลี้ยงเดี่ยวทุกจังหวัดและทุกอำเภอ',
        body: '',
        priority: 'normal',
        category: null,
        areaCode: null,
        dueAt: null,
        details: {},
        assignments: [{ targets: { unitCodes: ['MSDHS', 'MOI'] }, role: 'lead', dueAt: null, note: null }],
      },
    );
    const top = await fixtures.assignmentIds(created.id);
    for (const code of ['MSDHS', 'MOI']) await fixtures.bringTo(top[code]!, code, 'acknowledged');
    const cascade = async (code: string, kind: 'provincial_office' | 'district_office') =>
      cascadeAssignment({ db, clock, actor: await fixtures.actorOf(code) }, top[code]!, {
        targets: { kind },
        role: 'lead',
        dueAt: null,
        note: null,
      });
    const offices = (await cascade('MSDHS', 'provincial_office')).created.length;
    const districts = (await cascade('MOI', 'district_office')).created.length;
    if (offices !== 77 || districts !== 928) throw new Error(`expected 77 + 928 units, got ${offices} + ${districts}`);
    // Two in three acknowledge, over the next days (set directly: the benchmark is of reading, not of acknowledging).
    await db.query(
      `update assignments set status = 'acknowledged',
              acknowledged_at = created_at + (abs(hashtext(id::text)) % 200) * interval '1 hour'
        where case_id = $1 and parent_id is not null and abs(hashtext(id::text)) % 3 <> 0`,
      [created.id],
    );
    const acknowledged = await db.query<{ n: number }>(
      `select count(*)::int as n from assignments where case_id = $1 and acknowledged_at is not null`,
      [created.id],
    );

    const client = await sessionFor(app, db, pmdu);
    const reachMs: number[] = [];
    const baselineMs: number[] = [];
    let notAcknowledged = 0;
    for (let round = 0; round < ROUNDS + WARMUP; round++) {
      const started = performance.now();
      const response = await client.get(`/api/cases/${created.id}/reach`);
      const reachTime = performance.now() - started;
      if (response.status !== 200) throw new Error(`reach failed: ${response.status} ${JSON.stringify(response.body)}`);
      notAcknowledged = response.body.notAcknowledged.length;

      const baselineStart = performance.now();
      await db.query(`select count(*) filter (where acknowledged_at is not null) from assignments where case_id = $1`, [created.id]);
      const baselineTime = performance.now() - baselineStart;
      if (round >= WARMUP) {
        reachMs.push(reachTime);
        baselineMs.push(baselineTime);
      }
    }
    await app.close();
    const p95 = percentile(reachMs, 95);
    return {
      engine: 'postgresql',
      assignments: offices + districts + 2,
      acknowledged: acknowledged.rows[0]!.n,
      not_acknowledged: notAcknowledged,
      rounds: ROUNDS,
      reach_http_p50_ms: median(reachMs),
      reach_http_p95_ms: p95,
      baseline_count_p50_ms: median(baselineMs),
      baseline_count_p95_ms: percentile(baselineMs, 95),
      ratio_p50_reach_to_baseline: median(reachMs) / median(baselineMs),
      target_p95_ms: 50,
      meets_target: p95 < 50 ? 'yes' : 'no',
    };
  } finally {
    await scratch.drop();
  }
}
