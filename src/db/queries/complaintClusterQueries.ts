import type { Queryable } from '../database.ts';

/** One district × category × month with enough complaints to be judged, and its months before. */
export interface ClusterCandidateRow {
  district_code: string;
  district_name_th: string;
  district_name_en: string | null;
  province_name_th: string;
  province_name_en: string | null;
  category_code: string;
  category_name_th: string;
  category_name_en: string;
  /** `YYYY-MM-DD`, the first of the month. */
  month: string;
  received: number;
  /** Complaints in each of the `baselineMonths` months before, oldest first (0 where none). */
  previous: number[];
  directive_id: string | null;
  directive_ref: string | null;
}

/**
 * Districts' category months in `months` with at least `minimumCount` complaints, each with its
 * previous months' counts. Reads the aggregates only: the candidates through a partial index on
 * (month, received), their baselines by primary key.
 */
export async function listClusterCandidates(
  db: Queryable,
  input: { months: string[]; minimumCount: number; baselineMonths: number; districtCode?: string; categoryCode?: string },
): Promise<ClusterCandidateRow[]> {
  const result = await db.query<ClusterCandidateRow>(
    `with cand as (
       select substr(s.scope, 3) as district_code, s.dim_value as category_code, s.month, s.received
         from complaint_stats s
        where s.dim = 'category' and s.grain = 'month' and s.scope like 'd:%' and s.month = any($1::date[]) and s.received >= $2
          and ($4::text is null or s.scope = 'd:' || $4) and ($5::text is null or s.dim_value = $5))
     select cand.district_code, d.name_th as district_name_th, d.name_en as district_name_en,
            p.name_th as province_name_th, p.name_en as province_name_en,
            cand.category_code, cat.name_th as category_name_th, cat.name_en as category_name_en,
            cand.month, cand.received,
            array(select coalesce(b.received, 0)::int
                    from generate_series(1, $3::int) as g(n)
                    left join complaint_stats b
                      on b.scope = 'd:' || cand.district_code and b.dim = 'category' and b.grain = 'month' and b.dim_value = cand.category_code
                     and b.month = (cand.month - make_interval(months => $3::int + 1 - g.n))::date
                   order by g.n) as previous,
            cd.case_id as directive_id, dc.ref as directive_ref
       from cand
       join areas d on d.code = cand.district_code
       join areas p on p.code = d.parent_code
       join complaint_categories cat on cat.code = cand.category_code
       left join cluster_directives cd
         on cd.district_code = cand.district_code and cd.category_code = cand.category_code and cd.month = cand.month
       left join cases dc on dc.id = cd.case_id`,
    [input.months, input.minimumCount, input.baselineMonths, input.districtCode ?? null, input.categoryCode ?? null],
  );
  return result.rows;
}

/** A complaint of a cluster, as its evidence: never its contact, and the title as intake stored it. */
export interface ClusterEvidenceRow {
  case_id: string;
  public_id: string;
  title: string;
  status: string;
  received_at: Date;
}

/** The complaints of one district, category and month, newest first (an index on the facts). */
export async function listClusterEvidence(
  db: Queryable,
  input: { districtCode: string; categoryCode: string; month: string; limit: number },
): Promise<ClusterEvidenceRow[]> {
  const result = await db.query<ClusterEvidenceRow>(
    `select c.id as case_id, k.public_id, c.title, c.status, k.received_at
       from complaint_stat_facts f
       join complaints k on k.case_id = f.case_id
       join cases c on c.id = f.case_id
      where f.district_code = $1 and f.category_code = $2 and f.month = $3::date
      order by k.received_at desc, c.id
      limit $4`,
    [input.districtCode, input.categoryCode, input.month, input.limit],
  );
  return result.rows;
}

/** Records which cluster a directive was raised from; false when that cluster already has one. */
export async function insertClusterDirective(
  tx: Queryable,
  input: { caseId: string; districtCode: string; categoryCode: string; month: string; evidenceCaseIds: string[] },
): Promise<boolean> {
  const inserted = await tx.query(
    `insert into cluster_directives (case_id, district_code, category_code, month) values ($1, $2, $3, $4::date)
     on conflict (district_code, category_code, month) do nothing`,
    [input.caseId, input.districtCode, input.categoryCode, input.month],
  );
  if (inserted.rowCount === 0) return false;
  await tx.query(`insert into cluster_evidence (case_id, complaint_case_id) select $1, unnest($2::uuid[])`, [
    input.caseId,
    input.evidenceCaseIds,
  ]);
  return true;
}

/** The evidence a directive carries, newest first. */
export async function listDirectiveEvidence(db: Queryable, caseId: string, limit: number): Promise<ClusterEvidenceRow[]> {
  const result = await db.query<ClusterEvidenceRow>(
    `select c.id as case_id, k.public_id, c.title, c.status, k.received_at
       from cluster_evidence e
       join complaints k on k.case_id = e.complaint_case_id
       join cases c on c.id = e.complaint_case_id
      where e.case_id = $1
      order by k.received_at desc, c.id
      limit $2`,
    [caseId, limit],
  );
  return result.rows;
}

/** Complaints per month of one area (`d:XXXX` or `p:XX`) and category, or all categories when null. */
export async function readAreaMonthlyCounts(
  db: Queryable,
  input: { scope: string; categoryCode: string | null; from: string; to: string },
): Promise<{ month: string; received: number }[]> {
  const result = await db.query<{ month: string; received: number }>(
    `select month, received from complaint_stats
      where scope = $1 and dim = $2 and grain = 'month' and dim_value = $3 and month between $4::date and $5::date
      order by month`,
    [input.scope, input.categoryCode ? 'category' : 'all', input.categoryCode ?? '', input.from, input.to],
  );
  return result.rows;
}

/** The names of an area and a category, for a trend's heading. */
export async function readAreaAndCategoryNames(
  db: Queryable,
  input: { areaCode: string; categoryCode: string | null },
): Promise<
  { area_name_th: string; area_name_en: string | null; category_name_th: string | null; category_name_en: string | null } | undefined
> {
  const result = await db.query<{
    area_name_th: string;
    area_name_en: string | null;
    category_name_th: string | null;
    category_name_en: string | null;
  }>(
    `select a.name_th as area_name_th, a.name_en as area_name_en, cat.name_th as category_name_th, cat.name_en as category_name_en
       from areas a left join complaint_categories cat on cat.code = $2
      where a.code = $1`,
    [input.areaCode, input.categoryCode],
  );
  return result.rows[0];
}
