import type { Queryable } from '../../db/database.ts';
import { insertTrainingExample } from '../../db/queries/classifierExampleQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import type { ComplaintRow } from '../../db/queries/complaintQueries.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { AppError } from '../../domain/errors.ts';
import { canRecategoriseComplaint } from '../../domain/policies/complaintPolicy.ts';
import type { Actor } from '../../domain/roles.ts';
import type { CommandContext } from '../context.ts';
import { currentComplaintConfig, type ComplaintConfig } from './complaintConfig.ts';
import { loadComplaint } from './loadComplaint.ts';
import { rankedSuggestions } from './previewComplaintRouting.ts';

/** The taxonomy's word on a category code: it must exist and be in use, else a 422 naming the field. */
export function checkCategoryCode(config: ComplaintConfig, code: string, path = '/category'): string {
  const category = config.categories.get(code);
  if (!category || !category.active) {
    throw new AppError('validation_failed', {
      fields: [{ path, th: 'ไม่พบประเภทเรื่องนี้ โปรดเลือกจากรายการ', en: 'There is no such complaint category. Choose one from the list.' }],
    });
  }
  return code;
}

/**
 * Moves a complaint to another category in the caller's transaction: the complaint and its case
 * row, a `category_changed` event, and a staff-labelled training example (with the suggester's
 * first choice for the text as it stands), so the suggester learns from the correction.
 * Routing and deadlines stay as they are: a re-route moves the complaint.
 */
export async function changeComplaintCategory(
  tx: Queryable,
  input: {
    config: ComplaintConfig;
    complaint: ComplaintRow;
    categoryCode: string;
    reason: string | null;
    actor: Actor;
    assignmentId?: string | null;
    now: Date;
  },
): Promise<void> {
  const { complaint, categoryCode, actor, now } = input;
  const caseId = complaint.case_id;
  await tx.query('update complaints set category_code = $2 where case_id = $1', [caseId, categoryCode]);
  await tx.query('update cases set category = $2, updated_at = $3 where id = $1', [caseId, categoryCode, now]);
  await appendEvent(tx, {
    caseId,
    assignmentId: input.assignmentId ?? null,
    type: 'category_changed',
    actorUserId: actor.userId,
    actorUnitId: actor.unitId,
    data: { from: complaint.category_code, to: categoryCode, ...(input.reason ? { reason: input.reason } : {}) },
    at: now,
  });
  // The title is stored masked already; the description is masked here, as lists and open data show it.
  const text = `${complaint.title} ${maskPersonalData(complaint.body)}`;
  await insertTrainingExample(tx, {
    caseId,
    text,
    categoryCode,
    suggestedCode: rankedSuggestions(input.config, `${complaint.title} ${complaint.body}`, 1)[0]?.code ?? null,
    source: 'recategorised',
    recordedBy: actor.userId,
    at: now,
  });
}

/**
 * `POST /api/complaints/:id/category`: whoever may re-route the complaint (its handling unit, or the
 * intake operators who own it) may correct its category, while it is open.
 */
export async function recategoriseComplaint(
  ctx: CommandContext,
  caseId: string,
  input: { category: string; reason?: string; expectedVersion?: number },
) {
  const config = await currentComplaintConfig(ctx.db);
  const categoryCode = checkCategoryCode(config, input.category);
  const reason = input.reason?.trim() || null;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { complaint, lead, facts } = await loadComplaint(tx, ctx.actor, caseId, {
      forUpdate: true,
      expectedVersion: input.expectedVersion,
    });
    if (!canRecategoriseComplaint(ctx.actor, facts)) throw new AppError('forbidden');
    if (complaint.category_code === categoryCode) {
      throw new AppError('conflict', { th: 'เรื่องอยู่ในประเภทนี้แล้ว', en: 'The complaint is already in this category.' });
    }
    await changeComplaintCategory(tx, { config, complaint, categoryCode, reason, actor: ctx.actor, assignmentId: lead?.id ?? null, now });
    return { category: categoryCode };
  });
}
