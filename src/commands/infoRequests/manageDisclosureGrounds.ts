import {
  findDisclosureGround,
  insertDisclosureGround,
  listDisclosureGrounds,
  updateDisclosureGround,
  type DisclosureGroundRow,
  type GroundFields,
} from '../../db/queries/infoRequestAnswerQueries.ts';
import type { Snapshot } from '../../domain/audit/changedFields.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageDisclosureGrounds } from '../../domain/policies/infoRequestAnswersPolicy.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext, ReadContext } from '../context.ts';

export interface GroundInput {
  section: string;
  item?: string | null | undefined;
  nameTh: string;
  nameEn: string;
  active?: boolean | undefined;
  sortOrder?: number | undefined;
}

const snapshot = (g: GroundFields): Snapshot => ({
  section: g.section,
  item: g.item ?? '',
  nameTh: g.nameTh,
  nameEn: g.nameEn,
  active: g.active ? 'yes' : 'no',
  sortOrder: String(g.sortOrder),
});

function fieldsOf(input: GroundInput): GroundFields {
  const nameTh = input.nameTh.normalize('NFC').trim();
  const nameEn = input.nameEn.normalize('NFC').trim();
  const section = input.section.trim();
  const problems = [
    ...(section ? [] : [{ path: '/section', th: 'โปรดระบุมาตรา', en: 'Give the section.' }]),
    ...(nameTh ? [] : [{ path: '/nameTh', th: 'โปรดระบุชื่อภาษาไทย', en: 'Give the Thai name.' }]),
    ...(nameEn ? [] : [{ path: '/nameEn', th: 'โปรดระบุชื่อภาษาอังกฤษ', en: 'Give the English name.' }]),
  ];
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
  return { section, item: input.item?.trim() || null, nameTh, nameEn, active: input.active ?? true, sortOrder: input.sortOrder ?? 0 };
}

/** Every ground, active or not: any signed-in staff member (the answer form lists the active ones). */
export async function listGrounds(ctx: ReadContext): Promise<DisclosureGroundRow[]> {
  void ctx.actor;
  return listDisclosureGrounds(ctx.db);
}

/** Adds a ground (administrators); its code is fixed for good, since answers and statistics refer to it. */
export async function createGround(ctx: CommandContext, code: string, input: GroundInput): Promise<void> {
  if (!canManageDisclosureGrounds(ctx.actor)) throw new AppError('forbidden');
  const fields = fieldsOf(input);
  const at = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await insertDisclosureGround(tx, code, fields, at))) {
      throw new AppError('conflict', { th: `มีเหตุรหัส "${code}" อยู่แล้ว`, en: `A ground with code "${code}" exists already.` });
    }
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at },
      { action: 'disclosure_ground.create', targetType: 'disclosure_ground', targetId: code, before: null, after: snapshot(fields) },
    );
  });
}

/**
 * Changes a ground's words, order or whether it is offered (administrators). A ground is deactivated,
 * never deleted: past answers and the published statistics keep naming it.
 */
export async function updateGround(ctx: CommandContext, code: string, input: GroundInput): Promise<void> {
  if (!canManageDisclosureGrounds(ctx.actor)) throw new AppError('forbidden');
  const fields = fieldsOf(input);
  const at = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const before = await findDisclosureGround(tx, code, { forUpdate: true });
    if (!before) throw new AppError('not_found');
    await updateDisclosureGround(tx, code, fields, at);
    const was: GroundFields = {
      section: before.section,
      item: before.item,
      nameTh: before.name_th,
      nameEn: before.name_en,
      active: before.active,
      sortOrder: before.sort_order,
    };
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at },
      {
        action: 'disclosure_ground.update',
        targetType: 'disclosure_ground',
        targetId: code,
        before: snapshot(was),
        after: snapshot(fields),
      },
    );
  });
}
