import type { Queryable } from '../../db/database.ts';

export interface SheetUnitRow {
  assignment_id: string;
  unit_id: string;
  unit_code: string;
  unit_name_th: string;
  unit_path: string;
  status: string;
}

/** The units holding an assignment on a case, in code order: the rows of its bulk-update sheet. */
export async function listSheetUnits(db: Queryable, caseId: string): Promise<SheetUnitRow[]> {
  const result = await db.query<SheetUnitRow>(
    `select a.id as assignment_id, a.unit_id, u.code as unit_code, u.name_th as unit_name_th, u.path as unit_path, a.status
       from assignments a join units u on u.id = a.unit_id
      where a.case_id = $1 order by u.code`,
    [caseId],
  );
  return result.rows;
}
