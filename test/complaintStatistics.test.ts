import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readComplaintStatistics } from '../src/commands/statistics/readComplaintStatistics.ts';
import type { Database } from '../src/db/database.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { foldComplaintStatistics } from '../src/jobs/foldComplaintStatistics.ts';
import { FUZZ_SEED, FUZZ_SEED_SOURCE } from './support/fuzzArbitraries.ts';
import { openTestDatabase, testEngines } from './support/testDatabase.ts';
import { randomComplaintWorld, type ComplaintWorld } from './support/randomComplaints.ts';

/**
 * The property issue #11 asks for: every figure of every scope equals the same figure computed by a
 * plain SQL count over the raw rows. Random complaints are written straight into the tables (so the
 * triggers see what any writer would do), then changed at random (finished, closed, reopened, rated,
 * recategorised, moved, rerouted, merged, acknowledged, paused) with the clock moving on, and after
 * each round the aggregates, folded incrementally, are compared with counts written here again from
 * the definitions, independently of the fold's SQL.
 */
const fixedClock = (now: Date) => new ManualClock(now);

interface RawFigures {
  received: number;
  resolved: number;
  overdue: number;
  reopened: number;
  rated: number;
  rating_sum: number;
  satisfied: number;
  ack_decided: number;
  ack_on_time: number;
  median: number | null;
  p90: number | null;
}

/** The figures straight from complaints, cases and assignments, for complaints matching `where`, by `groupBy`. */
async function rawFiguresBy(db: Database, now: Date, where: string, params: unknown[], groupBy: string): Promise<Map<string, RawFigures>> {
  const result = await db.query<RawFigures & { key: string }>(
    `with lead as (
       select distinct on (case_id) * from assignments where parent_id is null and role = 'lead'
        order by case_id, (status = 'returned'), created_at desc, id),
     rows as (
       select k.*, l.unit_id, l.acknowledged_at, l.created_at as lead_at, l.paused_at, l.due_at, l.paused_ms,
              (k.resolved_at is not null or c.status = 'closed') as finished,
              coalesce(k.resolved_at, c.closed_at) as finished_at,
              coalesce(cat.acknowledge_hours, 72) as ack_hours
         from complaints k join cases c on c.id = k.case_id
         left join lead l on l.case_id = k.case_id
         left join complaint_categories cat on cat.code = k.category_code
        where k.merged_into is null)
     select (${groupBy})::text as key, count(*)::int as received,
            count(*) filter (where finished)::int as resolved,
            count(*) filter (where not finished and paused_at is null
                               and due_at + paused_ms * interval '1 millisecond' <= $1)::int as overdue,
            count(*) filter (where reopened_count > 0)::int as reopened,
            count(rating)::int as rated,
            coalesce(sum(rating), 0)::int as rating_sum,
            count(*) filter (where rating >= 4)::int as satisfied,
            count(*) filter (where acknowledged_at is not null
                               or lead_at + ack_hours * interval '1 hour' <= $1)::int as ack_decided,
            count(*) filter (where acknowledged_at <= lead_at + ack_hours * interval '1 hour')::int as ack_on_time,
            percentile_disc(0.5) within group (order by floor(extract(epoch from finished_at - received_at) / 86400))
              filter (where finished)::int as median,
            percentile_disc(0.9) within group (order by floor(extract(epoch from finished_at - received_at) / 86400))
              filter (where finished)::int as p90
       from rows where ${where} group by 1`,
    [now, ...params],
  );
  return new Map(result.rows.map((row) => [row.key, row]));
}

const NONE: RawFigures = {
  received: 0,
  resolved: 0,
  overdue: 0,
  reopened: 0,
  rated: 0,
  rating_sum: 0,
  satisfied: 0,
  ack_decided: 0,
  ack_on_time: 0,
  median: null,
  p90: null,
};

async function rawFigures(db: Database, now: Date, where: string, params: unknown[]): Promise<RawFigures> {
  return (await rawFiguresBy(db, now, where, params, `''`)).get('') ?? NONE;
}

/** A scope's complaints as a plain condition on the raw rows ($2, $3: the period's bounds). */
function scopeCondition(scope: string): { where: string; params: unknown[] } {
  const inPeriod = `received_at >= $2 and received_at < $3`;
  if (scope === 'TH') return { where: inPeriod, params: [] };
  if (scope.startsWith('p:')) return { where: `${inPeriod} and left(area_code, 2) = $4`, params: [scope.slice(2)] };
  if (scope.startsWith('d:'))
    return { where: `${inPeriod} and length(area_code) >= 4 and left(area_code, 4) = $4`, params: [scope.slice(2)] };
  if (scope.startsWith('u:')) {
    return { where: `${inPeriod} and unit_id in (select id from units where path like '%/' || $4 || '/%')`, params: [scope.slice(2)] };
  }
  return {
    where: `${inPeriod} and left(area_code, 2) in (select province_code from area_grouping_members where grouping_id = $4)`,
    params: [scope],
  };
}

const bangkokMonthStart = (month: string) => new Date(`${month}-01T00:00:00+07:00`);
const nextMonth = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

async function expectAggregatesMatch(db: Database, world: ComplaintWorld, now: Date): Promise<void> {
  const clock = fixedClock(now);
  await foldComplaintStatistics({ db, clock });
  const periods = [{ fiscalYear: 2569 }, { from: '2024-11', to: '2026-07' }];
  for (const scope of await world.scopes()) {
    for (const period of periods) {
      const stats = await readComplaintStatistics({ db, clock }, { scope, ...period });
      const { where, params } = scopeCondition(scope);
      const bounds = [bangkokMonthStart(stats.period.from), bangkokMonthStart(nextMonth(stats.period.to))];
      const raw = await rawFigures(db, now, where, [...bounds, ...params]);
      const label = `${scope} ${JSON.stringify(period)}`;
      expect({ label, ...stats.totals }).toEqual({
        label,
        received: raw.received,
        resolved: raw.resolved,
        resolutionRate: raw.received ? raw.resolved / raw.received : null,
        inProgress: raw.received - raw.resolved,
        overdue: raw.overdue,
        reopened: raw.reopened,
        medianDays: raw.median,
        p90Days: raw.p90,
        rated: raw.rated,
        averageRating: raw.rated ? raw.rating_sum / raw.rated : null,
        satisfiedRate: raw.rated ? raw.satisfied / raw.rated : null,
        acknowledgedOnTimeRate: raw.ack_decided ? raw.ack_on_time / raw.ack_decided : null,
      });
      // Breakdowns: each category, channel, handling unit, month and area one level down adds up from the raw rows too.
      const by = (groupBy: string) => rawFiguresBy(db, now, where, [...bounds, ...params], groupBy);
      const [categories, channels, units, areas] = await Promise.all([
        by('category_code'),
        by('channel'),
        by('unit_id'),
        by(scope.startsWith('p:') ? `case when length(area_code) >= 4 then 'd:' || left(area_code, 4) end` : `'p:' || left(area_code, 2)`),
      ]);
      const pick = (rows: Map<string, RawFigures>, key: string) => rows.get(key) ?? NONE;
      for (const row of stats.byCategory) {
        const cell = pick(categories, row.key);
        expect([label, row.key, row.received, row.resolved, row.overdue]).toEqual([
          label,
          row.key,
          cell.received,
          cell.resolved,
          cell.overdue,
        ]);
      }
      expect(stats.byCategory.filter((row) => row.received > 0).length).toBe(categories.size);
      for (const row of stats.byChannel) {
        const cell = pick(channels, row.key);
        expect([label, row.key, row.received, row.rated]).toEqual([label, row.key, cell.received, cell.rated]);
      }
      for (const row of stats.byUnit) {
        const cell = pick(units, row.key);
        expect([label, row.key, row.received, row.reopened]).toEqual([label, row.key, cell.received, cell.reopened]);
      }
      expect(stats.byMonth.reduce((sum, row) => sum + row.resolved, 0)).toBe(raw.resolved);
      for (const area of stats.areas) {
        const cell = pick(areas, area.scope);
        expect([label, area.scope, area.received, area.resolved, area.medianDays]).toEqual([
          label,
          area.scope,
          cell.received,
          cell.resolved,
          cell.median,
        ]);
      }
    }
  }
}

describe.each(testEngines())('complaint statistics equal plain counts over the raw rows (%s)', (engine) => {
  let db: Database;
  let world: ComplaintWorld;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    world = await randomComplaintWorld(db, FUZZ_SEED);
    console.log(`complaint statistics property: seed ${FUZZ_SEED} (${FUZZ_SEED_SOURCE})`);
  });
  afterAll(async () => {
    await db.close();
  });

  it('after intake, after random changes, and as deadlines pass', async () => {
    let now = new Date('2026-06-15T03:00:00Z');
    await world.addComplaints(220, now);
    await expectAggregatesMatch(db, world, now);
    for (let round = 0; round < 3; round++) {
      now = new Date(now.getTime() + 9 * 86_400_000);
      await world.changeAtRandom(120, now);
      await world.addComplaints(30, now);
      await expectAggregatesMatch(db, world, now);
    }
    // Nothing changed but time: deadlines passed, so overdue and acknowledgement figures move.
    now = new Date(now.getTime() + 30 * 86_400_000);
    await expectAggregatesMatch(db, world, now);
  }, 600_000);

  it('folds each complaint once however many times it was marked, and reports when', async () => {
    const clock = fixedClock(new Date('2026-08-01T00:00:00Z'));
    await foldComplaintStatistics({ db, clock });
    const again = await foldComplaintStatistics({ db, clock });
    expect(again.folded).toBe(0);
    const stats = await readComplaintStatistics({ db, clock }, {});
    expect(stats.asOf?.toISOString()).toBe('2026-08-01T00:00:00.000Z');
    expect(stats.period).toEqual({ from: '2025-10', to: '2026-09', fiscalYear: 2569 });
  });
});
