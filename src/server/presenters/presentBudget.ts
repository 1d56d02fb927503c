import type { BudgetYear, CaseBudget, SatangAmounts } from '../../commands/budget/readCaseBudget.ts';
import { satangToBaht } from '../../domain/budget/bahtAmount.ts';
import type { BudgetAmounts, CaseBudgetView, BudgetYearView } from '../../shared/api/budget.ts';

/** Disbursed ÷ allocated in per cent, one decimal: the rate the Comptroller General's Department reports. */
function amounts(satang: SatangAmounts): BudgetAmounts {
  return {
    allocated: satangToBaht(satang.allocated),
    committed: satangToBaht(satang.committed),
    disbursed: satangToBaht(satang.disbursed),
    disbursementRate: satang.allocated > 0 ? Math.round((satang.disbursed / satang.allocated) * 1000) / 10 : null,
  };
}

const place = (code: string | null, th: string | null, en: string | null) =>
  code === null ? null : { code, name: { th: th ?? code, en: en ?? th ?? code } };

function presentYear(year: BudgetYear): BudgetYearView {
  const newest = year.lines.reduce((latest, line) => (line.imported_at > latest.imported_at ? line : latest), year.lines[0]!);
  return {
    fiscalYear: year.fiscalYear,
    totals: amounts(year.totals),
    lines: year.lines.map((line) => ({
      province: place(line.province_code, line.province_name_th, line.province_name_en),
      unit: place(line.unit_code, line.unit_name_th, line.unit_name_en),
      amounts: amounts(line.satang),
      note: line.note,
      sourceRow: line.source_row,
    })),
    sourceFile: newest.source_file,
    importedAt: newest.imported_at.toISOString(),
    importedBy: newest.imported_by_name,
    costPerPerson: year.costPerPerson.map(({ indicator, helped, cost }) => ({
      indicatorId: indicator.id,
      indicator: { th: indicator.name_th, en: indicator.name_en ?? indicator.name_th },
      unitOfMeasure: indicator.unit_of_measure,
      period: helped.period,
      peopleHelped: helped.people,
      costPerPerson: cost,
    })),
  };
}

export function presentCaseBudget(budget: CaseBudget): CaseBudgetView {
  return {
    caseId: budget.kase.id,
    currentFiscalYear: budget.currentFiscalYear,
    canImport: budget.canImport,
    years: budget.years.map(presentYear),
  };
}
