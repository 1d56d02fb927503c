import type { Queryable } from '../database.ts';

/** A stored budget line with the names of its unit and province; amounts are `numeric` text, exact. */
export interface BudgetLineRow {
  fiscal_year: number;
  unit_code: string | null;
  unit_name_th: string | null;
  unit_name_en: string | null;
  province_code: string | null;
  province_name_th: string | null;
  province_name_en: string | null;
  allocated: string;
  committed: string;
  disbursed: string;
  note: string;
  source_file: string;
  source_row: number;
  imported_at: Date;
  imported_by_name: string | null;
}

export interface NewBudgetLine {
  unitId: string | null;
  provinceCode: string | null;
  /** Decimal text (`1234.50`), so `numeric(16,2)` stores it without rounding. */
  allocated: string;
  committed: string;
  disbursed: string;
  note: string;
  sourceRow: number;
}

/** Removes a case's lines for one fiscal year (an import replaces them, in its transaction); answers how many. */
export async function deleteBudgetLines(tx: Queryable, caseId: string, fiscalYear: number): Promise<number> {
  return (await tx.query('delete from budget_lines where case_id = $1 and fiscal_year = $2', [caseId, fiscalYear])).rowCount;
}

/** Inserts every line of an import in one statement (arrays unnested), so 77 provinces are one round trip. */
export async function insertBudgetLines(
  tx: Queryable,
  input: {
    caseId: string;
    fiscalYear: number;
    sourceFile: string;
    eventId: number;
    importedBy: string;
    now: Date;
    lines: readonly NewBudgetLine[];
  },
): Promise<void> {
  const column = <T>(pick: (line: NewBudgetLine) => T) => input.lines.map(pick);
  await tx.query(
    `insert into budget_lines (case_id, fiscal_year, unit_id, province_code, allocated, committed, disbursed, note,
                               source_file, source_row, event_id, imported_by, imported_at)
     select $1, $2, l.unit_id, l.province_code, l.allocated, l.committed, l.disbursed, l.note, $3, l.source_row, $4, $5, $6
       from unnest($7::uuid[], $8::text[], $9::numeric[], $10::numeric[], $11::numeric[], $12::text[], $13::integer[])
            as l (unit_id, province_code, allocated, committed, disbursed, note, source_row)`,
    [
      input.caseId,
      input.fiscalYear,
      input.sourceFile,
      input.eventId,
      input.importedBy,
      input.now,
      column((l) => l.unitId),
      column((l) => l.provinceCode),
      column((l) => l.allocated),
      column((l) => l.committed),
      column((l) => l.disbursed),
      column((l) => l.note),
      column((l) => l.sourceRow),
    ],
  );
}

/** Every budget line of a case, newest fiscal year first, then by province and unit code. */
export async function listCaseBudgetLines(db: Queryable, caseId: string): Promise<BudgetLineRow[]> {
  const result = await db.query<BudgetLineRow>(
    `select b.fiscal_year, u.code as unit_code, u.name_th as unit_name_th, u.name_en as unit_name_en,
            b.province_code, a.name_th as province_name_th, a.name_en as province_name_en,
            b.allocated::text as allocated, b.committed::text as committed, b.disbursed::text as disbursed,
            b.note, b.source_file, b.source_row, b.imported_at, p.display_name as imported_by_name
       from budget_lines b
       left join units u on u.id = b.unit_id
       left join areas a on a.code = b.province_code
       left join users p on p.id = b.imported_by
      where b.case_id = $1
      order by b.fiscal_year desc, b.province_code nulls last, u.code nulls first`,
    [caseId],
  );
  return result.rows;
}

/** The 77 provinces' codes and names (areas of level province), in code order. */
export async function listProvinces(db: Queryable): Promise<{ code: string; name_th: string }[]> {
  const result = await db.query<{ code: string; name_th: string }>(
    `select code, name_th from areas where level = 'province' order by code`,
  );
  return result.rows;
}

/** Units by code, with the province each serves (the first two digits of its area). */
export async function findUnitsByCodes(
  db: Queryable,
  codes: readonly string[],
): Promise<{ id: string; code: string; province_code: string | null }[]> {
  if (codes.length === 0) return [];
  const result = await db.query<{ id: string; code: string; province_code: string | null }>(
    `select id, code, left(area_code, 2) as province_code from units where code = any($1::text[])`,
    [codes],
  );
  return result.rows;
}

/**
 * The units at the ends of a case's assignments (none passed further on, not
 * returned), with the province each serves: the rows of a new budget template.
 */
export async function listBudgetTemplateUnits(
  db: Queryable,
  caseId: string,
): Promise<{ code: string; name_th: string; province_code: string | null; province_name: string | null }[]> {
  const result = await db.query<{ code: string; name_th: string; province_code: string | null; province_name: string | null }>(
    `select u.code, u.name_th, p.code as province_code, p.name_th as province_name
       from assignments a join units u on u.id = a.unit_id
       left join areas p on p.code = left(u.area_code, 2)
      where a.case_id = $1 and a.status <> 'returned'
        and not exists (select 1 from assignments c where c.parent_id = a.id and c.status <> 'returned')
      order by p.code nulls last, u.code`,
    [caseId],
  );
  return result.rows;
}
