import type { ComplaintCardFigures } from '../../domain/cards/cardFigures.ts';
import { NATIONAL_SCOPE } from '../../domain/statistics/statisticsScope.ts';
import { bangkokMonth } from '../../shared/fiscalYear.ts';
import { thaiDay } from '../../shared/thaiTime.ts';
import type { PublicContext } from '../context.ts';
import { readComplaintStatistics } from '../statistics/readComplaintStatistics.ts';

/** Whose complaints a card shows: the country, an inspection zone (0 central, 1–18) or a province (two digits). */
export type ComplaintCardArea = { kind: 'national' } | { kind: 'zone'; number: number } | { kind: 'province'; code: string };

const scopeOf = (area: ComplaintCardArea): string =>
  area.kind === 'national' ? NATIONAL_SCOPE : area.kind === 'zone' ? `zone:${area.number}` : `p:${area.code}`;

/**
 * The figures of the country's, an inspection zone's or a province's complaint card: the current fiscal year from the
 * public statistics read (`readComplaintStatistics`), so a card and the dashboard never differ.
 * A province code or zone number that names none is `not_found`.
 */
export async function readComplaintCardFigures(ctx: PublicContext, area: ComplaintCardArea): Promise<ComplaintCardFigures> {
  const statistics = await readComplaintStatistics(ctx, { scope: scopeOf(area) });
  const thisMonth = bangkokMonth(ctx.clock.now());
  const { scope, totals, period } = statistics;
  return {
    area: {
      kind: area.kind,
      // A grouping's code is its id (`zone:3`); the card names a zone by its number.
      code: area.kind === 'zone' ? String(area.number) : scope.code,
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
