import type { DeliveryPicture } from '../../commands/reports/readDeliveryPicture.ts';
import type { PriorityRow } from '../../db/queries/deliveryStandingQueries.ts';
import type { DeliverySummary } from '../../domain/reports/summarizeDelivery.ts';
import type { IndicatorRow } from '../../db/queries/indicatorQueries.ts';
import type { ProgressReportRow } from '../../db/queries/progressReportQueries.ts';

const unitName = (code: string, th: string, en: string | null) => ({ code, name: { th, en: en ?? th } });

export function presentIndicator(row: IndicatorRow) {
  return {
    id: row.id,
    name: { th: row.name_th, en: row.name_en ?? row.name_th },
    unitOfMeasure: row.unit_of_measure,
    direction: row.direction,
    kind: row.kind,
    baseline: row.baseline,
    target: row.target,
    targetDate: row.target_date,
    aggregation: row.aggregation,
    trajectory: row.trajectory,
  };
}

export function presentReport(row: ProgressReportRow) {
  return {
    id: row.id,
    assignmentId: row.assignment_id,
    unit: unitName(row.unit_code, row.unit_name_th, row.unit_name_en),
    period: row.period,
    aim: row.aim,
    approach: row.approach,
    workingEvidence: row.working_evidence,
    changes: row.changes,
    centreHelp: row.centre_help,
    rag: row.rag,
    confidence: row.confidence,
    blockers: row.blockers,
    helpNeeded: row.help_needed,
    eventId: row.event_id,
    createdAt: row.created_at.toISOString(),
  };
}

/** The delivery picture of one case: units' standing, latest reports, indicators with roll-ups, decisions. */
export function presentDeliveryPicture(picture: DeliveryPicture) {
  return {
    caseId: picture.kase.id,
    cycleMonths: picture.cycleMonths,
    summary: picture.summary,
    units: picture.units.map((row) => ({
      assignmentId: row.assignment_id,
      unit: unitName(row.unit_code, row.unit_name_th, row.unit_name_en),
      status: row.status,
      acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
      stale: row.stale,
      lastReport:
        row.report_at && row.report_rag && row.report_confidence && row.report_period
          ? {
              period: row.report_period,
              rag: row.report_rag,
              confidence: row.report_confidence,
              helpNeeded: row.report_help_needed ?? false,
              at: row.report_at.toISOString(),
            }
          : null,
    })),
    reports: picture.reports.slice(0, 50).map(presentReport),
    notes: picture.notes.slice(0, 50).map((row) => ({
      eventId: row.event_id,
      assignmentId: row.assignment_id,
      unit: unitName(row.unit_code, row.unit_name_th, row.unit_name_en),
      note: row.note,
      createdAt: row.created_at.toISOString(),
    })),
    indicators: picture.indicators.map((ip) => ({
      indicator: presentIndicator(ip.indicator),
      series: ip.series,
      latestPeriod: ip.latestPeriod,
      byUnit: ip.byUnit.map((row) => ({
        unit: unitName(row.unit.code, row.unit.nameTh, row.unit.nameEn),
        depth: row.depth,
        value: row.value,
      })),
      byZone: ip.byZone.map((zone) => ({ id: zone.id, name: { th: zone.nameTh, en: zone.nameEn ?? zone.nameTh }, value: zone.value })),
    })),
    decisions: picture.decisions.map((d) => ({
      id: d.id,
      text: d.text,
      createdAt: d.created_at.toISOString(),
      followUp: d.follow_up_case_id && d.follow_up_case_ref ? { id: d.follow_up_case_id, ref: d.follow_up_case_ref } : null,
    })),
    ratingHistory: picture.ratingHistory,
  };
}

/** A priority on the delivery unit's overview: the case in brief and where its delivery stands. */
export function presentOverviewItem({ case: c, summary }: { case: PriorityRow; summary: DeliverySummary }) {
  return {
    case: {
      id: c.id,
      ref: c.ref,
      kind: c.kind,
      title: c.title,
      status: c.status,
      priority: c.priority,
      dueAt: c.due_at?.toISOString() ?? null,
    },
    summary,
  };
}
