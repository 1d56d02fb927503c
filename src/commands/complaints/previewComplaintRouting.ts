import type { Database } from '../../db/database.ts';
import { generalCategoryCode } from '../../domain/complaints/categoryLabels.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { routeComplaint, type RoutedBy } from '../../domain/complaints/routeComplaint.ts';
import { titleFromDescription } from '../../domain/complaints/validateIntake.ts';
import { AppError } from '../../domain/errors.ts';
import { suggestCategory } from './activeClassifier.ts';
import { currentComplaintConfig, type CachedUnit, type ComplaintConfig } from './complaintConfig.ts';

/** How many categories the form and the console offer before saving. */
export const SUGGESTED_CATEGORIES = 3;

/** Where intake would send a complaint, and why. */
export interface IntakeDecision {
  categoryCode: string;
  unit: CachedUnit;
  routedBy: RoutedBy;
}

/**
 * The text the classifier reads: the title (masked, or the masked
 * description's first words) and the description, exactly as intake stores
 * them, so a preview and the save classify the same words.
 */
export function classifiedText(title: string | undefined, description: string): string {
  const body = description.trim();
  const heading = title?.trim() ? maskPersonalData(title.trim()) : titleFromDescription(maskPersonalData(body));
  return `${heading} ${body}`;
}

/** The requested category (it must exist and be active), else the classifier's first active suggestion, else the general one. */
export function chooseCategory(config: ComplaintConfig, requested: string | null, text: string): string {
  if (requested) {
    const category = config.categories.get(requested);
    if (!category || !category.active) {
      throw new AppError('validation_failed', {
        fields: [{ path: '/categoryCode', th: 'ไม่พบประเภทเรื่องนี้', en: 'There is no such complaint category.' }],
      });
    }
    return requested;
  }
  return rankedSuggestions(config, text, 1)[0]?.code ?? generalCategoryCode;
}

/**
 * The classifier's suggestions among the active categories, most likely
 * first, each with the calibrated probability that it is right.
 */
export function rankedSuggestions(config: ComplaintConfig, text: string, count: number): { code: string; score: number }[] {
  return suggestCategory(text, config.categoryTerms)
    .filter((s) => config.categories.get(s.code)?.active)
    .slice(0, count);
}

/**
 * The one decision intake makes (`createComplaint`) and the preview shows:
 * the category, then the unit `routeComplaint` picks for it and the area.
 */
export function decideIntake(
  config: ComplaintConfig,
  input: { categoryCode: string | null; text: string; areaCode: string | null },
): IntakeDecision {
  const categoryCode = chooseCategory(config, input.categoryCode, input.text);
  if (input.areaCode && !config.areas.has(input.areaCode)) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/areaCode', th: 'ไม่พบรหัสพื้นที่นี้', en: 'There is no area with this code.' }],
    });
  }
  const routed = routeComplaint(config.routing, { categoryCode, areaCode: input.areaCode });
  const unit = routed ? config.units.get(routed.unitId) : undefined;
  if (!routed || !unit) throw new AppError('internal', { en: 'No unit to route complaints to: the unit tree is not loaded.' });
  return { categoryCode, unit, routedBy: routed.routedBy };
}

export interface RoutingPreviewInput {
  /** null: the classifier chooses (the citizen or operator did not). */
  categoryCode: string | null;
  title?: string;
  description: string;
  areaCode: string | null;
}

export interface RoutingPreview {
  /** The classifier's top suggestions (active categories), the one intake would choose first; empty without text. */
  suggestions: { code: string; nameTh: string; nameEn: string; confidence: number }[];
  /** The category the complaint would be filed under. */
  category: { code: string; nameTh: string; nameEn: string };
  unit: { code: string; nameTh: string; nameEn: string | null };
  routedBy: RoutedBy;
}

/**
 * Where a complaint not yet filed would go: the suggested categories and the
 * unit, read-only, for the public form, the operator console and the
 * routing-rule tester. Uses intake's own decision (`decideIntake`) on the
 * same configuration, so it cannot disagree with the save.
 */
export async function previewComplaintRouting(deps: { db: Database }, input: RoutingPreviewInput): Promise<RoutingPreview> {
  const config = await currentComplaintConfig(deps.db);
  const text = input.description.trim() ? classifiedText(input.title, input.description) : '';
  const suggestions = text ? rankedSuggestions(config, text, SUGGESTED_CATEGORIES) : [];
  const decision = decideIntake(config, { categoryCode: input.categoryCode, text, areaCode: input.areaCode });
  const named = (code: string) => {
    const row = config.categories.get(code)!;
    return { code, nameTh: row.name_th, nameEn: row.name_en };
  };
  const { unit } = decision;
  return {
    suggestions: suggestions.map((s) => ({ ...named(s.code), confidence: s.score })),
    category: named(decision.categoryCode),
    unit: { code: unit.code, nameTh: unit.nameTh, nameEn: unit.nameEn },
    routedBy: decision.routedBy,
  };
}
