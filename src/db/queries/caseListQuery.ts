import type { CaseKind, CaseStatus } from '../../domain/cases/caseKinds.ts';
import { scopePathPrefix, type ReadScope } from '../../domain/policies/readScope.ts';
import { planSearch, type SearchPlan } from '../../domain/search/planSearch.ts';
import { FUZZY_STEP, SEARCH_STEPS, STEP_LAST_TIER, searchStep } from './searchConditions.ts';
import { readSynonymGroups } from './searchSynonymLookup.ts';
import type { Queryable } from '../database.ts';
import { assignmentOverdueSql } from './overdueSql.ts';
import { CASE_COLUMNS, type CaseRow } from './caseQueries.ts';

export interface CaseListFilter {
  /** What the viewer may see (`readScope(actor)`): a case owned or held inside it. */
  scope: ReadScope;
  kind?: CaseKind[];
  status?: CaseStatus[];
  /** Path of a unit whose subtree owns or holds the case. */
  unitPath?: string;
  /** Province or district code prefix of the case or of a unit holding it. */
  areaPrefix?: string;
  category?: string;
  createdFrom?: Date;
  createdTo?: Date;
  overdue?: boolean;
  q?: string;
  cursor?: { tier: number; createdAt: string; id: string };
  limit: number;
  now: Date;
}

export type CaseListRow = CaseRow & {
  owner_unit_code: string;
  owner_unit_name_th: string;
  owner_unit_name_en: string | null;
  tier: number;
  overdue: boolean;
};

/**
 * The case list: every filter of the list screen, the viewer's reach, Thai
 * search and keyset pagination in one query. Ordered by search tier (0 when
 * not searching; see `planSearch.ts`), newest first within a tier, so the cursor is (tier, created_at, id).
 *
 * A search runs in steps (`searchConditions.ts`), one query each, until the page is full: the word
 * tiers 0 to 3 one by one, then partial matches (4), most-words matches (5), then the cases close by
 * trigrams alone (6) when nothing else matched, so the costlier conditions never run while the words find enough.
 */
export async function listCases(db: Queryable, filter: CaseListFilter): Promise<CaseListRow[]> {
  const plan = filter.q ? planSearch(filter.q, await readSynonymGroups(db)) : null;
  if (filter.q && !plan) return [];
  if (!plan) return listPage(db, filter, null);
  const rows: CaseListRow[] = [];
  for (let step = 0; step < SEARCH_STEPS && rows.length < filter.limit; step++) {
    if (filter.cursor && filter.cursor.tier > STEP_LAST_TIER[step]!) continue;
    // Trigrams alone only when nothing else matched (a typo): beside real matches they are noise.
    if (step === FUZZY_STEP && (rows.length > 0 || (filter.cursor && filter.cursor.tier < STEP_LAST_TIER[FUZZY_STEP]))) break;
    const cursor = filter.cursor && filter.cursor.tier > (STEP_LAST_TIER[step - 1] ?? -1) ? filter.cursor : undefined;
    rows.push(...(await listPage(db, { ...filter, cursor, limit: filter.limit - rows.length }, { plan, step })));
  }
  return rows;
}

/** Fewer cases than this held or owned under a scope: list them from the scope's own rows. */
const SMALL_SCOPE = 5_000;

/** Whether the units under `path` hold or own fewer than SMALL_SCOPE cases (counting stops there: a few ms). */
async function scopeIsSmall(db: Queryable, path: string): Promise<boolean> {
  const result = await db.query<{ n: number }>(
    `select count(*)::int as n from (
       (select 1 from assignments a join units u on u.id = a.unit_id where u.path like $1 || '%' limit ${SMALL_SCOPE})
       union all
       (select 1 from cases oc join units u on u.id = oc.owner_unit_id where u.path like $1 || '%' limit ${SMALL_SCOPE})) x`,
    [path],
  );
  return result.rows[0]!.n < SMALL_SCOPE;
}

async function listPage(db: Queryable, filter: CaseListFilter, search: { plan: SearchPlan; step: number } | null): Promise<CaseListRow[]> {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const now = p(filter.now);
  const heldUnder = (path: string) =>
    `(ou.path like ${path} || '%' or exists (select 1 from assignments sa join units su on su.id = sa.unit_id
       where sa.case_id = c.id and su.path like ${path} || '%'))`;

  const scopePath = scopePathPrefix(filter.scope);
  const scope = scopePath ? p(scopePath) : null;
  if (scope) where.push(heldUnder(scope));
  // A small scope (a district office) is listed from its own cases, sorted: walking every case in the
  // country newest first until 25 of them are its own read 25,000 rows (3 s at 1 M cases). A large
  // one (Bangkok's hall: 150,000) is walked newest first, which stops after a few hundred.
  if (scopePath && (await scopeIsSmall(db, scopePath))) {
    where.push(`c.id in (select sa.case_id from assignments sa join units su on su.id = sa.unit_id where su.path like ${scope} || '%'
       union all select oc.id from cases oc join units ocu on ocu.id = oc.owner_unit_id where ocu.path like ${scope} || '%')`);
  }
  if (filter.kind?.length) where.push(`c.kind = any(${p(filter.kind)}::text[])`);
  if (filter.status?.length) where.push(`c.status = any(${p(filter.status)}::text[])`);
  if (filter.unitPath) where.push(heldUnder(p(filter.unitPath)));
  if (filter.areaPrefix) {
    const area = p(filter.areaPrefix);
    where.push(`(c.area_code like ${area} || '%' or exists (select 1 from assignments aa join units au on au.id = aa.unit_id
       where aa.case_id = c.id and au.area_code like ${area} || '%'))`);
  }
  if (filter.category) where.push(`c.category = ${p(filter.category)}`);
  if (filter.createdFrom) where.push(`c.created_at >= ${p(filter.createdFrom)}`);
  if (filter.createdTo) where.push(`c.created_at <= ${p(filter.createdTo)}`);

  // Past its due date, or not acknowledged by its acknowledgement deadline (overdueSql.ts).
  const overdueAssignment = `exists (select 1 from assignments oa join units ou2 on ou2.id = oa.unit_id
     where oa.case_id = c.id and ${assignmentOverdueSql('oa', now)}
     ${scope ? `and ou2.path like ${scope} || '%'` : ''})`;
  // coalesce: a case without a due date is not overdue (null), so `not overdue` must list it too.
  const overdue = `(coalesce(c.due_at < ${now} and c.status in ('open', 'in_progress'), false) or ${overdueAssignment})`;
  if (filter.overdue !== undefined) where.push(filter.overdue ? overdue : `not ${overdue}`);

  let tier = '0';
  if (search && filter.q) {
    const step = searchStep(search.plan, p, p(filter.q.trim().toUpperCase()), search.step);
    if (!step) return [];
    where.push(step.where);
    tier = step.tier;
  }

  const keyset: string[] = [];
  if (filter.cursor) {
    const t = p(filter.cursor.tier);
    const c = p(filter.cursor.createdAt);
    const i = p(filter.cursor.id);
    keyset.push(`(s.tier > ${t} or (s.tier = ${t} and (s.created_at < ${c}::timestamptz
      or (s.created_at = ${c}::timestamptz and s.id < ${i}::uuid))))`);
  }
  const limit = p(filter.limit);
  // The page is cut first and only its rows are flagged overdue: computed in the select list of the
  // whole match, the planner hashed the overdue subquery over every assignment in the viewer's scope
  // (150,000 for Bangkok's hall at 1 M cases: 1.5 s) instead of asking it for 25 rows.
  const result = await db.query<CaseListRow>(
    `select c.*, ${overdue} as overdue from (
       select * from (
         select ${CASE_COLUMNS}, ou.code as owner_unit_code, ou.name_th as owner_unit_name_th, ou.name_en as owner_unit_name_en,
                (${tier})::int as tier
           from cases c join units ou on ou.id = c.owner_unit_id
          ${where.length ? `where ${where.join(' and ')}` : ''}
       ) s
       ${keyset.length ? `where ${keyset.join(' and ')}` : ''}
       order by s.tier, s.created_at desc, s.id desc
       limit ${limit}
     ) c
     order by c.tier, c.created_at desc, c.id desc`,
    params,
  );
  return result.rows;
}
