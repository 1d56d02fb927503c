import type { Queryable } from '../database.ts';

export interface ReachRow {
  assignment_id: string;
  parent_id: string | null;
  status: string;
  /** Epoch milliseconds: parsing two thousand timestamp strings was a tenth of the reach view's time. */
  sent_ms: number;
  acknowledged_ms: number | null;
  unit_id: string;
  unit_code: string;
  unit_kind: string;
  unit_name_th: string;
  unit_name_en: string | null;
  unit_path: string;
  province_code: string | null;
  province_name_th: string | null;
  province_name_en: string | null;
}

/**
 * Every live assignment of one case with its unit, province and when it was
 * acknowledged: one indexed read of the case's assignments (the
 * `(case_id, unit_id)` key), the rest joins on primary keys. Returned work is
 * left out: a unit that returned it is not expected to acknowledge it. Unit
 * paths (about 150 bytes each) are read only when the viewer's part must be cut out.
 * Benchmarked in bench/reach.ts.
 */
export async function listReachRows(db: Queryable, caseId: string, options: { withPaths: boolean }): Promise<ReachRow[]> {
  const result = await db.query<ReachRow>(
    `select a.id as assignment_id, a.parent_id, a.status,
            extract(epoch from a.created_at)::float8 * 1000 as sent_ms, extract(epoch from a.acknowledged_at)::float8 * 1000 as acknowledged_ms,
            u.id as unit_id, u.code as unit_code, u.kind as unit_kind, u.name_th as unit_name_th, u.name_en as unit_name_en,
            ${options.withPaths ? 'u.path' : "''"} as unit_path, p.code as province_code, p.name_th as province_name_th, p.name_en as province_name_en
       from assignments a
       join units u on u.id = a.unit_id
       left join areas p on p.code = left(u.area_code, 2) and p.level = 'province'
      where a.case_id = $1 and a.status <> 'returned'`,
    [caseId],
  );
  return result.rows;
}

export interface GroupingMembershipRow {
  grouping_id: string;
  kind: 'region' | 'inspection_zone' | 'province_group';
  name_th: string;
  name_en: string | null;
  number: number | null;
  province_code: string;
}

/** Which region, inspection zone and province group each province is in (about 230 rows). */
export async function listGroupingMemberships(db: Queryable): Promise<GroupingMembershipRow[]> {
  const result = await db.query<GroupingMembershipRow>(
    `select g.id as grouping_id, g.kind, g.name_th, g.name_en, g.number, m.province_code
       from area_groupings g join area_grouping_members m on m.grouping_id = g.id
      order by g.kind, g.number nulls first, g.id`,
  );
  return result.rows;
}
