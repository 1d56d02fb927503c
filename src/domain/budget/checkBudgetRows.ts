import type { FieldProblem } from '../errors.ts';
import { parseBaht } from './bahtAmount.ts';

/** The columns of a budget sheet, by their names in the code; `budgetHeaders` lists what people may call them. */
export const budgetColumns = [
  'province_code',
  'province_name',
  'unit_code',
  'unit_name',
  'allocated',
  'committed',
  'disbursed',
  'note',
] as const;
export type BudgetColumn = (typeof budgetColumns)[number];

/**
 * The headers accepted for each column, Thai and English (compared without
 * case, spaces, underscores or a trailing "(บาท)"). The template writes the
 * first Thai one; GFMIS reports say เบิกจ่าย and ก่อหนี้ผูกพัน, so those words.
 */
export const budgetHeaders: Record<BudgetColumn, readonly string[]> = {
  province_code: ['รหัสจังหวัด', 'province code', 'province'],
  province_name: ['จังหวัด', 'ชื่อจังหวัด', 'province name'],
  unit_code: ['รหัสหน่วยงาน', 'unit code', 'unit'],
  unit_name: ['หน่วยงาน', 'ชื่อหน่วยงาน', 'unit name'],
  allocated: ['งบจัดสรร', 'งบประมาณที่ได้รับจัดสรร', 'จัดสรร', 'allocation', 'allocated amount'],
  committed: ['ก่อหนี้ผูกพัน', 'ผูกพัน', 'committed amount', 'commitment'],
  disbursed: ['เบิกจ่าย', 'เบิกจ่ายแล้ว', 'disbursed amount', 'disbursement'],
  note: ['หมายเหตุ', 'notes'],
};

export interface BudgetPlaceUnit {
  unitId: string;
  /** The province the unit serves (the first two digits of its area), if it has one. */
  provinceCode: string | null;
}

export interface CheckedBudgetLine {
  rowNumber: number;
  unitId: string | null;
  provinceCode: string | null;
  /** Amounts in satang, exact. */
  allocated: number;
  committed: number;
  disbursed: number;
  note: string;
}

export const budgetNoteMax = 500;

/**
 * Checks every row of a budget sheet and gives either every line to store or
 * the problems, each with its row number as the spreadsheet shows it, never a
 * part of both: one bad row refuses the whole file, so a published total is
 * never made of half a file. A row names a province, a unit, or both (then the
 * unit must serve that province); allocated is required, committed and
 * disbursed may be left empty (nothing yet) and may not exceed the allocation.
 */
export function checkBudgetRows(
  rows: readonly { rowNumber: number; cells: Partial<Record<BudgetColumn, string>> }[],
  context: { provinces: ReadonlySet<string>; units: ReadonlyMap<string, BudgetPlaceUnit> },
): { lines: CheckedBudgetLine[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const lines: CheckedBudgetLine[] = [];
  const seen = new Map<string, number>();
  const problem = (rowNumber: number, column: BudgetColumn, th: string, en: string) =>
    problems.push({ path: `/rows/${rowNumber}/${column}`, th: `แถวที่ ${rowNumber}: ${th}`, en: `Row ${rowNumber}: ${en}` });

  for (const { rowNumber, cells } of rows) {
    const before = problems.length;
    const provinceCode = cells.province_code?.trim() ?? '';
    const unitCode = cells.unit_code?.trim() ?? '';
    const unit = unitCode === '' ? undefined : context.units.get(unitCode);
    if (provinceCode === '' && unitCode === '') {
      problem(rowNumber, 'province_code', 'ไม่ได้ระบุรหัสจังหวัดหรือรหัสหน่วยงาน', 'neither a province code nor a unit code is given.');
    }
    if (provinceCode !== '' && !context.provinces.has(provinceCode)) {
      problem(
        rowNumber,
        'province_code',
        `ไม่พบรหัสจังหวัด "${provinceCode}" (ใช้รหัสจังหวัด 2 หลักของกรมการปกครอง เช่น 10 กรุงเทพมหานคร)`,
        `there is no province with code "${provinceCode}" (use the DOPA two-digit code, such as 10 for Bangkok).`,
      );
    }
    if (unitCode !== '' && !unit) {
      problem(rowNumber, 'unit_code', `ไม่พบหน่วยงานรหัส "${unitCode}"`, `there is no unit with code "${unitCode}".`);
    }
    if (unit && provinceCode !== '' && unit.provinceCode !== null && unit.provinceCode !== provinceCode) {
      problem(
        rowNumber,
        'unit_code',
        `หน่วยงาน ${unitCode} อยู่ในจังหวัดรหัส ${unit.provinceCode} ไม่ใช่ ${provinceCode}`,
        `unit ${unitCode} serves province ${unit.provinceCode}, not ${provinceCode}.`,
      );
    }
    const amount = (column: 'allocated' | 'committed' | 'disbursed', required: boolean): number | null => {
      const text = cells[column]?.trim() ?? '';
      if (text === '' && !required) return 0;
      const satang = parseBaht(text);
      if (satang === null) {
        problem(
          rowNumber,
          column,
          text === '' ? 'ไม่ได้กรอกงบจัดสรร' : `"${text}" ไม่ใช่จำนวนเงินบาทที่ถูกต้อง (ตัวเลขไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง)`,
          text === '' ? 'the allocation is empty.' : `"${text}" is not an amount in baht (a number, not negative, at most 2 decimals).`,
        );
      }
      return satang;
    };
    const allocated = amount('allocated', true);
    const committed = amount('committed', false);
    const disbursed = amount('disbursed', false);
    if (allocated !== null && committed !== null && committed > allocated) {
      problem(rowNumber, 'committed', 'ยอดก่อหนี้ผูกพันเกินงบจัดสรร', 'the committed amount is more than the allocation.');
    }
    if (allocated !== null && disbursed !== null && disbursed > allocated) {
      problem(rowNumber, 'disbursed', 'ยอดเบิกจ่ายเกินงบจัดสรร', 'the disbursed amount is more than the allocation.');
    }
    const note = cells.note?.trim() ?? '';
    if (note.length > budgetNoteMax) {
      problem(rowNumber, 'note', `หมายเหตุยาวเกิน ${budgetNoteMax} ตัวอักษร`, `the note is longer than ${budgetNoteMax} characters.`);
    }
    if (problems.length > before || allocated === null || committed === null || disbursed === null) continue;

    const place = `${unit?.unitId ?? ''}|${provinceCode || (unit?.provinceCode ?? '')}`;
    const first = seen.get(place);
    if (first !== undefined) {
      problem(
        rowNumber,
        unitCode === '' ? 'province_code' : 'unit_code',
        `ซ้ำกับแถวที่ ${first} (จังหวัดและหน่วยงานเดียวกัน)`,
        `repeats row ${first} (the same province and unit).`,
      );
      continue;
    }
    seen.set(place, rowNumber);
    lines.push({
      rowNumber,
      unitId: unit?.unitId ?? null,
      provinceCode: provinceCode || (unit?.provinceCode ?? null),
      allocated,
      committed,
      disbursed,
      note,
    });
  }
  return { lines: problems.length > 0 ? [] : lines, problems };
}
