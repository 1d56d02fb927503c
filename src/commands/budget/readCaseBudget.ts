import { listCaseBudgetLines, type BudgetLineRow } from '../../db/queries/budgetLineQueries.ts';
import type { CaseRow } from '../../db/queries/caseQueries.ts';
import { listCaseIndicators, listCaseMeasurements, type IndicatorRow } from '../../db/queries/indicatorQueries.ts';
import { parseBaht } from '../../domain/budget/bahtAmount.ts';
import { costPerPerson, countsPeopleHelped, peopleHelpedIn, type PeopleHelped } from '../../domain/budget/costPerPerson.ts';
import { fiscalYearOf } from '../../domain/budget/fiscalYear.ts';
import { canImportBudget } from '../../domain/policies/budgetPolicy.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { ReadContext } from '../context.ts';

/** Satang of a line's amounts, exact (from the `numeric` text). */
export interface SatangAmounts {
  allocated: number;
  committed: number;
  disbursed: number;
}

export interface BudgetYear {
  fiscalYear: number;
  totals: SatangAmounts;
  lines: (BudgetLineRow & { satang: SatangAmounts })[];
  costPerPerson: { indicator: IndicatorRow; helped: PeopleHelped; cost: number }[];
}

export interface CaseBudget {
  kase: CaseRow;
  currentFiscalYear: number;
  canImport: boolean;
  years: BudgetYear[];
}

const satangOf = (line: BudgetLineRow): SatangAmounts => ({
  allocated: parseBaht(line.allocated) ?? 0,
  committed: parseBaht(line.committed) ?? 0,
  disbursed: parseBaht(line.disbursed) ?? 0,
});

/**
 * A case's budget beside its results, per fiscal year (newest first): every
 * line, the totals, and for each indicator that counts people helped
 * (`countsPeopleHelped`) the year's disbursement ÷ its latest national roll-up
 * in that year. Whoever may read the case reads its whole budget: seed 003 asks
 * that people be told how it is spent, so no line is cut by the reader's reach.
 */
export async function readCaseBudget(ctx: ReadContext, caseId: string): Promise<CaseBudget> {
  const { db, actor } = ctx;
  const { row: kase, facts } = await loadReadableCase(db, actor, caseId);
  const [lines, indicators, measurements] = await Promise.all([
    listCaseBudgetLines(db, kase.id),
    listCaseIndicators(db, kase.id),
    listCaseMeasurements(db, kase.id),
  ]);
  const peopleIndicators = indicators.filter((indicator) =>
    countsPeopleHelped({ unitOfMeasure: indicator.unit_of_measure, kind: indicator.kind, aggregation: indicator.aggregation }),
  );
  const fiscalYears = [...new Set(lines.map((line) => line.fiscal_year))].sort((a, b) => b - a);
  const years = fiscalYears.map((fiscalYear): BudgetYear => {
    const yearLines = lines.filter((line) => line.fiscal_year === fiscalYear).map((line) => ({ ...line, satang: satangOf(line) }));
    const totals = yearLines.reduce(
      (sum, line) => ({
        allocated: sum.allocated + line.satang.allocated,
        committed: sum.committed + line.satang.committed,
        disbursed: sum.disbursed + line.satang.disbursed,
      }),
      { allocated: 0, committed: 0, disbursed: 0 },
    );
    const costs = peopleIndicators.flatMap((indicator) => {
      const helped = peopleHelpedIn(
        measurements
          .filter((m) => m.indicator_id === indicator.id)
          .map((m) => ({
            unitPath: m.unit_path,
            provinceCode: m.province_code,
            period: m.period,
            value: m.value,
            recordedAt: m.recorded_at,
          })),
        { fiscalYear, aggregation: indicator.aggregation },
      );
      const cost = helped ? costPerPerson(totals.disbursed, helped.people) : null;
      return helped && cost !== null ? [{ indicator, helped, cost }] : [];
    });
    return { fiscalYear, totals, lines: yearLines, costPerPerson: costs };
  });
  return { kase, currentFiscalYear: fiscalYearOf(ctx.clock.now()), canImport: canImportBudget(actor, facts), years };
}
