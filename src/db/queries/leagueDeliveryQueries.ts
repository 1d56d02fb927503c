import type { LeagueLevel } from '../../shared/league.ts';
import type { Queryable } from '../database.ts';

/**
 * The body a unit's work counts for: its province (by the unit's area), its ministry (the
 * ministry above it, by path), or the unit itself. Units outside every ministry, or without an
 * area, drop out of the province and ministry tables.
 */
const KEY_OF_UNIT: Record<LeagueLevel, { key: string; join: string }> = {
  province: { key: 'left(u.area_code, 2)', join: '' },
  ministry: { key: 'm.id::text', join: `join units m on m.kind = 'ministry' and u.path like m.path || '%'` },
  unit: { key: 'u.id::text', join: '' },
};

/** The reach filter on the working unit's path: null reads everything (national reach). */
const IN_REACH = `($4::text is null or u.path like $4 || '%')`;

export interface DirectiveAcknowledgementRow {
  key: string;
  decided: number;
  on_time: number;
}

/**
 * Of the directive and policy assignments sent in [start, end) to units within reach, per body:
 * how many are decided (acknowledged, or past their service level's acknowledge hours at `now`)
 * and how many were acknowledged in time. The service level is matched as `matchServiceLevel`
 * does (kind, then category, then priority most specific); assignments whose service level sets
 * no acknowledge hours, and returned ones, are left out. Read directly: a fiscal year holds tens
 * of thousands of assignments, not millions, and the sent-time bound keeps it to one year.
 */
export async function listDirectiveAcknowledgement(
  db: Queryable,
  input: { level: LeagueLevel; start: Date; end: Date; now: Date; unitPathPrefix: string | null },
): Promise<DirectiveAcknowledgementRow[]> {
  const { key, join } = KEY_OF_UNIT[input.level];
  const result = await db.query<DirectiveAcknowledgementRow>(
    `select ${key} as key,
            count(*) filter (where a.acknowledged_at is not null or a.created_at + sl.hours * interval '1 hour' <= $3)::int as decided,
            count(*) filter (where a.acknowledged_at <= a.created_at + sl.hours * interval '1 hour')::int as on_time
       from assignments a
       join cases c on c.id = a.case_id and c.kind in ('directive', 'policy')
       join units u on u.id = a.unit_id
       ${join}
       cross join lateral (
         select s.acknowledge_hours as hours from service_levels s
          where s.case_kind = c.kind and (s.category is null or s.category = c.category)
            and (s.priority is null or s.priority = c.priority)
          order by (s.category is not null) desc, (s.priority is not null) desc limit 1) sl
      where a.created_at >= $1 and a.created_at < $2 and a.status <> 'returned' and sl.hours is not null and ${IN_REACH}
        and ${key} is not null
      group by 1`,
    [input.start, input.end, input.now, input.unitPathPrefix],
  );
  return result.rows;
}

export interface PeopleHelpedRow {
  key: string;
  people: number;
}

/**
 * People helped per body: for each people-counting indicator (unit of measure in `peopleUnits`,
 * direction up, not an unintended effect) and each unit that reported it, the latest value
 * reported for a period in `fromMonth`–`toMonth`, summed by the reporting unit's body. The latest,
 * not the sum of periods, because such indicators are reported as running totals.
 */
export async function listPeopleHelped(
  db: Queryable,
  input: { level: LeagueLevel; fromMonth: string; toMonth: string; peopleUnits: readonly string[]; unitPathPrefix: string | null },
): Promise<PeopleHelpedRow[]> {
  const { key, join } = KEY_OF_UNIT[input.level];
  const result = await db.query<PeopleHelpedRow>(
    `with latest as (
       select distinct on (im.indicator_id, im.unit_id) im.unit_id, im.value
         from indicator_measurements im
         join indicators i on i.id = im.indicator_id
        where lower(trim(i.unit_of_measure)) = any($3::text[]) and i.direction = 'up' and i.kind <> 'unintended_effect'
          and im.period between $1 and $2
        order by im.indicator_id, im.unit_id, im.period desc)
     select ${key} as key, sum(l.value)::float8 as people
       from latest l
       join units u on u.id = l.unit_id
       ${join}
      where ${IN_REACH} and ${key} is not null
      group by 1`,
    [input.fromMonth, input.toMonth, input.peopleUnits, input.unitPathPrefix],
  );
  return result.rows;
}
