import type { Queryable } from '../database.ts';
import { areaLabelColumns, areaLabelJoin } from './areaLabelSql.ts';
import type { UnitRow } from './unitQueries.ts';

export type UnitTreeRow = UnitRow & {
  child_count: number;
  parent_name_th: string | null;
  parent_name_en: string | null;
  total: number;
} & Record<string, unknown>;

export interface UnitTreeFilter {
  /** Units directly below this one (no `q`), or anywhere below it (with `q`). */
  parentPath: string | null;
  parentId: string | null;
  q?: string;
  offset: number;
  limit: number;
}

/**
 * A page of the unit tree for the administrators' browser: the children of a unit, or the units
 * below it whose name or code matches, by Thai name; with each one's parent, child count and
 * area with its parents, and how many match in all (`total`, the same on every row).
 */
export async function listUnitTreePage(db: Queryable, filter: UnitTreeFilter): Promise<UnitTreeRow[]> {
  const params: unknown[] = [];
  const where: string[] = ['u.active'];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter.q) {
    if (filter.parentPath) add(`u.path like ? || '%'`, filter.parentPath);
    add(
      `(u.name_th ilike '%' || ? || '%' or u.name_en ilike '%' || ? || '%' or u.abbr_th ilike ? || '%' or u.code ilike ? || '%')`,
      filter.q,
    );
  } else if (filter.parentId) {
    add('u.parent_id = ?', filter.parentId);
  } else {
    where.push('u.parent_id is null');
  }
  params.push(filter.limit, filter.offset);
  const result = await db.query<UnitTreeRow>(
    `select u.id, u.code, u.parent_id, u.path, u.depth, u.kind, u.name_th, u.name_en, u.abbr_th, u.area_code, u.active,
            (select count(*) from units c where c.parent_id = u.id and c.active)::int as child_count,
            p.name_th as parent_name_th, p.name_en as parent_name_en, ${areaLabelColumns('ar')},
            (count(*) over ())::int as total
       from units u
       left join units p on p.id = u.parent_id
       ${areaLabelJoin('ar', 'u.area_code')}
      where ${where.join(' and ')}
      order by u.name_th, u.code
      limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  return result.rows;
}

/** One unit's area with its parents, as `areaLabelColumns('ar')` names them. */
export async function findUnitArea(db: Queryable, unitId: string): Promise<Record<string, unknown> | undefined> {
  const result = await db.query<Record<string, unknown>>(
    `select ${areaLabelColumns('ar')} from units u ${areaLabelJoin('ar', 'u.area_code')} where u.id = $1`,
    [unitId],
  );
  return result.rows[0];
}
