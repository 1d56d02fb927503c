import { listObjectionsForOffice, type ObjectionListRow } from '../../../db/queries/infoRequestObjectionQueries.ts';
import { findUnitByCode } from '../../../db/queries/unitQueries.ts';
import { AppError } from '../../../domain/errors.ts';
import { canDecideObjection, canListObjections, OIC_UNIT_CODE } from '../../../domain/policies/infoRequestAnswersPolicy.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { Database } from '../../../db/database.ts';
import type { ReadContext } from '../../context.ts';
import { loadRequestByCode } from './loadRequestByCode.ts';

/**
 * The objections the Commission's office works on (its staff, and the national roles who read
 * everything): open ones first, soonest due first, each flagged overdue when its own clock has run out.
 */
export async function listObjections(
  ctx: ReadContext,
  input: { status: 'open' | 'all'; limit: number; offset: number },
): Promise<{ items: (ObjectionListRow & { overdue: boolean })[]; total: number; canDecide: boolean }> {
  const oic = await findUnitByCode(ctx.db, OIC_UNIT_CODE);
  if (!oic || !canListObjections(ctx.actor, oic.path)) throw new AppError('forbidden');
  const { rows, total } = await listObjectionsForOffice(ctx.db, input);
  const now = ctx.clock.now().getTime();
  return {
    items: rows.map((row) => ({ ...row, overdue: row.status === 'open' && row.due_at !== null && row.due_at.getTime() < now })),
    total,
    canDecide: canDecideObjection(ctx.actor, oic.path),
  };
}

/**
 * What the requester's objection page shows, by tracking code: which of the two ways is open now and
 * until when, and their objections so far. Nothing about the requester or the staff who answered.
 */
export async function readObjectionWays(ctx: { db: Database; clock: Clock }, code: string) {
  const { kase, request, answer, objections, ways } = await loadRequestByCode(ctx.db, code, ctx.clock.now());
  return {
    ref: kase.ref,
    title: kase.title,
    state: request.state,
    dueAt: request.due_at,
    answeredAt: request.answered_at,
    outcome: answer?.outcome ?? null,
    ways,
    objections,
  };
}
