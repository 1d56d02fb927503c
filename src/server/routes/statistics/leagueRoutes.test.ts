import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transitionAssignment } from '../../../commands/assignments/transitionAssignment.ts';
import { reopenComplaint } from '../../../commands/complaints/citizenActions.ts';
import { createComplaint } from '../../../commands/complaints/createComplaint.ts';
import { defineIndicator } from '../../../commands/reports/defineIndicator.ts';
import { recordMeasurement } from '../../../commands/reports/recordMeasurement.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { foldComplaintStatistics } from '../../../jobs/foldComplaintStatistics.ts';
import type { LeagueEntry, LeagueTable } from '../../../shared/api/league.ts';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { anonymous, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

const codes = (entries: LeagueEntry[]) => entries.map((entry) => entry.code);
const byCode = (table: LeagueTable, code: string) => [...table.ranked, ...table.notRanked].find((entry) => entry.code === code)!;

/**
 * Complaints in four provinces (fiscal year 2569), folded into the aggregates, then ranked:
 * Chiang Mai 27 of 30 resolved, Samut Prakan 27 of 30 of which 3 were reopened by the citizen
 * (ghost fixes), Nonthaburi 22 of 30, Chonburi 5 of 5 (too few to rank).
 */
describe.each(testEngines())('GET /api/statistics/league (%s)', (engine) => {
  let t: TestApp;
  let f: CaseFixtures;
  let anon: TestClient;
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');

  async function file(areaCode: string, count: number, resolved: number): Promise<{ caseId: string; trackingCode: string }[]> {
    // Filed together, so the intake batcher writes them in a few statements.
    const made = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        createComplaint(
          { db: t.db, clock, actor: null },
          {
            channel: 'hotline',
            categoryCode: 'roads',
            description: `ถนนชำรุดเป็นหลุมลึก จุดที่ ${areaCode}-${i} รถจักรยานยนต์ล้มบ่อย`,
            areaCode,
            location: null,
            complainant: null,
            skipDuplicateCheck: true,
          },
        ),
      ),
    );
    // Resolved as the assignment hook records it (onComplaintTransition); the ghost fixes below go through the real commands.
    await t.db.query('update complaints set resolved_at = $2 where case_id = any($1::uuid[])', [
      made.slice(0, resolved).map((m) => m.caseId),
      clock.now(),
    ]);
    return made;
  }

  beforeAll(async () => {
    t = await startTestApp({ engine, clock });
    f = new CaseFixtures(t.db, clock);
    anon = anonymous(t.app);
    await file('50', 30, 27);
    await file('12', 30, 22);
    await file('20', 5, 5);
    const samutPrakan = await file('11', 30, 24);
    // Three more "fixed", then reopened by the citizen and fixed again: resolved 27, reopened 3.
    for (const complaint of samutPrakan.slice(24, 27)) {
      const assignmentId = (await f.assignmentIds(complaint.caseId))['PH-11']!;
      await f.bringTo(assignmentId, 'PH-11', 'done');
      await reopenComplaint({ db: t.db, clock }, complaint.trackingCode, { reason: 'ยังไม่ได้ซ่อมจริง หลุมยังอยู่' });
      await transitionAssignment({ db: t.db, clock, actor: await f.actorOf('PH-11') }, assignmentId, 'complete', {});
    }
    await foldComplaintStatistics({ db: t.db, clock });
  }, 300_000);
  afterAll(() => t.close());

  it('ranks provinces by the adjusted score, lists the ones with too few complaints, and counts ghost fixes against them', async () => {
    const response = await anon.get<LeagueTable>('/api/statistics/league?level=province&fiscalYear=2569');
    expect(response.status).toBe(200);
    const table = response.body;
    expect(table).toMatchObject({ level: 'province', rankBy: 'resolution', fiscalYear: 2569, period: { from: '2025-10', to: '2026-09' } });
    expect(codes(table.ranked)).toEqual(['50', '11', '12']);
    expect(table.ranked.map((entry) => entry.rank)).toEqual([1, 2, 3]);
    const chiangMai = byCode(table, '50');
    const samutPrakan = byCode(table, '11');
    expect(samutPrakan).toMatchObject({ received: 30, resolved: 27, reopened: 3, resolution: { successes: 24, trials: 30 } });
    expect(samutPrakan.resolution.rate).toBeCloseTo(chiangMai.resolution.rate!);
    expect(samutPrakan.resolution.score!).toBeLessThan(chiangMai.resolution.score!);
    // A perfect record on 5 complaints is listed first among the unranked, without a rank.
    expect(table.notRanked[0]).toMatchObject({ code: '20', rank: null, received: 5, resolution: { rate: 1 } });
    expect(table.ranked.length + table.notRanked.length).toBe(77);
    expect(table.method).toMatchObject({ minimumReceived: 30, z: 1.96, confidence: 0.95 });
    expect(table.method.examples[0]!.score).toBeCloseTo(0.2065, 3);
    expect(chiangMai.directiveAcknowledgement).toBeNull();
    expect(chiangMai.peopleHelped).toBeNull();
    expect(table.staffFigures).toBe(false);
    expect(table.asOf).toBe(clock.now().toISOString());
  });

  it('ranks handling units on their own figures and ministries on their subtree', async () => {
    const units = (await anon.get<LeagueTable>('/api/statistics/league?level=unit')).body;
    expect(units.fiscalYear).toBe(2569);
    expect(codes(units.ranked)).toEqual(['PH-50', 'PH-11', 'PH-12']);
    expect(codes(units.notRanked)).toEqual(['PH-20']);
    const ministries = (await anon.get<LeagueTable>('/api/statistics/league?level=ministry&fiscalYear=2569')).body;
    expect(codes(ministries.ranked)).toEqual(['MOI']);
    expect(ministries.ranked[0]).toMatchObject({ received: 95, resolved: 81, reopened: 3 });
  });

  it('gives staff the directive acknowledgement and people helped within their reach, and the public neither', async () => {
    const { caseId, assignmentIds } = await f.directive({ to: ['PH-50', 'PH-12'] });
    await f.bringTo(assignmentIds['PH-50']!, 'PH-50', 'acknowledged');
    const owner = { db: t.db, clock, actor: await f.actorOf('PMDU', 'delivery_unit') };
    const indicator = (unitOfMeasure: string) =>
      defineIndicator(owner, caseId, {
        nameTh: `ผู้ได้รับความช่วยเหลือ (${unitOfMeasure})`,
        nameEn: null,
        unitOfMeasure,
        direction: 'up',
        kind: 'goal',
        baseline: 0,
        target: 1000,
        targetDate: null,
        aggregation: 'latest',
        trajectory: [],
      });
    const people = await indicator('คน');
    const percent = await indicator('ร้อยละ');
    const chiangMai = { db: t.db, clock, actor: await f.actorOf('PH-50') };
    const report = (indicatorId: string, period: string, value: number) =>
      recordMeasurement(chiangMai, assignmentIds['PH-50']!, { indicatorId, period, value, note: null, attachmentIds: [] });
    await report(people.id, '2026-01', 120);
    await report(people.id, '2026-02', 150);
    await report(percent.id, '2026-02', 90);
    clock.advanceDays(8); // Nonthaburi's 7 days to acknowledge have passed.
    try {
      const pmdu = await t.as('delivery_unit', 'PMDU');
      const national = (await pmdu.get<LeagueTable>('/api/statistics/league?level=province&fiscalYear=2569')).body;
      expect(national.staffFigures).toBe(true);
      expect(byCode(national, '50')).toMatchObject({ peopleHelped: 150, directiveAcknowledgement: { successes: 1, trials: 1, rate: 1 } });
      expect(byCode(national, '12')).toMatchObject({ peopleHelped: 0, directiveAcknowledgement: { successes: 0, trials: 1, rate: 0 } });
      const helped = (await pmdu.get<LeagueTable>('/api/statistics/league?level=province&fiscalYear=2569&rankBy=peopleHelped')).body;
      expect(helped.ranked.map((entry) => [entry.code, entry.rank, entry.peopleHelped])).toEqual([['50', 1, 150]]);
      const units = (await pmdu.get<LeagueTable>('/api/statistics/league?level=unit&fiscalYear=2569')).body;
      expect(byCode(units, 'PH-50').peopleHelped).toBe(150);

      const nonthaburi = await t.as('coordinator', 'PH-12');
      const own = (await nonthaburi.get<LeagueTable>('/api/statistics/league?level=province&fiscalYear=2569')).body;
      expect(byCode(own, '12').directiveAcknowledgement).toMatchObject({ trials: 1 });
      expect(byCode(own, '50')).toMatchObject({ peopleHelped: 0, directiveAcknowledgement: { trials: 0 } });

      expect((await anon.get('/api/statistics/league?level=province&rankBy=peopleHelped')).status).toBe(401);
      const open = (await anon.get<LeagueTable>('/api/statistics/league?level=province&fiscalYear=2569')).body;
      expect(byCode(open, '50').peopleHelped).toBeNull();
    } finally {
      clock.set('2026-03-02T02:00:00.000Z');
    }
  });

  it('ranks nobody in a year without complaints, and refuses what it does not know', async () => {
    const earlier = (await anon.get<LeagueTable>('/api/statistics/league?level=province&fiscalYear=2568')).body;
    expect(earlier.ranked).toEqual([]);
    expect(earlier.notRanked).toHaveLength(77);
    expect((await anon.get('/api/statistics/league?level=district')).status).toBe(400);
    expect((await anon.get('/api/statistics/league?level=province&extra=1')).status).toBe(400);
  });
});
