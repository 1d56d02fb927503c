import { randomUUID } from 'node:crypto';
import { bumpComplaintConfigVersion } from '../../db/queries/complaintConfigQueries.ts';
import { findUnit, type UnitRow } from '../../db/queries/unitQueries.ts';
import type { Snapshot } from '../../domain/audit/changedFields.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageUnits } from '../../domain/policies/adminPolicy.ts';
import { placementProblem } from '../../domain/units/unitPlacement.ts';
import type { UnitKind } from '../../shared/unitKinds.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';

/** What the audit trail keeps of a unit. */
function unitSnapshot(unit: UnitRow): Snapshot {
  return {
    code: unit.code,
    parentId: unit.parent_id,
    kind: unit.kind,
    nameTh: unit.name_th,
    nameEn: unit.name_en,
    abbrTh: unit.abbr_th,
    areaCode: unit.area_code,
    active: unit.active,
  };
}

/** Adds a unit below an existing one: a division, a service point, a new office. */
export async function createUnit(
  ctx: CommandContext,
  input: {
    code: string;
    parentId: string;
    kind: UnitKind;
    nameTh: string;
    nameEn?: string | null;
    abbrTh?: string | null;
    areaCode?: string | null;
  },
): Promise<string> {
  if (!canManageUnits(ctx.actor)) throw new AppError('forbidden');
  return ctx.db.transaction(async (tx) => {
    const parent = await findUnit(tx, input.parentId);
    if (!parent) {
      throw new AppError('validation_failed', {
        fields: [{ path: '/parentId', th: 'ไม่พบหน่วยงานต้นสังกัด', en: 'There is no such parent unit.' }],
      });
    }
    const misplaced = placementProblem(input.kind, parent);
    if (misplaced) throw new AppError('validation_failed', { fields: [misplaced] });
    if (input.areaCode) {
      const area = await tx.query('select 1 from areas where code = $1', [input.areaCode]);
      if (area.rows.length === 0) {
        throw new AppError('validation_failed', {
          fields: [{ path: '/areaCode', th: 'ไม่พบรหัสพื้นที่นี้', en: 'There is no area with this code.' }],
        });
      }
    }
    const taken = await tx.query('select 1 from units where code = $1', [input.code]);
    if (taken.rows.length > 0) {
      throw new AppError('conflict', { fields: [{ path: '/code', th: 'รหัสหน่วยงานนี้มีอยู่แล้ว', en: 'This unit code is taken.' }] });
    }
    const id = randomUUID();
    await tx.query(
      `insert into units (id, code, parent_id, path, depth, kind, name_th, name_en, abbr_th, area_code, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        input.code,
        parent.id,
        `${parent.path}${id}/`,
        parent.depth + 1,
        input.kind,
        input.nameTh,
        input.nameEn ?? null,
        input.abbrTh ?? null,
        input.areaCode ?? null,
        ctx.clock.now(),
      ],
    );
    const created = (await findUnit(tx, id))!;
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: ctx.clock.now() },
      { action: 'unit.create', targetType: 'unit', targetId: id, before: null, after: unitSnapshot(created) },
    );
    return id;
  });
}

export async function updateUnit(
  ctx: CommandContext,
  id: string,
  patch: { nameTh?: string; nameEn?: string | null; abbrTh?: string | null; active?: boolean },
): Promise<void> {
  if (!canManageUnits(ctx.actor)) throw new AppError('forbidden');
  await ctx.db.transaction(async (tx) => {
    const locked = await tx.query('select 1 from units where id = $1 for update', [id]);
    const before = await findUnit(tx, id);
    if (locked.rows.length === 0 || !before) throw new AppError('not_found');
    await tx.query(
      `update units set name_th = coalesce($2, name_th),
         name_en = case when $3::boolean then $4 else name_en end,
         abbr_th = case when $5::boolean then $6 else abbr_th end,
         active = coalesce($7, active)
       where id = $1`,
      [
        id,
        patch.nameTh ?? null,
        patch.nameEn !== undefined,
        patch.nameEn ?? null,
        patch.abbrTh !== undefined,
        patch.abbrTh ?? null,
        patch.active ?? null,
      ],
    );
    // Intake keeps units' names in memory (the answer names the unit a complaint went to): reload them.
    await bumpComplaintConfigVersion(tx);
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: ctx.clock.now() },
      {
        action: 'unit.update',
        targetType: 'unit',
        targetId: id,
        before: unitSnapshot(before),
        after: unitSnapshot((await findUnit(tx, id))!),
      },
    );
  });
}
