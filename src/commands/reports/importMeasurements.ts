import { appendEvent } from '../../db/queries/eventQueries.ts';
import { listCaseIndicators, upsertMeasurement } from '../../db/queries/indicatorQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { checkSheetRows, type SheetUnit } from '../../domain/indicators/checkSheetRows.ts';
import { reaches, type Role } from '../../domain/roles.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { CommandContext } from '../context.ts';
import { listSheetUnits } from './sheetUnits.ts';
import { readSheet } from './measurementSheet.ts';

/** The roles that report for units: the same as those that report progress on an assignment. */
export const reportingRoles: readonly Role[] = ['delivery_unit', 'coordinator', 'officer'];

/**
 * Records many units' measurements from one CSV or XLSX file, in one
 * transaction: every row is checked first, and a file with any bad row is
 * refused whole with each row's number and reason, storing nothing. The
 * importer may report for units inside their reach (the delivery unit for all).
 */
export async function importMeasurements(
  ctx: CommandContext,
  caseId: string,
  input: { filename: string; data: Buffer },
): Promise<{ imported: number; skipped: number; eventId: number }> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  const sheetRows = await readSheet(input.data);
  return ctx.db.transaction(async (tx) => {
    const { row: kase } = await loadReadableCase(tx, actor, caseId, { forUpdate: true });
    if (!reportingRoles.includes(actor.role)) throw new AppError('forbidden');
    const units = new Map<string, SheetUnit>();
    for (const unit of await listSheetUnits(tx, kase.id)) {
      units.set(unit.unit_code, {
        unitId: unit.unit_id,
        inReach: reaches(actor, unit.unit_path),
        open: kase.status !== 'closed' && ['sent', 'acknowledged', 'in_progress', 'done'].includes(unit.status),
      });
    }
    const indicatorIds = new Set((await listCaseIndicators(tx, kase.id)).map((indicator) => indicator.id));
    const { rows, problems } = checkSheetRows(sheetRows, { units, indicatorIds });
    if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
    if (rows.length === 0) {
      throw new AppError('validation_failed', {
        fields: [{ path: '/file', th: 'ไม่มีแถวที่กรอกค่าไว้ในไฟล์', en: 'No row in the file has a value filled in.' }],
      });
    }
    const eventId = await appendEvent(tx, {
      caseId: kase.id,
      type: 'measurements_imported',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { filename: input.filename, rows: rows.length, periods: [...new Set(rows.map((row) => row.period))].sort() },
      at: now,
    });
    for (const row of rows) {
      await upsertMeasurement(tx, {
        indicatorId: row.indicatorId,
        unitId: row.unitId,
        period: row.period,
        value: row.value,
        eventId,
        reportedBy: actor.userId,
        now,
      });
    }
    return { imported: rows.length, skipped: sheetRows.length - rows.length, eventId };
  });
}
