import type { StandingRow } from '../../db/queries/deliveryStandingQueries.ts';
import type { UnitStanding } from '../../domain/reports/summarizeDelivery.ts';

export function toUnitStanding(row: StandingRow): UnitStanding {
  return {
    assignedAt: row.created_at,
    acknowledgedAt: row.acknowledged_at,
    returned: row.status === 'returned',
    finished: row.status === 'accepted',
    lastReport:
      row.report_at && row.report_rag && row.report_confidence
        ? { at: row.report_at, rag: row.report_rag, confidence: row.report_confidence, helpNeeded: row.report_help_needed ?? false }
        : null,
    lastNoteAt: row.note_at,
  };
}
