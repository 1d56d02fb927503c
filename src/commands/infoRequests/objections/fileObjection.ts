import { appendEvent } from '../../../db/queries/eventQueries.ts';
import { findObjection, insertObjection, withdrawObjectionRow } from '../../../db/queries/infoRequestObjectionQueries.ts';
import type { Database } from '../../../db/database.ts';
import type { Clock } from '../../../domain/clock.ts';
import { AppError } from '../../../domain/errors.ts';
import { objectionDueFrom } from '../../../domain/infoRequests/objectionClocks.ts';
import type { ObjectionKind } from '../../../shared/infoRequests.ts';
import { infoAnswerLimits, objectionClosedReasons } from '../../../shared/infoRequestAnswers.ts';
import { loadRequestByCode } from './loadRequestByCode.ts';

/**
 * The requester objects, with their tracking code: an appeal against a refusal (section 18) before
 * its deadline, or a complaint to the Commission about delay or non-compliance (section 13), each
 * only when `objectionWays` says it is open. Both go to the Commission's office (unit `OIC`), which
 * passes appeals to the Information Disclosure Tribunal. The objection, its own due date and the
 * `info_request_objection_filed` event are written in one transaction.
 */
export async function fileObjection(
  ctx: { db: Database; clock: Clock },
  code: string,
  input: { kind: ObjectionKind; reason: string },
): Promise<{ id: string; dueAt: Date }> {
  const reason = input.reason.normalize('NFC').trim();
  if (!reason || [...reason].length > infoAnswerLimits.objectionReasonMax) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/reason', th: 'โปรดเขียนเหตุผลของท่าน (ไม่เกิน 2,000 ตัวอักษร)', en: 'Write your reason (at most 2,000 characters).' }],
    });
  }
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const { kase, answer, ways } = await loadRequestByCode(tx, code, now, { forUpdate: true });
    const way = ways[input.kind];
    if (!way.open) {
      if (way.reason === 'deadline_passed') throw new AppError('appeal_deadline_passed');
      if (way.reason === 'withdrawn') throw new AppError('info_request_withdrawn');
      throw new AppError('objection_not_available', objectionClosedReasons[way.reason]);
    }
    const dueAt = objectionDueFrom(input.kind, now);
    const id = await insertObjection(tx, {
      caseId: kase.id,
      kind: input.kind,
      answerId: answer && (input.kind === 'appeal' || way.basis === 'non_compliance') ? answer.id : null,
      reason,
      dueAt,
      now,
    });
    await appendEvent(tx, {
      caseId: kase.id,
      type: 'info_request_objection_filed',
      actorUserId: null,
      actorUnitId: null,
      data: { objectionId: id, kind: input.kind, basis: way.basis ?? null, dueAt: dueAt.toISOString() },
      at: now,
    });
    return { id, dueAt };
  });
}

/** The requester withdraws their open objection (by tracking code; another request's objection is not found). */
export async function withdrawObjection(ctx: { db: Database; clock: Clock }, code: string, objectionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const { kase, objections } = await loadRequestByCode(tx, code, now, { forUpdate: true });
    if (!objections.some((o) => o.id === objectionId)) throw new AppError('not_found');
    const objection = (await findObjection(tx, objectionId, { forUpdate: true }))!;
    if (objection.status !== 'open') throw new AppError('objection_not_open');
    await withdrawObjectionRow(tx, objection.id);
    await appendEvent(tx, {
      caseId: kase.id,
      type: 'info_request_objection_withdrawn',
      actorUserId: null,
      actorUnitId: null,
      data: { objectionId: objection.id, kind: objection.kind },
      at: now,
    });
  });
}
