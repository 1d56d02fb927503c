import { listPriorities, listStandingsOf, type PriorityRow } from '../../db/queries/deliveryStandingQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { summarizeDelivery, type DeliverySummary } from '../../domain/reports/summarizeDelivery.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import type { ReadContext } from '../context.ts';
import { toUnitStanding } from './toUnitStanding.ts';

/**
 * The delivery unit's overview of priorities: every open directive, policy and
 * cabinet resolution sent to units, with its RAG, confidence, reach, stale
 * units and calls for help; those needing attention first. National roles only.
 */
export async function readDeliveryOverview(
  ctx: ReadContext,
  input: { limit: number },
): Promise<{ case: PriorityRow; summary: DeliverySummary }[]> {
  const { db, actor } = ctx;
  // The overview is the whole government's: only a national read scope may see it.
  if (!readScope(actor).national) throw new AppError('forbidden');
  const now = ctx.clock.now();
  const priorities = await listPriorities(db, input.limit);
  const standings = await listStandingsOf(
    db,
    priorities.map((p) => p.id),
  );
  const byCase = new Map<string, typeof standings>();
  for (const row of standings) byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), row]);
  const items = priorities.map((kase) => {
    const rows = byCase.get(kase.id) ?? [];
    return {
      case: kase,
      summary: summarizeDelivery(rows.map(toUnitStanding), { cycleMonths: rows[0]?.cycle_months ?? 1, now }),
    };
  });
  const attention = (s: DeliverySummary) => s.helpNeeded * 1000 + (s.rag === 'red' ? 500 : s.rag === 'amber' ? 100 : 0) + s.stale;
  return items.sort((a, b) => attention(b.summary) - attention(a.summary));
}
