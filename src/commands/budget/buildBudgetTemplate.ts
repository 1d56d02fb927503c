import { listBudgetTemplateUnits, listCaseBudgetLines, listProvinces } from '../../db/queries/budgetLineQueries.ts';
import { fiscalYearOf } from '../../domain/budget/fiscalYear.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { ReadContext } from '../context.ts';
import { budgetCsv, budgetXlsx, type BudgetSheetRow } from './budgetSheet.ts';

const blank = { allocated: '', committed: '', disbursed: '', note: '' };

/**
 * The budget template of a case for a fiscal year (the current one unless
 * asked): the lines already imported for that year with their amounts, so a
 * re-import starts from what is there; otherwise one row per unit at the
 * ends of the case's assignments (where money is spent; a ministry that passed
 * the work to its 77 offices is not a line of its own), or, for a case not
 * yet assigned, one row per province.
 */
export async function buildBudgetTemplate(
  ctx: ReadContext,
  input: { caseId: string; fiscalYear: number | null; format: 'csv' | 'xlsx' },
): Promise<{ filename: string; contentType: string; data: Buffer }> {
  const { db, actor } = ctx;
  const { row: kase } = await loadReadableCase(db, actor, input.caseId);
  const fiscalYear = input.fiscalYear ?? fiscalYearOf(ctx.clock.now());
  const lines = (await listCaseBudgetLines(db, kase.id)).filter((line) => line.fiscal_year === fiscalYear);
  let rows: BudgetSheetRow[];
  if (lines.length > 0) {
    rows = lines.map((line) => ({
      province_code: line.province_code ?? '',
      province_name: line.province_name_th ?? '',
      unit_code: line.unit_code ?? '',
      unit_name: line.unit_name_th ?? '',
      allocated: line.allocated,
      committed: line.committed,
      disbursed: line.disbursed,
      note: line.note,
    }));
  } else {
    const units = await listBudgetTemplateUnits(db, kase.id);
    rows =
      units.length > 0
        ? units.map((unit) => ({
            province_code: unit.province_code ?? '',
            province_name: unit.province_name ?? '',
            unit_code: unit.code,
            unit_name: unit.name_th,
            ...blank,
          }))
        : (await listProvinces(db)).map((province) => ({
            province_code: province.code,
            province_name: province.name_th,
            unit_code: '',
            unit_name: '',
            ...blank,
          }));
  }
  const base = `${kase.ref}-budget-${fiscalYear}`;
  return input.format === 'csv'
    ? { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', data: budgetCsv(rows) }
    : {
        filename: `${base}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: await budgetXlsx(rows, `${kase.ref} ${fiscalYear}`),
      };
}
