import type { AreaQuery } from '../../domain/areas/areaQuery.ts';
import type { Queryable } from '../database.ts';

export interface AreaHit {
  code: string;
  level: 'province' | 'district' | 'subdistrict';
  parent_code: string | null;
  name_th: string;
  name_en: string | null;
  postcode: string | null;
  parent_th: string | null;
  parent_en: string | null;
  grandparent_th: string | null;
  grandparent_en: string | null;
  total: number;
}

const like = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Areas whose Thai or English name holds the typed name (or whose postcode or
 * code is what was typed), with their parents' names so every choice can say
 * where it is. Exact names first, then names that start with it, then the
 * rest; within each, provinces before districts before subdistricts. 7,436
 * subdistricts: a scan of the table is a few milliseconds, no index needed.
 */
export async function searchAreas(db: Queryable, query: AreaQuery, limit: number): Promise<AreaHit[]> {
  const params: unknown[] = [like(query.name), query.raw, query.level, limit];
  const within = query.within.map((term) => {
    params.push(like(term));
    const p = `$${params.length}`;
    return `and (p.name_th like '%' || ${p} || '%' or g.name_th like '%' || ${p} || '%'
                 or lower(p.name_en) like '%' || ${p} || '%' or lower(g.name_en) like '%' || ${p} || '%')`;
  });
  const result = await db.query<AreaHit>(
    `select a.code, a.level, a.parent_code, a.name_th, a.name_en, a.postcode,
            p.name_th as parent_th, p.name_en as parent_en, g.name_th as grandparent_th, g.name_en as grandparent_en,
            (count(*) over ())::int as total
       from areas a
       left join areas p on p.code = a.parent_code
       left join areas g on g.code = p.parent_code
      where (($1 <> '' and (a.name_th like '%' || $1 || '%' or lower(a.name_en) like '%' || $1 || '%'))
             or a.postcode = $2 or a.code = $2)
        and ($3::text is null or a.level = $3::text)
        ${within.join('\n        ')}
      order by case when a.code = $2 or a.postcode = $2 or a.name_th = $1 or lower(a.name_en) = $1 then 0
                    when a.name_th like $1 || '%' or lower(a.name_en) like $1 || '%' then 1
                    else 2 end,
               case a.level when 'province' then 0 when 'district' then 1 else 2 end,
               a.code
      limit $4`,
    params,
  );
  return result.rows;
}
