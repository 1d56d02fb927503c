import type { budgetTh } from '../budget.ts';

/** The English words of `../budget.ts`, in their own module so the Thai first load does not carry them. */
export const budgetEn: typeof budgetTh = {
  title: 'Budget',
  lead: 'Money allocated, committed and disbursed, by province and unit, beside the results.',
  none: 'No budget has been imported for this case yet.',
  import: 'Import the budget from a CSV or XLSX file',
  fiscalYear: (year) => `Fiscal year ${year} BE`,
  allocated: 'Allocated',
  committed: 'Committed',
  disbursed: 'Disbursed',
  rate: 'Disbursement rate',
  place: 'Province / unit',
  total: 'Total',
  baht: (amount) => `${amount} baht`,
  source: (file, when, who) => `Imported from ${file} on ${when}${who ? ` by ${who}` : ''}`,
  costTitle: 'Cost per person helped',
  costRule:
    "The fiscal year's disbursement divided by the people counted by an indicator measured in people (the national total of the latest month reported in that fiscal year).",
  costLine: (indicator, people, month, cost) => `${indicator}: ${people} people (${month}) · ${cost} baht per person`,
  noCost: 'No indicator counting people has been reported in this fiscal year.',
  tableCaption: (year) => `Budget by province and unit, fiscal year ${year} BE`,
  page: {
    title: 'Import the budget',
    lead: "One file is the whole budget of this case for one fiscal year: importing it replaces that year's figures. If any row is wrong, nothing is saved and the row is named.",
    year: 'Fiscal year (Buddhist era)',
    yearHint: 'For example 2570: 1 October 2026 to 30 September 2027',
    yearInvalid: 'Enter the fiscal year as a four-digit Buddhist-era year, such as 2570.',
    step1: '1. Download the template',
    step2: '2. Fill in the amounts in baht, then import the file',
    columns:
      'Give a province code or a unit code, and the amounts allocated, committed and disbursed (not negative, at most 2 decimals, not more than allocated). Headers may be Thai or English.',
    csv: 'CSV template',
    xlsx: 'Excel (XLSX) template',
    file: 'Budget file',
    fileMissing: 'Choose a CSV or XLSX file.',
    submit: 'Import the budget',
    done: (lines, year) => `Imported ${lines} budget lines for fiscal year ${year} BE.`,
  },
  event: (year, lines) => `Imported the budget for fiscal year ${year} BE: ${lines} lines`,
};
