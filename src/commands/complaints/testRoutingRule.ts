import type { AreaLabelPart } from '../../db/queries/areaLabelSql.ts';
import { findAreaLabel, listNamedRoutingRules, type NamedRoutingRuleRow } from '../../db/queries/routingRuleNameQueries.ts';
import { routeComplaint, type RoutedBy } from '../../domain/complaints/routeComplaint.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageComplaintSettings } from '../../domain/policies/complaintPolicy.ts';
import { suggestCategory } from './activeClassifier.ts';
import { currentComplaintConfig } from './complaintConfig.ts';
import { chooseCategory } from './previewComplaintRouting.ts';
import type { ReadContext } from '../context.ts';

export interface RoutingTestInput {
  categoryCode?: string | null;
  areaCode?: string | null;
  /** The complaint's words, for the classifier to choose the category when none is given. */
  text?: string;
}

export interface RoutingTestAnswer {
  category: { code: string; nameTh: string; nameEn: string };
  categoryChosenBy: 'given' | 'classifier' | 'general';
  area: AreaLabelPart[];
  unit: { id: string; code: string; nameTh: string; nameEn: string | null };
  routedBy: RoutedBy;
  rule: NamedRoutingRuleRow | null;
}

/**
 * "Where would this complaint go?": the unit a complaint of this category (or text) and area
 * would be routed to now, and which rule decided, or which fallback. Read-only, and through the
 * very functions `createComplaint` calls (the cached settings, `chooseCategory`,
 * `routeComplaint`), so the answer and a filed complaint cannot disagree.
 */
export async function testRoutingRule(ctx: ReadContext, input: RoutingTestInput): Promise<RoutingTestAnswer> {
  if (!canManageComplaintSettings(ctx.actor)) throw new AppError('forbidden');
  const config = await currentComplaintConfig(ctx.db);
  const areaCode = input.areaCode ?? null;
  if (areaCode && !config.areas.has(areaCode)) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/areaCode', th: 'ไม่พบพื้นที่นี้ โปรดเลือกจากรายการ', en: 'There is no such area. Choose one from the list.' }],
    });
  }
  const text = input.text?.trim() ?? '';
  const requested = input.categoryCode ?? null;
  if (!requested && !text) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path: '/categoryCode',
          th: 'โปรดเลือกประเภทเรื่อง หรือพิมพ์ข้อความเรื่องร้องเรียนให้ระบบเลือกประเภท',
          en: 'Choose a category, or type the complaint for the system to choose one.',
        },
      ],
    });
  }
  const categoryCode = chooseCategory(config, requested, text);
  const categoryChosenBy = requested
    ? 'given'
    : suggestCategory(text, config.categoryTerms).some((s) => config.categories.get(s.code)?.active)
      ? 'classifier'
      : 'general';
  const routed = routeComplaint(config.routing, { categoryCode, areaCode });
  const unit = routed ? config.units.get(routed.unitId) : undefined;
  if (!routed || !unit) throw new AppError('internal', { en: 'No unit to route complaints to: the unit tree is not loaded.' });
  const category = config.categories.get(categoryCode)!;
  const rule = routed.rule ? ((await listNamedRoutingRules(ctx.db, routed.rule))[0] ?? null) : null;
  return {
    category: { code: categoryCode, nameTh: category.name_th, nameEn: category.name_en },
    categoryChosenBy,
    area: areaCode ? await findAreaLabel(ctx.db, areaCode) : [],
    unit: { id: unit.id, code: unit.code, nameTh: unit.nameTh, nameEn: unit.nameEn },
    routedBy: routed.routedBy,
    rule,
  };
}
