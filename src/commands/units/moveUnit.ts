import { bumpComplaintConfigVersion } from '../../db/queries/complaintConfigQueries.ts';
import { findUnit } from '../../db/queries/unitQueries.ts';
import { moveUnitSubtree } from '../../db/queries/unitMoveQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageUnits } from '../../domain/policies/adminPolicy.ts';
import { placementProblem } from '../../domain/units/unitPlacement.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';

/**
 * Moves a unit, with everything below it, under another parent: a department that changes
 * ministry, a service point that joins another office. Refused when the new parent is the unit
 * itself or below it (the branch would leave the tree) or when the kinds do not fit
 * (`domain/units/unitPlacement.ts`). Reach follows at once, since every "within my unit" rule
 * reads the path; intake reloads its routing tables (they hold the units' paths).
 */
export async function moveUnit(ctx: CommandContext, unitId: string, input: { parentId: string }): Promise<void> {
  if (!canManageUnits(ctx.actor)) throw new AppError('forbidden');
  await ctx.db.transaction(async (tx) => {
    // Lock the unit and the new parent in one statement, in id order, so two moves cannot deadlock.
    await tx.query('select 1 from units where id in ($1, $2) order by id for update', [unitId, input.parentId]);
    const unit = await findUnit(tx, unitId);
    if (!unit) throw new AppError('not_found');
    const parent = await findUnit(tx, input.parentId);
    if (!parent || !parent.active) {
      throw new AppError('validation_failed', {
        fields: [
          { path: '/parentId', th: 'ไม่พบหน่วยงานต้นสังกัดนี้ โปรดค้นหาแล้วเลือกใหม่', en: 'There is no such parent unit. Search and choose again.' },
        ],
      });
    }
    if (unit.parent_id === parent.id) {
      throw new AppError('validation_failed', {
        fields: [
          {
            path: '/parentId',
            th: 'หน่วยงานนี้อยู่ภายใต้หน่วยงานที่เลือกอยู่แล้ว โปรดเลือกหน่วยงานต้นสังกัดใหม่',
            en: 'The unit is already under this parent. Choose a new parent.',
          },
        ],
      });
    }
    const oldParent = unit.parent_id ? await findUnit(tx, unit.parent_id) : undefined;
    const problem = placementProblem(unit.kind, parent, unit);
    if (problem) throw new AppError('validation_failed', { fields: [problem] });
    await moveUnitSubtree(tx, {
      unitId: unit.id,
      oldPath: unit.path,
      newParentId: parent.id,
      newParentPath: parent.path,
      depthChange: parent.depth + 1 - unit.depth,
    });
    await bumpComplaintConfigVersion(tx);
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: ctx.clock.now() },
      {
        action: 'unit.move',
        targetType: 'unit',
        targetId: unit.id,
        before: { parentId: unit.parent_id, parentCode: oldParent?.code ?? null },
        after: { parentId: parent.id, parentCode: parent.code },
      },
    );
  });
}
