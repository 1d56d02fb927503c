import type { Queryable } from '../database.ts';

export interface AreaRow {
  code: string;
  level: 'province' | 'district' | 'subdistrict';
  parent_code: string | null;
  name_th: string;
  name_en: string | null;
  postcode: string | null;
}

export async function listAreas(db: Queryable, filter: { level?: AreaRow['level']; parent?: string; q?: string }): Promise<AreaRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.level) {
    params.push(filter.level);
    where.push(`level = $${params.length}`);
  }
  if (filter.parent) {
    params.push(filter.parent);
    where.push(`parent_code = $${params.length}`);
  }
  if (filter.q) {
    params.push(filter.q.replace(/[\\%_]/g, (char) => `\\${char}`));
    where.push(
      `(name_th like '%' || $${params.length} || '%' or name_en ilike '%' || $${params.length} || '%' or postcode = $${params.length})`,
    );
  }
  const result = await db.query<AreaRow>(
    `select code, level, parent_code, name_th, name_en, postcode from areas
     ${where.length ? `where ${where.join(' and ')}` : ''} order by code`,
    params,
  );
  return result.rows;
}

export interface GroupingRow {
  id: string;
  kind: string;
  number: number | null;
  name_th: string;
  name_en: string | null;
  province_codes: string[];
}

export async function listGroupings(db: Queryable, kind?: string): Promise<GroupingRow[]> {
  const result = await db.query<GroupingRow>(
    `select g.id, g.kind, g.number, g.name_th, g.name_en,
            coalesce(array_agg(m.province_code order by m.province_code) filter (where m.province_code is not null), '{}') as province_codes
       from area_groupings g left join area_grouping_members m on m.grouping_id = g.id
      where ($1::text is null or g.kind = $1)
      group by g.id order by g.kind, g.number nulls last, g.id`,
    [kind ?? null],
  );
  return result.rows;
}
