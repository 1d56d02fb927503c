import type { LeagueLevel } from '../../shared/league.ts';
import type { Queryable } from '../database.ts';

/** One ranked body's complaint figures over some months, read from the aggregates. */
export interface LeagueComplaintRow {
  /** The province code or the unit's id. */
  key: string;
  code: string;
  name_th: string;
  name_en: string | null;
  received: number;
  resolved: number;
  reopened: number;
  ack_decided: number;
  ack_on_time: number;
}

const SUMS = `coalesce(sum(s.received), 0)::int as received, coalesce(sum(s.resolved), 0)::int as resolved,
  coalesce(sum(s.reopened), 0)::int as reopened, coalesce(sum(s.ack_decided), 0)::int as ack_decided,
  coalesce(sum(s.ack_on_time), 0)::int as ack_on_time`;

/**
 * Every province (all 77, with or without complaints) or every ministry (its subtree's figures, scope
 * `u:<id>`), or every handling unit with complaints (the national `unit` breakdown: each unit's own
 * figures, not its children's), summed over the months `from`–`to` (`YYYY-MM`). Reads the aggregates
 * only: 77 × 12 rows for provinces, never the complaints themselves (issue #11 item 9).
 */
export async function listLeagueComplaintFigures(
  db: Queryable,
  input: { level: LeagueLevel; fromMonth: string; toMonth: string },
): Promise<LeagueComplaintRow[]> {
  // The league is always a whole fiscal year: its one 'fiscal_year' row per body (month = its October).
  const months = `s.grain = 'fiscal_year' and s.month = ($1 || '-01')::date and ($2 || '-01')::date >= s.month`;
  const sql = {
    province: `select a.code as key, a.code, a.name_th, a.name_en, ${SUMS}
                 from areas a
                 left join complaint_stats s on s.scope = 'p:' || a.code and s.dim = 'all' and ${months}
                where a.level = 'province'
                group by a.code, a.name_th, a.name_en`,
    ministry: `select u.id::text as key, u.code, u.name_th, u.name_en, ${SUMS}
                 from units u
                 left join complaint_stats s on s.scope = 'u:' || u.id::text and s.dim = 'all' and ${months}
                where u.kind = 'ministry' and u.active
                group by u.id, u.code, u.name_th, u.name_en`,
    unit: `select t.dim_value as key, u.code, u.name_th, u.name_en, t.received, t.resolved, t.reopened, t.ack_decided, t.ack_on_time
             from (select s.dim_value, ${SUMS}
                     from complaint_stats s
                    where s.scope = 'TH' and s.dim = 'unit' and s.dim_value <> '' and ${months}
                    group by s.dim_value) t
             join units u on u.id = (case when t.dim_value <> '' then t.dim_value::uuid end)`,
  }[input.level];
  const result = await db.query<LeagueComplaintRow>(sql, [input.fromMonth, input.toMonth]);
  return result.rows;
}

/** When the complaint aggregates were last brought up to date. */
export async function complaintStatisticsFoldedAt(db: Queryable): Promise<Date | null> {
  const result = await db.query<{ folded_at: Date | null }>('select folded_at from complaint_stat_state');
  return result.rows[0]?.folded_at ?? null;
}

/** Names of units by id, for bodies that appear only in the directive or indicator figures. */
export async function listLeagueUnitNames(
  db: Queryable,
  ids: readonly string[],
): Promise<{ id: string; code: string; name_th: string; name_en: string | null }[]> {
  if (ids.length === 0) return [];
  const result = await db.query<{ id: string; code: string; name_th: string; name_en: string | null }>(
    'select id, code, name_th, name_en from units where id = any($1::uuid[])',
    [ids],
  );
  return result.rows;
}
