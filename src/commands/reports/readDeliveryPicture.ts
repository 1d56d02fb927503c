import { listCaseStandings, type StandingRow } from '../../db/queries/deliveryStandingQueries.ts';
import { listCaseIndicators, listCaseMeasurements, listGroupings, type IndicatorRow } from '../../db/queries/indicatorQueries.ts';
import { listCaseProgressNotes, type ProgressNoteRow } from '../../db/queries/progressNoteQueries.ts';
import { listCaseReports, type ProgressReportRow } from '../../db/queries/progressReportQueries.ts';
import { listCaseDecisions, type DecisionRow } from '../../db/queries/stocktakeDecisionQueries.ts';
import type { CaseRow } from '../../db/queries/caseQueries.ts';
import { measuredPeriods, rollUpByGrouping, rollUpSubtree, type Measurement } from '../../domain/indicators/rollUp.ts';
import { indicatorRag, plannedValue } from '../../domain/indicators/trajectoryRag.ts';
import { seesAllAssignments } from '../../domain/policies/casePolicy.ts';
import { worstConfidence, worstRag, type Confidence, type Rag } from '../../domain/reports/ratings.ts';
import { isStale } from '../../domain/reports/reportingCycle.ts';
import { lastReportedAt, summarizeDelivery, type DeliverySummary } from '../../domain/reports/summarizeDelivery.ts';
import { reaches } from '../../domain/roles.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { ReadContext } from '../context.ts';
import { toUnitStanding } from './toUnitStanding.ts';

export interface IndicatorPicture {
  indicator: IndicatorRow;
  /** Every period planned or measured, oldest first, with the national roll-up and its RAG. */
  series: { period: string; planned: number | null; actual: number | null; rag: Rag | null }[];
  latestPeriod: string | null;
  /** The latest period's value for each assigned unit's subtree (the first two levels of assignments). */
  byUnit: { unit: { code: string; nameTh: string; nameEn: string | null }; depth: number; value: number | null }[];
  byZone: { id: string; nameTh: string; nameEn: string | null; value: number }[];
}

export interface DeliveryPicture {
  kase: CaseRow;
  cycleMonths: number;
  summary: DeliverySummary;
  units: (StandingRow & { stale: boolean })[];
  reports: ProgressReportRow[];
  /** Progress notes (free text, no rating), newest first: reported too, so the reader sees them beside the cycle reports. */
  notes: ProgressNoteRow[];
  indicators: IndicatorPicture[];
  decisions: DecisionRow[];
  /** Per reported period, the worst RAG and confidence reported in it: the history a stocktake looks at. */
  ratingHistory: { period: string; rag: Rag | null; confidence: Confidence | null; reports: number }[];
}

/** Every month from the earliest to the latest of `periods`, so a chart's axis runs evenly through time. */
function everyMonth(periods: readonly string[]): string[] {
  const sorted = [...new Set(periods)].sort();
  if (sorted.length === 0) return [];
  const index = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let at = index(sorted[0]!); at <= index(sorted.at(-1)!) && months.length < 240; at++) {
    months.push(`${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

function assignmentDepths(rows: readonly StandingRow[]): Map<string, number> {
  const parent = new Map(rows.map((row) => [row.assignment_id, row.parent_id]));
  const depths = new Map<string, number>();
  for (const row of rows) {
    let depth = 0;
    for (let at = row.parent_id; at && depth < 50; at = parent.get(at) ?? null) depth++;
    depths.set(row.assignment_id, depth);
  }
  return depths;
}

/** Everything known about delivery on one case: units' standing, reports, indicators with roll-ups, decisions. */
export async function readDeliveryPicture(ctx: ReadContext, caseId: string): Promise<DeliveryPicture> {
  const { db, actor } = ctx;
  const now = ctx.clock.now();
  const { row: kase, facts } = await loadReadableCase(db, actor, caseId);
  const [standings, reports, notes, indicators, measurementRows, decisions, zones] = await Promise.all([
    listCaseStandings(db, kase.id),
    listCaseReports(db, kase.id),
    listCaseProgressNotes(db, kase.id),
    listCaseIndicators(db, kase.id),
    listCaseMeasurements(db, kase.id),
    listCaseDecisions(db, kase.id),
    listGroupings(db, 'inspection_zone'),
  ]);
  const cycleMonths = standings[0]?.cycle_months ?? 1;
  const all = seesAllAssignments(actor, facts);
  const visible = (path: string) => all || reaches(actor, path);
  const depths = assignmentDepths(standings);
  const units = standings
    .filter((row) => visible(row.unit_path))
    .map((row) => ({
      ...row,
      stale:
        !['returned', 'accepted'].includes(row.status) &&
        isStale({ lastReportAt: lastReportedAt(toUnitStanding(row)), assignedAt: row.created_at, cycleMonths, now }),
    }));
  const pathOf = new Map(standings.map((row) => [row.unit_id, row.unit_path]));

  const indicatorPictures = indicators.map((indicator): IndicatorPicture => {
    const measurements: Measurement[] = measurementRows
      .filter((m) => m.indicator_id === indicator.id)
      .map((m) => ({ unitPath: m.unit_path, provinceCode: m.province_code, period: m.period, value: m.value, recordedAt: m.recorded_at }));
    const periods = everyMonth([...indicator.trajectory.map((p) => p.period), ...measuredPeriods(measurements)]);
    const series = periods.map((period) => {
      const actual = rollUpSubtree(measurements, { unitPath: '/', period, aggregation: indicator.aggregation });
      return {
        period,
        planned: plannedValue(indicator.trajectory, period),
        actual,
        rag: indicatorRag({
          actual,
          trajectory: indicator.trajectory,
          baseline: indicator.baseline,
          direction: indicator.direction,
          period,
        }),
      };
    });
    const latestPeriod = measuredPeriods(measurements).at(-1) ?? null;
    const byUnit = latestPeriod
      ? standings
          .filter((row) => (depths.get(row.assignment_id) ?? 0) <= 1 && visible(row.unit_path))
          .sort((a, b) => (depths.get(a.assignment_id) ?? 0) - (depths.get(b.assignment_id) ?? 0) || a.unit_code.localeCompare(b.unit_code))
          .map((row) => ({
            unit: { code: row.unit_code, nameTh: row.unit_name_th, nameEn: row.unit_name_en },
            depth: depths.get(row.assignment_id) ?? 0,
            value: rollUpSubtree(measurements, {
              unitPath: pathOf.get(row.unit_id) ?? row.unit_path,
              period: latestPeriod,
              aggregation: indicator.aggregation,
            }),
          }))
      : [];
    const zoneValues = latestPeriod
      ? rollUpByGrouping(measurements, {
          groupings: zones.map((zone) => ({ id: zone.id, provinceCodes: zone.province_codes })),
          period: latestPeriod,
          aggregation: indicator.aggregation,
        })
      : new Map<string, number>();
    const byZone = zones
      .filter((zone) => zoneValues.has(zone.id))
      .map((zone) => ({ id: zone.id, nameTh: zone.name_th, nameEn: zone.name_en, value: zoneValues.get(zone.id)! }));
    return { indicator, series, latestPeriod, byUnit, byZone };
  });

  const visibleReports = reports.filter((report) => visible(pathOf.get(report.unit_id) ?? ''));
  const periods = [...new Set(visibleReports.map((r) => r.period))].sort();
  const ratingHistory = periods.map((period) => {
    const inPeriod = visibleReports.filter((r) => r.period === period);
    return {
      period,
      rag: worstRag(inPeriod.map((r) => r.rag)),
      confidence: worstConfidence(inPeriod.map((r) => r.confidence)),
      reports: inPeriod.length,
    };
  });

  return {
    kase,
    cycleMonths,
    summary: summarizeDelivery(standings.filter((row) => visible(row.unit_path)).map(toUnitStanding), { cycleMonths, now }),
    units,
    reports: visibleReports,
    notes: notes.filter((note) => visible(pathOf.get(note.unit_id) ?? '')),
    indicators: indicatorPictures,
    decisions,
    ratingHistory,
  };
}
