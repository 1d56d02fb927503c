import type { Database, Queryable } from '../../db/database.ts';
import { bumpComplaintConfigVersion, listCategories, listRoutingRules } from '../../db/queries/complaintConfigQueries.ts';
import { findUnitByCode } from '../../db/queries/unitQueries.ts';
import type { Snapshot } from '../../domain/audit/changedFields.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageComplaintSettings } from '../../domain/policies/complaintPolicy.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';

export interface CategoryInput {
  nameTh: string;
  nameEn: string;
  acknowledgeHours: number | null;
  resolveHours: number | null;
  active: boolean;
  /** Words people use for it, Thai and English, counted by the category suggester; left out: kept as they are. */
  keywords?: string[];
}

/** Keywords as stored: trimmed, NFC, lower case (Thai has no case), each once, in the order given. */
export function normalizeKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((keyword) => keyword.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()))].filter(Boolean);
}

/** What the audit trail keeps of a category: its names, its service level (hours), whether it is offered, its keywords. */
const categorySnapshot = (input: CategoryInput): Snapshot => ({
  nameTh: input.nameTh.trim(),
  nameEn: input.nameEn.trim(),
  acknowledgeHours: input.acknowledgeHours,
  resolveHours: input.resolveHours,
  active: input.active,
  ...(input.keywords ? { keywords: normalizeKeywords(input.keywords).join(', ') } : {}),
});

/** A routing rule as the audit trail keeps it: the unit by its code, which people read. */
const ruleSnapshot = (rule: { category_code: string | null; area_code: string | null; unit_code: string }): Snapshot => ({
  categoryCode: rule.category_code,
  areaCode: rule.area_code,
  unitCode: rule.unit_code,
});

function requireAdmin(ctx: CommandContext): void {
  if (!canManageComplaintSettings(ctx.actor)) throw new AppError('forbidden');
}

/**
 * A category's own service level lives in `service_levels` (kind complaint,
 * this category), which the sweep reads; hours left empty fall back to the
 * complaint default. Reminders and escalation steps copy the default's.
 */
async function syncServiceLevel(tx: Queryable, code: string, input: CategoryInput): Promise<void> {
  if (input.acknowledgeHours === null && input.resolveHours === null) {
    await tx.query(`delete from service_levels where case_kind = 'complaint' and category = $1 and priority is null`, [code]);
    return;
  }
  await tx.query(
    `insert into service_levels (case_kind, category, priority, name_th, name_en, remind_after_hours, acknowledge_hours, resolve_hours,
                                 escalate_every_hours, max_escalation_levels, final_unit_code)
     select 'complaint', $1, null, 'เรื่องร้องเรียน: ' || $2, 'Complaint: ' || $3,
            least(d.remind_after_hours, coalesce($4, d.acknowledge_hours)), coalesce($4, d.acknowledge_hours),
            coalesce($5, d.resolve_hours), d.escalate_every_hours, d.max_escalation_levels, d.final_unit_code
       from service_levels d where d.case_kind = 'complaint' and d.category is null and d.priority is null and d.unit_id is null
     on conflict (case_kind, coalesce(category, ''), coalesce(priority, ''), coalesce(unit_id::text, '')) do update set
       name_th = excluded.name_th, name_en = excluded.name_en, remind_after_hours = excluded.remind_after_hours,
       acknowledge_hours = excluded.acknowledge_hours, resolve_hours = excluded.resolve_hours`,
    [code, input.nameTh, input.nameEn, input.acknowledgeHours, input.resolveHours],
  );
}

function checkCategory(input: CategoryInput): void {
  const fields = [];
  if (!input.nameTh.trim()) fields.push({ path: '/nameTh', th: 'โปรดระบุชื่อภาษาไทย', en: 'Give the Thai name.' });
  if (!input.nameEn.trim()) fields.push({ path: '/nameEn', th: 'โปรดระบุชื่อภาษาอังกฤษ', en: 'Give the English name.' });
  if (input.acknowledgeHours !== null && input.resolveHours !== null && input.resolveHours < input.acknowledgeHours)
    fields.push({
      path: '/resolveHours',
      th: 'เวลาแก้ไขต้องไม่น้อยกว่าเวลารับเรื่อง',
      en: 'The time to resolve cannot be shorter than the time to acknowledge.',
    });
  if (fields.length > 0) throw new AppError('validation_failed', { fields });
}

export async function updateCategory(ctx: CommandContext, code: string, input: CategoryInput): Promise<void> {
  requireAdmin(ctx);
  checkCategory(input);
  await ctx.db.transaction(async (tx) => {
    const before = await tx.query<{
      name_th: string;
      name_en: string;
      acknowledge_hours: number | null;
      resolve_hours: number | null;
      active: boolean;
      keywords: string[];
    }>(
      `select name_th, name_en, acknowledge_hours, resolve_hours, active, coalesce(keywords, '{}') as keywords
         from complaint_categories where code = $1 for update`,
      [code],
    );
    const result = await tx.query(
      `update complaint_categories set name_th = $2, name_en = $3, acknowledge_hours = $4, resolve_hours = $5, active = $6, updated_at = $7,
              keywords = coalesce($8::text[], keywords)
        where code = $1 returning code`,
      [
        code,
        input.nameTh.trim(),
        input.nameEn.trim(),
        input.acknowledgeHours,
        input.resolveHours,
        input.active,
        ctx.clock.now(),
        input.keywords ? normalizeKeywords(input.keywords) : null,
      ],
    );
    const old = before.rows[0];
    if (result.rows.length === 0 || !old) throw new AppError('not_found');
    await syncServiceLevel(tx, code, input);
    await bumpComplaintConfigVersion(tx);
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: ctx.clock.now() },
      {
        action: 'complaint_category.update',
        targetType: 'complaint_category',
        targetId: code,
        before: categorySnapshot({
          nameTh: old.name_th,
          nameEn: old.name_en,
          acknowledgeHours: old.acknowledge_hours,
          resolveHours: old.resolve_hours,
          active: old.active,
          ...(input.keywords ? { keywords: old.keywords } : {}),
        }),
        after: categorySnapshot(input),
      },
    );
  });
}

export async function createCategory(ctx: CommandContext, code: string, input: CategoryInput): Promise<void> {
  requireAdmin(ctx);
  checkCategory(input);
  if (!/^[a-z0-9_]{1,40}$/.test(code))
    throw new AppError('validation_failed', {
      fields: [{ path: '/code', th: 'รหัสใช้ได้เฉพาะ a-z 0-9 และ _', en: 'Use a-z, 0-9 and _ in the code.' }],
    });
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const result = await tx.query(
      `insert into complaint_categories (code, name_th, name_en, acknowledge_hours, resolve_hours, active, sort_order, keywords,
                                         created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, (select coalesce(max(sort_order), 0) + 10 from complaint_categories), $8, $7, $7)
       on conflict (code) do nothing returning code`,
      [
        code,
        input.nameTh.trim(),
        input.nameEn.trim(),
        input.acknowledgeHours,
        input.resolveHours,
        input.active,
        now,
        normalizeKeywords(input.keywords ?? []),
      ],
    );
    if (result.rows.length === 0) throw new AppError('conflict');
    await syncServiceLevel(tx, code, input);
    await bumpComplaintConfigVersion(tx);
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: now },
      {
        action: 'complaint_category.create',
        targetType: 'complaint_category',
        targetId: code,
        before: null,
        after: categorySnapshot(input),
      },
    );
  });
}

export async function listCategoriesForAdmin(db: Database) {
  return listCategories(db);
}

export async function listRulesForAdmin(ctx: CommandContext) {
  requireAdmin(ctx);
  return listRoutingRules(ctx.db);
}

/** Adds or replaces the rule for a category (or any) in an area (or the whole country). */
export async function putRoutingRule(
  ctx: CommandContext,
  input: { categoryCode: string | null; areaCode: string | null; unitCode: string },
): Promise<{ id: string }> {
  requireAdmin(ctx);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const unit = await findUnitByCode(tx, input.unitCode);
    if (!unit) throw new AppError('invalid_target', { fields: [{ path: '/unitCode', th: 'ไม่พบหน่วยงานนี้', en: 'There is no such unit.' }] });
    if (input.categoryCode && !(await tx.query('select 1 from complaint_categories where code = $1', [input.categoryCode])).rows.length)
      throw new AppError('validation_failed', {
        fields: [{ path: '/categoryCode', th: 'ไม่พบประเภทเรื่องนี้', en: 'There is no such category.' }],
      });
    if (input.areaCode && !(await tx.query('select 1 from areas where code = $1', [input.areaCode])).rows.length)
      throw new AppError('validation_failed', {
        fields: [{ path: '/areaCode', th: 'ไม่พบรหัสพื้นที่นี้', en: 'There is no area with this code.' }],
      });
    const existing = await tx.query<{ category_code: string | null; area_code: string | null; unit_code: string }>(
      `select r.category_code, r.area_code, u.code as unit_code from complaint_routing_rules r join units u on u.id = r.unit_id
        where coalesce(r.category_code, '') = coalesce($1, '') and coalesce(r.area_code, '') = coalesce($2, '') for update of r`,
      [input.categoryCode, input.areaCode],
    );
    const result = await tx.query<{ id: string }>(
      `insert into complaint_routing_rules (category_code, area_code, unit_id, created_at, updated_at) values ($1, $2, $3, $4, $4)
       on conflict (coalesce(category_code, ''), coalesce(area_code, '')) do update set unit_id = excluded.unit_id, updated_at = excluded.updated_at
       returning id`,
      [input.categoryCode, input.areaCode, unit.id, now],
    );
    await bumpComplaintConfigVersion(tx);
    const before = existing.rows[0];
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: now },
      {
        action: before ? 'routing_rule.update' : 'routing_rule.create',
        targetType: 'routing_rule',
        targetId: result.rows[0]!.id,
        before: before ? ruleSnapshot(before) : null,
        after: ruleSnapshot({ category_code: input.categoryCode, area_code: input.areaCode, unit_code: unit.code }),
      },
    );
    return { id: result.rows[0]!.id };
  });
}

export async function deleteRoutingRule(ctx: CommandContext, id: string): Promise<void> {
  requireAdmin(ctx);
  await ctx.db.transaction(async (tx) => {
    const result = await tx.query<{ category_code: string | null; area_code: string | null; unit_code: string }>(
      `delete from complaint_routing_rules r using units u where r.id = $1 and u.id = r.unit_id
       returning r.category_code, r.area_code, u.code as unit_code`,
      [id],
    );
    const removed = result.rows[0];
    if (!removed) throw new AppError('not_found');
    await bumpComplaintConfigVersion(tx);
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: ctx.clock.now() },
      { action: 'routing_rule.delete', targetType: 'routing_rule', targetId: id, before: ruleSnapshot(removed), after: null },
    );
  });
}
