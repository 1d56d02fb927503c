import { listCaseIndicators, listCaseMeasurements, type IndicatorRow, type MeasurementRow } from '../../db/queries/indicatorQueries.ts';
import { listReachRows } from '../../db/queries/reachQuery.ts';
import { findPublishedDeliveryCase } from '../../db/queries/shareCardQueries.ts';
import { POLICY_CARD_INDICATORS, type CardIndicator, type PolicyCardFigures } from '../../domain/cards/cardFigures.ts';
import { AppError } from '../../domain/errors.ts';
import { measuredPeriods, rollUpSubtree, type Measurement } from '../../domain/indicators/rollUp.ts';
import { indicatorRag, plannedValue } from '../../domain/indicators/trajectoryRag.ts';
import { thaiDay } from '../../shared/thaiTime.ts';
import type { PublicContext } from '../context.ts';

const kindOrder = { goal: 0, progress: 1, unintended_effect: 2 } as const;

/** An indicator's latest measured period, rolled up over every unit, against its trajectory. */
function cardIndicator(indicator: IndicatorRow, rows: readonly MeasurementRow[]): CardIndicator {
  const measurements: Measurement[] = rows
    .filter((row) => row.indicator_id === indicator.id)
    .map((row) => ({
      unitPath: row.unit_path,
      provinceCode: row.province_code,
      period: row.period,
      value: row.value,
      recordedAt: row.recorded_at,
    }));
  const period = measuredPeriods(measurements).at(-1) ?? null;
  const actual = period === null ? null : rollUpSubtree(measurements, { unitPath: '/', period, aggregation: indicator.aggregation });
  return {
    nameTh: indicator.name_th,
    nameEn: indicator.name_en,
    unitOfMeasure: indicator.unit_of_measure,
    direction: indicator.direction,
    baseline: indicator.baseline,
    target: indicator.target,
    period,
    actual,
    planned: period === null ? null : plannedValue(indicator.trajectory, period),
    rag:
      period === null
        ? null
        : indicatorRag({ actual, trajectory: indicator.trajectory, baseline: indicator.baseline, direction: indicator.direction, period }),
  };
}

/**
 * The figures of a published policy's or directive's card: its first indicators (goals first) at
 * their latest measured period against the trajectory, rolled up nationally as the delivery picture
 * rolls them up, and how many of the units it was sent to acknowledged it. Anyone may read it, so a
 * case its owner has not published (or has withdrawn) is `not_found`, as is a complaint.
 */
export async function readPolicyCardFigures(ctx: PublicContext, caseId: string): Promise<PolicyCardFigures> {
  const { db } = ctx;
  const kase = await findPublishedDeliveryCase(db, caseId);
  if (!kase) throw new AppError('not_found');
  const [indicators, measurements, reach] = await Promise.all([
    listCaseIndicators(db, kase.id),
    listCaseMeasurements(db, kase.id),
    listReachRows(db, kase.id, { withPaths: false }),
  ]);
  const shown = [...indicators].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]).slice(0, POLICY_CARD_INDICATORS);
  return {
    id: kase.id,
    ref: kase.ref,
    kind: kase.kind,
    title: kase.title,
    ownerTh: kase.owner_name_th,
    ownerEn: kase.owner_name_en,
    indicators: shown.map((indicator) => cardIndicator(indicator, measurements)),
    indicatorCount: indicators.length,
    reach: { assigned: reach.length, acknowledged: reach.filter((row) => row.acknowledged_ms !== null).length },
    lastUpdateDay: thaiDay(kase.last_update),
  };
}
