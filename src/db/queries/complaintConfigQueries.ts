import { defaultCategories } from '../../domain/complaints/categoryLabels.ts';
import type { Queryable } from '../database.ts';

export interface CategoryRow {
  code: string;
  name_th: string;
  name_en: string;
  traffy_label: string | null;
  /** Words people use for it, Thai and English: evidence for the suggester beside the names. */
  keywords: string[];
  acknowledge_hours: number | null;
  resolve_hours: number | null;
  active: boolean;
  sort_order: number;
  updated_at: Date;
}

export interface RoutingRuleRow {
  id: string;
  category_code: string | null;
  area_code: string | null;
  unit_id: string;
  unit_code: string;
  unit_name_th: string;
  unit_name_en: string | null;
  updated_at: Date;
}

/**
 * Adds the default categories that are not in the table yet (a new default
 * appears after an upgrade; an administrator's edits are kept), and gives a
 * default category its default keywords once, when it has none yet (an
 * upgrade from before keywords). Idempotent. Answers how many were added.
 */
export async function seedComplaintCategories(db: Queryable, now: Date): Promise<number> {
  const defaults = JSON.stringify(
    defaultCategories.map((c, index) => ({
      code: c.code,
      th: c.th,
      en: c.en,
      label: c.traffyLabel,
      ord: (index + 1) * 10,
      keywords: c.keywords,
    })),
  );
  const result = await db.query<{ code: string }>(
    `insert into complaint_categories (code, name_th, name_en, traffy_label, sort_order, keywords, created_at, updated_at)
     select x.code, x.th, x.en, x.label, x.ord, array(select jsonb_array_elements_text(x.keywords)), $2, $2
       from jsonb_to_recordset($1::jsonb) as x(code text, th text, en text, label text, ord int, keywords jsonb)
     on conflict (code) do nothing returning code`,
    [defaults, now],
  );
  const filled = await db.query<{ code: string }>(
    `update complaint_categories c set keywords = array(select jsonb_array_elements_text(x.keywords))
       from jsonb_to_recordset($1::jsonb) as x(code text, keywords jsonb)
      where c.code = x.code and c.keywords is null returning c.code`,
    [defaults],
  );
  if (result.rows.length > 0 || filled.rows.length > 0) await bumpComplaintConfigVersion(db);
  return result.rows.length;
}

export async function listCategories(db: Queryable): Promise<CategoryRow[]> {
  const result = await db.query<CategoryRow>(
    `select code, name_th, name_en, traffy_label, coalesce(keywords, '{}') as keywords, acknowledge_hours, resolve_hours, active, sort_order, updated_at
       from complaint_categories order by sort_order, code`,
  );
  return result.rows;
}

export async function listRoutingRules(db: Queryable): Promise<RoutingRuleRow[]> {
  const result = await db.query<RoutingRuleRow>(
    `select r.id, r.category_code, r.area_code, r.unit_id, u.code as unit_code, u.name_th as unit_name_th,
            u.name_en as unit_name_en, r.updated_at
       from complaint_routing_rules r join units u on u.id = r.unit_id
      order by r.category_code nulls first, r.area_code nulls first`,
  );
  return result.rows;
}

/** Every change to categories or routing rules calls this in its transaction, so every process reloads. */
export async function bumpComplaintConfigVersion(db: Queryable): Promise<void> {
  await db.query('update complaint_config_version set version = version + 1');
}

export async function complaintConfigVersion(db: Queryable): Promise<number> {
  const result = await db.query<{ version: number }>('select version from complaint_config_version');
  return Number(result.rows[0]?.version ?? 0);
}
