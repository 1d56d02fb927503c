import type { Queryable } from '../database.ts';
import { areaLabelColumns, areaLabelJoin, areaLabelParts, type AreaLabelPart } from './areaLabelSql.ts';

export type NamedRoutingRuleRow = {
  id: string;
  category_code: string | null;
  category_name_th: string | null;
  category_name_en: string | null;
  area_code: string | null;
  unit_id: string;
  unit_code: string;
  unit_name_th: string;
  unit_name_en: string | null;
  area: AreaLabelPart[];
};

/**
 * Routing rules with what people read: the category's names, the area with its parents and the
 * unit's name; by category name (any category first), then area code. With `key`, only the rule
 * for that category and area (the one a routing test found).
 */
export async function listNamedRoutingRules(
  db: Queryable,
  key?: { categoryCode: string | null; areaCode: string | null },
): Promise<NamedRoutingRuleRow[]> {
  const where = key ? `where coalesce(r.category_code, '') = coalesce($1, '') and coalesce(r.area_code, '') = coalesce($2, '')` : '';
  const result = await db.query<Omit<NamedRoutingRuleRow, 'area'> & Record<string, unknown>>(
    `select r.id, r.category_code, c.name_th as category_name_th, c.name_en as category_name_en, r.area_code,
            r.unit_id, u.code as unit_code, u.name_th as unit_name_th, u.name_en as unit_name_en, ${areaLabelColumns('ar')}
       from complaint_routing_rules r
       join units u on u.id = r.unit_id
       left join complaint_categories c on c.code = r.category_code
       ${areaLabelJoin('ar', 'r.area_code')}
       ${where}
      order by c.name_th nulls first, r.area_code nulls first`,
    key ? [key.categoryCode, key.areaCode] : [],
  );
  return result.rows.map((row) => ({ ...row, area: areaLabelParts(row, 'ar') }));
}

/** An area with its parents, most specific first (empty when the code is unknown). */
export async function findAreaLabel(db: Queryable, areaCode: string): Promise<AreaLabelPart[]> {
  const result = await db.query<Record<string, unknown>>(
    `select ${areaLabelColumns('ar')} from (select $1::text as code) x ${areaLabelJoin('ar', 'x.code')}`,
    [areaCode],
  );
  return areaLabelParts(result.rows[0] ?? {}, 'ar');
}
