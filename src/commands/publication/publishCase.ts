import { appendEvent } from '../../db/queries/eventQueries.ts';
import { findCasePublishedAt, setCasePublication } from '../../db/queries/publicationQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canPublishCase } from '../../domain/policies/publicationPolicy.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { CommandContext } from '../context.ts';

export interface CasePublication {
  caseId: string;
  publishedAt: Date | null;
}

/**
 * Shows a policy or directive on the public portal (its goal, indicators, acknowledgement reach
 * and budget), or withdraws it. Staff choose what is published (issue #12); doing it again is a
 * no-op that appends nothing, so the event trail holds only real changes.
 */
export async function setCasePublished(ctx: CommandContext, caseId: string, published: boolean): Promise<CasePublication> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true });
    if (!canPublishCase(actor, facts)) throw new AppError('forbidden');
    const current = await findCasePublishedAt(tx, caseId);
    if ((current !== null) === published) return { caseId, publishedAt: current };
    await setCasePublication(tx, caseId, published ? { at: now, by: actor.userId } : null);
    await appendEvent(tx, {
      caseId,
      type: published ? 'published' : 'unpublished',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: {},
      at: now,
    });
    return { caseId, publishedAt: published ? now : null };
  });
}

/** Whether the actor may publish the case, and when it was, for the staff case page. */
export async function readCasePublication(ctx: CommandContext, caseId: string): Promise<CasePublication & { canPublish: boolean }> {
  const { facts } = await loadReadableCase(ctx.db, ctx.actor, caseId);
  return { caseId, publishedAt: await findCasePublishedAt(ctx.db, caseId), canPublish: canPublishCase(ctx.actor, facts) };
}
