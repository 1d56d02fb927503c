import { appendEvent } from '../../db/queries/eventQueries.ts';
import { deleteBudgetLines, findUnitsByCodes, insertBudgetLines, listProvinces } from '../../db/queries/budgetLineQueries.ts';
import { satangText, satangToBaht } from '../../domain/budget/bahtAmount.ts';
import { checkBudgetRows } from '../../domain/budget/checkBudgetRows.ts';
import { AppError } from '../../domain/errors.ts';
import { canImportBudget } from '../../domain/policies/budgetPolicy.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { CommandContext } from '../context.ts';
import { readBudgetSheet } from './budgetSheet.ts';

export interface BudgetImported {
  fiscalYear: number;
  lines: number;
  replaced: number;
  totals: { allocated: number; committed: number; disbursed: number };
  eventId: number;
}

/**
 * Replaces a case's budget lines for one fiscal year with those of one CSV or
 * XLSX file, in one transaction with its `budget_imported` event (counts and
 * totals): every row is checked first, and one bad row refuses the whole file
 * with that row's number and reason, storing nothing. The case event is the
 * trail; budgets are case data, not administration, so no audit event.
 */
export async function importBudget(
  ctx: CommandContext,
  caseId: string,
  input: { fiscalYear: number; filename: string; data: Buffer },
): Promise<BudgetImported> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  const sheetRows = await readBudgetSheet(input.data);
  return ctx.db.transaction(async (tx) => {
    const { row: kase, facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true });
    if (!canImportBudget(actor, facts)) throw new AppError('forbidden');
    const unitCodes = [...new Set(sheetRows.map((row) => row.cells.unit_code?.trim() ?? '').filter((code) => code !== ''))];
    const [provinces, units] = await Promise.all([listProvinces(tx), findUnitsByCodes(tx, unitCodes)]);
    const { lines, problems } = checkBudgetRows(sheetRows, {
      provinces: new Set(provinces.map((province) => province.code)),
      units: new Map(units.map((unit) => [unit.code, { unitId: unit.id, provinceCode: unit.province_code }])),
    });
    if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
    if (lines.length === 0) {
      throw new AppError('validation_failed', {
        fields: [{ path: '/file', th: 'ไม่มีรายการงบประมาณในไฟล์', en: 'The file has no budget lines.' }],
      });
    }
    const sum = (pick: (line: (typeof lines)[number]) => number) => lines.reduce((total, line) => total + pick(line), 0);
    const totals = {
      allocated: satangToBaht(sum((line) => line.allocated)),
      committed: satangToBaht(sum((line) => line.committed)),
      disbursed: satangToBaht(sum((line) => line.disbursed)),
    };
    const replaced = await deleteBudgetLines(tx, kase.id, input.fiscalYear);
    const eventId = await appendEvent(tx, {
      caseId: kase.id,
      type: 'budget_imported',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { filename: input.filename, fiscalYear: input.fiscalYear, lines: lines.length, replaced, totals },
      at: now,
    });
    await insertBudgetLines(tx, {
      caseId: kase.id,
      fiscalYear: input.fiscalYear,
      sourceFile: input.filename,
      eventId,
      importedBy: actor.userId,
      now,
      lines: lines.map((line) => ({
        unitId: line.unitId,
        provinceCode: line.provinceCode,
        allocated: satangText(line.allocated),
        committed: satangText(line.committed),
        disbursed: satangText(line.disbursed),
        note: line.note,
        sourceRow: line.rowNumber,
      })),
    });
    return { fiscalYear: input.fiscalYear, lines: lines.length, replaced, totals, eventId };
  });
}
