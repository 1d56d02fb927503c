import { scopePathPrefix, type ReadScope } from '../../domain/policies/readScope.ts';
import type { Queryable } from '../database.ts';
import type { UnitRow } from './unitQueries.ts';

export interface GroupRow {
  id: string;
  name_th: string;
  name_en: string | null;
  goal_th: string;
  goal_en: string | null;
  report_due_on: string | null;
  created_at: Date;
  case_count: number;
}

export interface GroupAgencyRow {
  group_id: string;
  role: 'lead' | 'member';
  unit_id: string;
  code: string;
  kind: UnitRow['kind'];
  name_th: string;
  name_en: string | null;
  abbr_th: string | null;
  area_code: string | null;
}

export interface GroupCaseRow {
  id: string;
  ref: string;
  kind: string;
  title: string;
  status: string;
  due_at: Date | null;
  assigned: number;
  acknowledged: number;
}

const GROUP_COLUMNS = `g.id, g.name_th, g.name_en, g.goal_th, g.goal_en, to_char(g.report_due_on, 'YYYY-MM-DD') as report_due_on, g.created_at,
  (select count(*)::int from cases c where c.group_id = g.id) as case_count`;

export async function listGroups(db: Queryable): Promise<GroupRow[]> {
  return (await db.query<GroupRow>(`select ${GROUP_COLUMNS} from delivery_groups g order by g.report_due_on nulls last, g.name_th`)).rows;
}

export async function findGroup(db: Queryable, id: string): Promise<GroupRow | undefined> {
  return (await db.query<GroupRow>(`select ${GROUP_COLUMNS} from delivery_groups g where g.id = $1`, [id])).rows[0];
}

export async function listGroupAgencies(db: Queryable, groupIds: string[]): Promise<GroupAgencyRow[]> {
  const result = await db.query<GroupAgencyRow>(
    `select ga.group_id, ga.role, u.id as unit_id, u.code, u.kind, u.name_th, u.name_en, u.abbr_th, u.area_code
       from delivery_group_agencies ga join units u on u.id = ga.unit_id
      where ga.group_id = any($1::uuid[]) order by ga.role, u.code`,
    [groupIds],
  );
  return result.rows;
}

export async function insertGroup(
  db: Queryable,
  input: {
    nameTh: string;
    nameEn: string | null;
    goalTh: string;
    goalEn: string | null;
    reportDueOn: string | null;
    unitId: string;
    userId: string;
    now: Date;
    agencies: { unitId: string; role: 'lead' | 'member' }[];
  },
): Promise<string> {
  const created = await db.query<{ id: string }>(
    `insert into delivery_groups (name_th, name_en, goal_th, goal_en, report_due_on, created_by_unit_id, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [input.nameTh, input.nameEn, input.goalTh, input.goalEn, input.reportDueOn, input.unitId, input.userId, input.now],
  );
  const id = created.rows[0]!.id;
  await db.query(
    `insert into delivery_group_agencies (group_id, unit_id, role)
     select $1, unit_id, role from unnest($2::uuid[], $3::text[]) as t (unit_id, role)`,
    [id, input.agencies.map((a) => a.unitId), input.agencies.map((a) => a.role)],
  );
  return id;
}

/**
 * A group's cases the viewer may read (all of them for national roles; else
 * those owned or held inside the viewer's subtree), each with its
 * acknowledgement counts.
 */
export async function listGroupCases(db: Queryable, groupId: string, scope: ReadScope): Promise<GroupCaseRow[]> {
  const result = await db.query<GroupCaseRow>(
    `select c.id, c.ref, c.kind, c.title, c.status, c.due_at,
            count(a.id) filter (where a.status <> 'returned')::int as assigned,
            count(a.id) filter (where a.status <> 'returned' and a.acknowledged_at is not null)::int as acknowledged
       from cases c
       join units ou on ou.id = c.owner_unit_id
       left join assignments a on a.case_id = c.id
      where c.group_id = $1
        and ($2::text is null or ou.path like $2 || '%' or exists (
              select 1 from assignments sa join units su on su.id = sa.unit_id where sa.case_id = c.id and su.path like $2 || '%'))
      group by c.id
      order by c.created_at desc`,
    [groupId, scopePathPrefix(scope)],
  );
  return result.rows;
}
