import { setCaseGroup } from '../../db/queries/caseDetailQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { findGroup } from '../../db/queries/groupQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canLinkCaseToGroup } from '../../domain/policies/deliveryPolicy.ts';
import type { CommandContext } from '../context.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';

/** Makes a directive or policy part of an integrated group, with a `group_linked` event on the case. */
export async function linkCaseToGroup(ctx: CommandContext, groupId: string, caseId: string): Promise<void> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const group = await findGroup(tx, groupId);
    if (!group) throw new AppError('not_found');
    const { facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true });
    if (!canLinkCaseToGroup(actor, facts)) throw new AppError('forbidden');
    const current = await tx.query<{ group_id: string | null }>('select group_id from cases where id = $1', [caseId]);
    if (current.rows[0]?.group_id === groupId) return;
    await setCaseGroup(tx, caseId, groupId, now);
    await appendEvent(tx, {
      caseId,
      type: 'group_linked',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { group: { id: group.id, name: { th: group.name_th, en: group.name_en ?? group.name_th } } },
      at: now,
    });
  });
}
