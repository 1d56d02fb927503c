import type { Queryable } from '../database.ts';
import { queryOne } from '../database.ts';

export interface Open311Category {
  code: string;
  name_th: string;
  name_en: string;
}

export async function listOpen311Categories(db: Queryable): Promise<Open311Category[]> {
  const result = await db.query<Open311Category>(
    `select code, name_th, name_en from complaint_categories where active order by sort_order, code`,
  );
  return result.rows;
}

export async function findOpen311Category(db: Queryable, code: string): Promise<Open311Category | undefined> {
  return queryOne(db, `select code, name_th, name_en from complaint_categories where code = $1 and active`, [code]);
}

/**
 * One complaint as the Open311 read returns it, before the presenter masks
 * the description and rounds the place (PDPA): only columns an anonymous
 * reader may see in some form are selected.
 */
export interface Open311RequestRow {
  /** Never the tracking code: that is the citizen's key to rate and reopen the complaint. */
  public_id: string;
  status: string;
  category: string | null;
  category_name_th: string | null;
  category_name_en: string | null;
  description: string;
  unit_name_th: string | null;
  created_at: Date;
  updated_at: Date;
  due_at: Date | null;
  area_code: string | null;
  area_level: 'province' | 'district' | 'subdistrict' | null;
  area_name_th: string | null;
  area_parent_name_th: string | null;
  area_grandparent_name_th: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * Complaints as Open311 requests, newest first. The description is the case
 * body, which the presenter masks; the free-text address is not read at all
 * (the area's names stand in for it), nor any complainant data, nor any
 * tracking code: a request is named by its public id.
 */
export async function findOpen311Requests(
  db: Queryable,
  filter: { publicIds?: string[]; serviceCodes?: string[]; statuses?: ('open' | 'closed')[]; start?: Date; end?: Date; limit: number },
): Promise<Open311RequestRow[]> {
  const where = [`c.kind = 'complaint'`, 'k.merged_into is null'];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (filter.publicIds) add((n) => `k.public_id = any($${n})`, filter.publicIds);
  if (filter.serviceCodes) add((n) => `k.category_code = any($${n})`, filter.serviceCodes);
  if (filter.statuses && filter.statuses.length === 1) {
    where.push(filter.statuses[0] === 'closed' ? `c.status in ('completed', 'closed')` : `c.status not in ('completed', 'closed')`);
  }
  if (filter.start) add((n) => `c.created_at >= $${n}`, filter.start);
  if (filter.end) add((n) => `c.created_at <= $${n}`, filter.end);
  params.push(filter.limit);
  const result = await db.query<Open311RequestRow>(
    `select k.public_id, c.status, k.category_code as category, cat.name_th as category_name_th, cat.name_en as category_name_en,
            c.body as description, u.name_th as unit_name_th, c.created_at, c.updated_at, c.due_at,
            coalesce(k.subdistrict_code, k.area_code) as area_code, ar.level as area_level, ar.name_th as area_name_th,
            ap.name_th as area_parent_name_th, ag.name_th as area_grandparent_name_th, k.lat, k.lon
       from complaints k
       join cases c on c.id = k.case_id
       left join areas ar on ar.code = coalesce(k.subdistrict_code, k.area_code)
       left join areas ap on ap.code = ar.parent_code
       left join areas ag on ag.code = ap.parent_code
       left join complaint_categories cat on cat.code = k.category_code
       left join lateral (select a.unit_id from assignments a where a.case_id = c.id and a.parent_id is null and a.role = 'lead'
                           order by a.created_at limit 1) lead on true
       left join units u on u.id = coalesce(lead.unit_id, c.owner_unit_id)
      where ${where.join(' and ')}
      order by c.created_at desc, c.id desc
      limit $${params.length}`,
    params,
  );
  return result.rows;
}
