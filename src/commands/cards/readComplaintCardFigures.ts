import type { ComplaintCardFigures } from '../../domain/cards/cardFigures.ts';
import { NATIONAL_SCOPE } from '../../domain/statistics/statisticsScope.ts';
import { bangkokMonth } from '../../shared/fiscalYear.ts';
import { thaiDay } from '../../shared/thaiTime.ts';
import type { PublicContext } from '../context.ts';
import { readComplaintStatistics } from '../statistics/readComplaintStatistics.ts';

/**
 * The figures of the country's or a province's complaint card: the current fiscal year from the
 * public statistics read (`readComplaintStatistics`), so a card and the dashboard never differ.
 * A province code that names no province is `not_found`.
 */
export async function readComplaintCardFigures(ctx: PublicContext, input: { provinceCode: string | null }): Promise<ComplaintCardFigures> {
  const statistics = await readComplaintStatistics(ctx, {
    scope: input.provinceCode === null ? NATIONAL_SCOPE : `p:${input.provinceCode}`,
  });
  const thisMonth = bangkokMonth(ctx.clock.now());
  const { scope, totals, period } = statistics;
  return {
    area: {
      kind: input.provinceCode === null ? 'national' : 'province',
      code: scope.code,
      nameTh: scope.nameTh,
      nameEn: scope.nameEn,
    },
    fiscalYear: period.fiscalYear!,
    received: totals.received,
    resolved: totals.resolved,
    resolutionRate: totals.resolutionRate,
    medianDays: totals.medianDays,
    months: statistics.byMonth
      .filter((row) => row.month <= thisMonth)
      .map((row) => ({ month: row.month, received: row.received, resolved: row.resolved })),
    asOfDay: statistics.asOf ? thaiDay(statistics.asOf) : null,
  };
}
