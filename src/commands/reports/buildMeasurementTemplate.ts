import { listCaseIndicators } from '../../db/queries/indicatorQueries.ts';
import { reaches } from '../../domain/roles.ts';
import { periodOf } from '../../domain/reports/reportingCycle.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { ReadContext } from '../context.ts';
import { toCsv, toXlsx, type SheetRow } from './measurementSheet.ts';
import { listSheetUnits } from './sheetUnits.ts';

/**
 * The template to fill in: one row per assigned unit the reader may report
 * for × indicator, for one period (the current month unless asked), with the
 * values already recorded filled in.
 */
export async function buildMeasurementTemplate(
  ctx: ReadContext,
  input: { caseId: string; period: string | null; format: 'csv' | 'xlsx' },
): Promise<{ filename: string; contentType: string; data: Buffer }> {
  const { db, actor } = ctx;
  const { row: kase } = await loadReadableCase(db, actor, input.caseId);
  const period = input.period ?? periodOf(ctx.clock.now());
  const [units, indicators, recorded] = await Promise.all([
    listSheetUnits(db, kase.id),
    listCaseIndicators(db, kase.id),
    db.query<{ indicator_id: string; unit_id: string; value: number }>(
      `select m.indicator_id, m.unit_id, m.value from indicator_measurements m join indicators i on i.id = m.indicator_id
        where i.case_id = $1 and m.period = $2`,
      [kase.id, period],
    ),
  ]);
  const values = new Map(recorded.rows.map((row) => [`${row.unit_id}|${row.indicator_id}`, row.value]));
  const rows: SheetRow[] = [];
  for (const unit of units.filter((u) => reaches(actor, u.unit_path) && !['returned', 'accepted'].includes(u.status))) {
    for (const indicator of indicators) {
      const value = values.get(`${unit.unit_id}|${indicator.id}`);
      rows.push({
        unit_code: unit.unit_code,
        unit_name: unit.unit_name_th,
        indicator_id: indicator.id,
        indicator_name: indicator.name_th,
        unit_of_measure: indicator.unit_of_measure,
        period,
        value: value === undefined ? '' : String(value),
        note: '',
      });
    }
  }
  const base = `${kase.ref}-${period}`;
  return input.format === 'csv'
    ? { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', data: toCsv(rows) }
    : {
        filename: `${base}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: await toXlsx(rows, kase.ref),
      };
}
