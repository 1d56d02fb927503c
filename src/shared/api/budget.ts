import { Type, type Static } from 'typebox';
import { IsoDateTime, LocalizedText, Nullable, Uuid } from './common.ts';

/**
 * The shapes of a case's budget (seed 003: tell people how the budget is
 * spent): what was allocated, committed and disbursed per fiscal year, by
 * province and unit, beside the cost per person helped; and the import and
 * template calls that fill it. Amounts are baht with satang (two decimals).
 */
const FiscalYear = Type.Integer({
  minimum: 2500,
  maximum: 2700,
  description: 'Thai fiscal year in the Buddhist era (2570 = Oct 2026 to Sep 2027)',
});
const Baht = Type.Number({ minimum: 0, description: 'Baht, two decimals' });
const Rate = Nullable(Type.Number({ description: 'Disbursed ÷ allocated, in per cent with one decimal; null when nothing is allocated' }));

export const BudgetAmounts = Type.Object({ allocated: Baht, committed: Baht, disbursed: Baht, disbursementRate: Rate });
export type BudgetAmounts = Static<typeof BudgetAmounts>;

const Place = Type.Object({ code: Type.String(), name: LocalizedText });

export const BudgetLineView = Type.Object({
  province: Nullable(Place),
  unit: Nullable(Place),
  amounts: BudgetAmounts,
  note: Type.String(),
  sourceRow: Type.Integer({ description: 'The row of the imported file the line came from (header = row 1)' }),
});
export type BudgetLineView = Static<typeof BudgetLineView>;

export const CostPerPersonView = Type.Object({
  indicatorId: Uuid,
  indicator: LocalizedText,
  unitOfMeasure: Type.String(),
  period: Type.String({ description: 'The month (YYYY-MM) whose national roll-up gave the people helped' }),
  peopleHelped: Type.Number(),
  costPerPerson: Type.Number({ description: 'Disbursed in the fiscal year ÷ people helped, baht' }),
});
export type CostPerPersonView = Static<typeof CostPerPersonView>;

export const BudgetYearView = Type.Object({
  fiscalYear: FiscalYear,
  totals: BudgetAmounts,
  lines: Type.Array(BudgetLineView),
  sourceFile: Type.String(),
  importedAt: IsoDateTime,
  importedBy: Nullable(Type.String()),
  costPerPerson: Type.Array(CostPerPersonView),
});
export type BudgetYearView = Static<typeof BudgetYearView>;

export const CaseBudgetView = Type.Object({
  caseId: Uuid,
  currentFiscalYear: FiscalYear,
  /** Whether the reader may import this case's budget, so the page offers the link only to them. */
  canImport: Type.Boolean(),
  years: Type.Array(BudgetYearView, { description: 'Newest fiscal year first' }),
});
export type CaseBudgetView = Static<typeof CaseBudgetView>;

export const BudgetImportQuery = Type.Object({ fiscalYear: FiscalYear }, { additionalProperties: false });
export type BudgetImportQuery = Static<typeof BudgetImportQuery>;

export const BudgetTemplateQuery = Type.Object(
  {
    format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'csv' }),
    fiscalYear: Type.Optional(FiscalYear),
  },
  { additionalProperties: false },
);
export type BudgetTemplateQuery = Static<typeof BudgetTemplateQuery>;

export const BudgetImportResult = Type.Object({
  fiscalYear: FiscalYear,
  lines: Type.Integer({ description: 'Lines stored' }),
  replaced: Type.Integer({ description: 'Lines of the same fiscal year removed' }),
  totals: Type.Object({ allocated: Baht, committed: Baht, disbursed: Baht }),
  eventId: Type.Integer(),
});
export type BudgetImportResult = Static<typeof BudgetImportResult>;
