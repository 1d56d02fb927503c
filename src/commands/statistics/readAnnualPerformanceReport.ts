import { listGroupings } from '../../db/queries/areaQueries.ts';
import { listUnits } from '../../db/queries/unitQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import type { DeliverySummary } from '../../domain/reports/summarizeDelivery.ts';
import type { PriorityRow } from '../../db/queries/deliveryStandingQueries.ts';
import type { ReadContext } from '../context.ts';
import { readDeliveryOverview } from '../reports/readDeliveryOverview.ts';
import { readComplaintStatistics, type ComplaintStatisticsResult } from './readComplaintStatistics.ts';
import type { ScopeInfo } from './resolveStatisticsScope.ts';

/** One row of a table of scopes: who, and their fiscal year's totals. */
export interface ScopeTotals {
  scope: ScopeInfo;
  totals: ComplaintStatisticsResult['totals'];
}

export interface AnnualPerformanceReport {
  fiscalYear: number;
  /** The country's fiscal year: headline totals, the 77 provinces, the monthly trend, categories and channels. */
  national: ComplaintStatisticsResult;
  /** The 18 inspection zones of the Prime Minister's Office, in their order. */
  zones: ScopeTotals[];
  /** Every ministry, its figures being those of every unit under it. */
  ministries: ScopeTotals[];
  /** Every live directive and policy with its reach, RAG and confidence (the delivery unit's overview). */
  delivery: { case: PriorityRow; summary: DeliverySummary }[];
  preparedAt: Date;
}

/** How many live directives and policies the report lists. */
const DELIVERY_LIMIT = 200;

/**
 * The annual government performance report of a fiscal year (seed 000): the complaint headline,
 * provinces, inspection zones and ministries, the monthly trend, and the delivery picture. Every
 * complaint figure is `readComplaintStatistics`'s, per scope, so each row equals its dashboard.
 * The delivery picture is the whole government's, so only national roles (the delivery unit,
 * administrators) may print it.
 */
export async function readAnnualPerformanceReport(ctx: ReadContext, input: { fiscalYear: number }): Promise<AnnualPerformanceReport> {
  if (!readScope(ctx.actor).national) throw new AppError('forbidden');
  const { fiscalYear } = input;
  const [zones, ministries] = await Promise.all([
    listGroupings(ctx.db, 'inspection_zone'),
    listUnits(ctx.db, { kind: 'ministry', limit: 100 }),
  ]);
  const totalsOf = async (scope: string): Promise<ScopeTotals> => {
    const read = await readComplaintStatistics(ctx, { scope, fiscalYear });
    return { scope: read.scope, totals: read.totals };
  };
  const [national, zoneRows, ministryRows, delivery] = await Promise.all([
    readComplaintStatistics(ctx, { scope: 'TH', fiscalYear }),
    Promise.all(zones.map((zone) => totalsOf(zone.id))),
    Promise.all(ministries.map((unit) => totalsOf(`u:${unit.id}`))),
    readDeliveryOverview(ctx, { limit: DELIVERY_LIMIT }),
  ]);
  return { fiscalYear, national, zones: zoneRows, ministries: ministryRows, delivery, preparedAt: ctx.clock.now() };
}
