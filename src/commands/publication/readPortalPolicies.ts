import { listCaseBudgetLines } from '../../db/queries/budgetLineQueries.ts';
import { listCaseIndicators, listCaseMeasurements } from '../../db/queries/indicatorQueries.ts';
import { findPublishedCase, listPublishedCases, type PublishedCaseRow } from '../../db/queries/publicationQueries.ts';
import { listReachRows } from '../../db/queries/reachQuery.ts';
import { parseBaht } from '../../domain/budget/bahtAmount.ts';
import { AppError } from '../../domain/errors.ts';
import { aggregate, measuredPeriods } from '../../domain/indicators/rollUp.ts';
import { indicatorRag, plannedValue } from '../../domain/indicators/trajectoryRag.ts';
import type { PublicContext } from '../context.ts';

export interface PortalIndicator {
  nameTh: string;
  nameEn: string | null;
  unitOfMeasure: string;
  baseline: number;
  target: number;
  targetDate: string | null;
  /** The latest period with a measurement, the national value then and the plan for it. */
  period: string | null;
  actual: number | null;
  planned: number | null;
  rag: 'green' | 'amber' | 'red' | null;
  /** Share of the way from the baseline to the target (0–1, clamped), for the progress bar. */
  progress: number | null;
  series: { period: string; actual: number | null; planned: number | null }[];
}

export interface PortalPolicy {
  kase: PublishedCaseRow;
  indicators: PortalIndicator[];
  reach: {
    assigned: number;
    acknowledged: number;
    byProvince: { code: string; th: string; en: string | null; assigned: number; acknowledged: number }[];
  };
  budget: { fiscalYear: number; allocated: number; committed: number; disbursed: number }[];
}

/** The published policies and directives, newest publication first. */
export async function readPortalPolicies(ctx: PublicContext): Promise<PublishedCaseRow[]> {
  return listPublishedCases(ctx.db, { limit: 200 });
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * One published case as the public sees it: its goal, each indicator's national value against
 * its trajectory, how many units acknowledged it, and its budget by fiscal year (satang). Only
 * while published: otherwise not found, as if it did not exist. No staff names or notes leave.
 */
export async function readPortalPolicy(ctx: PublicContext, caseId: string): Promise<PortalPolicy> {
  const kase = await findPublishedCase(ctx.db, caseId);
  if (!kase) throw new AppError('not_found');
  const [indicators, measurements, reachRows, lines] = await Promise.all([
    listCaseIndicators(ctx.db, caseId),
    listCaseMeasurements(ctx.db, caseId),
    listReachRows(ctx.db, caseId, { withPaths: false }),
    listCaseBudgetLines(ctx.db, caseId),
  ]);
  const portalIndicators = indicators.map((indicator): PortalIndicator => {
    const own = measurements
      .filter((m) => m.indicator_id === indicator.id)
      .map((m) => ({ period: m.period, value: m.value, recordedAt: m.recorded_at }));
    const series = measuredPeriods(own).map((period) => ({
      period,
      actual: aggregate(
        own.filter((m) => m.period === period),
        indicator.aggregation,
      ),
      planned: plannedValue(indicator.trajectory, period),
    }));
    const last = series.at(-1);
    const actual = last?.actual ?? null;
    const span = indicator.target - indicator.baseline;
    return {
      nameTh: indicator.name_th,
      nameEn: indicator.name_en,
      unitOfMeasure: indicator.unit_of_measure,
      baseline: indicator.baseline,
      target: indicator.target,
      targetDate: indicator.target_date,
      period: last?.period ?? null,
      actual,
      planned: last?.planned ?? null,
      rag: last
        ? indicatorRag({
            actual,
            trajectory: indicator.trajectory,
            baseline: indicator.baseline,
            direction: indicator.direction,
            period: last.period,
          })
        : null,
      progress: actual === null || span === 0 ? null : clamp((actual - indicator.baseline) / span),
      series,
    };
  });
  const byProvince = new Map<string, PortalPolicy['reach']['byProvince'][number]>();
  for (const row of reachRows) {
    if (!row.province_code) continue;
    const entry = byProvince.get(row.province_code) ?? {
      code: row.province_code,
      th: row.province_name_th ?? row.province_code,
      en: row.province_name_en,
      assigned: 0,
      acknowledged: 0,
    };
    entry.assigned++;
    if (row.acknowledged_ms !== null) entry.acknowledged++;
    byProvince.set(row.province_code, entry);
  }
  const years = new Map<number, PortalPolicy['budget'][number]>();
  for (const line of lines) {
    const year = years.get(line.fiscal_year) ?? { fiscalYear: line.fiscal_year, allocated: 0, committed: 0, disbursed: 0 };
    year.allocated += parseBaht(line.allocated) ?? 0;
    year.committed += parseBaht(line.committed) ?? 0;
    year.disbursed += parseBaht(line.disbursed) ?? 0;
    years.set(line.fiscal_year, year);
  }
  return {
    kase,
    indicators: portalIndicators,
    reach: {
      assigned: reachRows.length,
      acknowledged: reachRows.filter((row) => row.acknowledged_ms !== null).length,
      byProvince: [...byProvince.values()].sort((a, b) => a.code.localeCompare(b.code)),
    },
    budget: [...years.values()].sort((a, b) => b.fiscalYear - a.fiscalYear),
  };
}
