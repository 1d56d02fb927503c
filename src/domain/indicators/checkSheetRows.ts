import type { FieldProblem } from '../errors.ts';
import { isPeriod } from '../reports/reportingCycle.ts';
import { BUDDHIST_ERA_OFFSET } from '../../shared/thaiTime.ts';
import { isIndicatorValueInRange, limits } from '../../shared/limits.ts';

/** The limit as people read it: 1,000,000,000,000. */
const valueMaxText = limits.indicatorValueMax.toLocaleString('en-US');

export interface SheetUnit {
  unitId: string;
  /** Whether the importing person may report for this unit (it is inside their reach). */
  inReach: boolean;
  /** Whether its assignment still takes reports (not returned, not accepted, case not closed). */
  open: boolean;
}

export interface CheckedRow {
  rowNumber: number;
  unitId: string;
  indicatorId: string;
  period: string;
  value: number;
}

/** Years from here on are Buddhist-era years typed by mistake (2400 BE is 1857 CE). */
const buddhistEraYears = 2400;

/** A number as people type it: `1,234.5` or ` 12 `; nothing else. */
export function parseValue(text: string): number | null {
  const cleaned = text.replace(/,/g, '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * Checks every row of a bulk-update sheet and gives either the rows to store
 * or every row's problem (with its row number), never a part of both: a file
 * with any bad row is refused whole. A row with no value is skipped (that unit
 * has nothing to report yet).
 */
export function checkSheetRows(
  rows: readonly { rowNumber: number; cells: Partial<Record<string, string>> }[],
  context: { units: ReadonlyMap<string, SheetUnit>; indicatorIds: ReadonlySet<string> },
): { rows: CheckedRow[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const checked: CheckedRow[] = [];
  const seen = new Map<string, number>();
  const problem = (rowNumber: number, column: string, th: string, en: string) =>
    problems.push({ path: `/rows/${rowNumber}/${column}`, th: `แถวที่ ${rowNumber}: ${th}`, en: `Row ${rowNumber}: ${en}` });

  for (const { rowNumber, cells } of rows) {
    const unitCode = cells['unit_code']?.trim() ?? '';
    const indicatorId = cells['indicator_id']?.trim() ?? '';
    const period = cells['period']?.trim() ?? '';
    const valueText = cells['value']?.trim() ?? '';
    if (valueText === '') continue;
    const before = problems.length;
    const unit = context.units.get(unitCode);
    if (!unit)
      problem(
        rowNumber,
        'unit_code',
        `รหัสหน่วยงาน "${unitCode}" ไม่ได้รับมอบหมายในเรื่องนี้`,
        `unit code "${unitCode}" holds no assignment on this case.`,
      );
    else if (!unit.inReach)
      problem(rowNumber, 'unit_code', `คุณรายงานแทนหน่วยงาน ${unitCode} ไม่ได้`, `you may not report for unit ${unitCode}.`);
    else if (!unit.open)
      problem(
        rowNumber,
        'unit_code',
        `งานของหน่วยงาน ${unitCode} ปิดหรือถูกส่งคืนแล้ว`,
        `the assignment of unit ${unitCode} is closed or returned.`,
      );
    if (!context.indicatorIds.has(indicatorId)) problem(rowNumber, 'indicator_id', 'ไม่พบตัวชี้วัดนี้ในเรื่องนี้', 'this case has no such indicator.');
    if (!isPeriod(period)) {
      problem(rowNumber, 'period', `งวด "${period}" ต้องอยู่ในรูป ปปปป-ดด เช่น 2026-12`, `period "${period}" must be YYYY-MM, such as 2026-12.`);
    } else if (Number(period.slice(0, 4)) >= buddhistEraYears) {
      // The sheet's periods are Gregorian (as the template writes them); a Buddhist-era year would be stored 543 years ahead.
      const gregorian = `${Number(period.slice(0, 4)) - BUDDHIST_ERA_OFFSET}${period.slice(4)}`;
      problem(
        rowNumber,
        'period',
        `งวด "${period}" เป็นปีพุทธศักราช ในไฟล์นี้ใช้ปีคริสต์ศักราช เช่น ${gregorian}`,
        `period "${period}" is in the Buddhist era; this file uses the Gregorian year, such as ${gregorian}.`,
      );
    }
    const value = parseValue(valueText);
    if (value === null) problem(rowNumber, 'value', `ค่า "${valueText}" ไม่ใช่ตัวเลข`, `value "${valueText}" is not a number.`);
    else if (!isIndicatorValueInRange(value))
      problem(
        rowNumber,
        'value',
        `ค่า "${valueText}" เกินขอบเขต ต้องอยู่ระหว่าง -${valueMaxText} ถึง ${valueMaxText}`,
        `value "${valueText}" is out of range: it must be between -${valueMaxText} and ${valueMaxText}.`,
      );
    if (problems.length > before || !unit || value === null) continue;
    const key = `${unitCode}|${indicatorId}|${period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(
        rowNumber,
        'unit_code',
        `ซ้ำกับแถวที่ ${first} (หน่วยงาน ตัวชี้วัด และงวดเดียวกัน)`,
        `repeats row ${first} (same unit, indicator and period).`,
      );
      continue;
    }
    seen.set(key, rowNumber);
    checked.push({ rowNumber, unitId: unit.unitId, indicatorId, period, value });
  }
  return { rows: problems.length > 0 ? [] : checked, problems };
}
