import type { UnitKind } from '../../shared/unitKinds.ts';
import type { Queryable } from '../database.ts';

export type { UnitKind } from '../../shared/unitKinds.ts';

export interface UnitRow {
  id: string;
  code: string;
  parent_id: string | null;
  path: string;
  depth: number;
  kind: UnitKind;
  name_th: string;
  name_en: string | null;
  abbr_th: string | null;
  area_code: string | null;
  active: boolean;
}

const COLUMNS = 'u.id, u.code, u.parent_id, u.path, u.depth, u.kind, u.name_th, u.name_en, u.abbr_th, u.area_code, u.active';

export async function findUnit(db: Queryable, id: string): Promise<UnitRow | undefined> {
  const result = await db.query<UnitRow>(`select ${COLUMNS} from units u where u.id = $1`, [id]);
  return result.rows[0];
}

export async function findUnitByCode(db: Queryable, code: string): Promise<UnitRow | undefined> {
  const result = await db.query<UnitRow>(`select ${COLUMNS} from units u where u.code = $1`, [code]);
  return result.rows[0];
}

export async function findUnitsByIds(db: Queryable, ids: readonly string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  const result = await db.query<UnitRow>(`select ${COLUMNS} from units u where u.id = any($1::uuid[])`, [ids]);
  return result.rows;
}

/** The unit and every ancestor, root first. */
export async function findUnitChain(db: Queryable, id: string): Promise<UnitRow[]> {
  const unit = await findUnit(db, id);
  if (!unit) return [];
  const ids = unit.path.split('/').filter(Boolean);
  const rows = await findUnitsByIds(db, ids);
  return rows.sort((a, b) => a.depth - b.depth);
}

export interface UnitListFilter {
  parentId?: string;
  /** Only units inside this path (a subtree), e.g. the actor's reach. */
  underPath?: string;
  kind?: UnitKind;
  areaPrefix?: string;
  q?: string;
  after?: string;
  limit: number;
}

/** How many units sit directly below a unit. */
export async function countChildUnits(db: Queryable, unitId: string): Promise<number> {
  const result = await db.query<{ n: number }>('select count(*)::int as n from units where parent_id = $1', [unitId]);
  return result.rows[0]!.n;
}

/** The filter as SQL conditions and their parameters; the cursor only when `withCursor`. */
function unitConditions(filter: UnitListFilter, withCursor: boolean): { where: string[]; params: unknown[] } {
  const where: string[] = ['u.active'];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter.parentId) add('u.parent_id = ?', filter.parentId);
  if (filter.underPath) add(`u.path like ? || '%'`, filter.underPath);
  if (filter.kind) add('u.kind = ?', filter.kind);
  if (filter.areaPrefix) add(`u.area_code like ? || '%'`, filter.areaPrefix);
  if (filter.q) add(`(u.name_th ilike '%' || ? || '%' or u.name_en ilike '%' || ? || '%' or u.code ilike ? || '%')`, filter.q);
  if (withCursor && filter.after) add('u.code > ?', filter.after);
  return { where, params };
}

/** Units ordered by code, with keyset pagination on code. */
export async function listUnits(db: Queryable, filter: UnitListFilter): Promise<(UnitRow & { child_count: number })[]> {
  const { where, params } = unitConditions(filter, true);
  params.push(filter.limit);
  const result = await db.query<UnitRow & { child_count: number }>(
    `select ${COLUMNS}, (select count(*) from units c where c.parent_id = u.id)::int as child_count
       from units u where ${where.join(' and ')} order by u.code limit $${params.length}`,
    params,
  );
  return result.rows;
}

/** How many units the filter matches on every page together (the cursor is ignored), so a list can say "20 of 78". */
export async function countUnits(db: Queryable, filter: Omit<UnitListFilter, 'after' | 'limit'>): Promise<number> {
  const { where, params } = unitConditions({ ...filter, limit: 0 }, false);
  const result = await db.query<{ n: number }>(`select count(*)::int as n from units u where ${where.join(' and ')}`, params);
  return result.rows[0]!.n;
}

export interface TargetSelection {
  unitIds?: string[];
  unitCodes?: string[];
  /** Every unit of this kind under the base unit (and in the provinces below, when given). */
  kind?: UnitKind;
  provinceCodes?: string[];
  /** An area grouping: `zone:1`, `group:3`, `region:northern`. */
  groupingId?: string;
}

/**
 * Resolves a selection of target units to unit rows, restricted to units
 * inside `basePath` (for a cascade, the assigning unit's subtree). Units
 * outside it are returned in `outside` so the caller can refuse them by name;
 * named units, groupings and provinces that do not exist, in `unknown`.
 */
export async function resolveTargets(
  db: Queryable,
  selection: TargetSelection,
  basePath: string,
): Promise<{ units: UnitRow[]; outside: UnitRow[]; unknown: string[] }> {
  const named = new Map<string, UnitRow>();
  const unknown: string[] = [];
  if (selection.unitIds?.length) {
    const rows = await findUnitsByIds(db, selection.unitIds);
    for (const row of rows) named.set(row.id, row);
    for (const id of selection.unitIds) if (!rows.some((row) => row.id === id)) unknown.push(id);
  }
  if (selection.unitCodes?.length) {
    const rows = await db.query<UnitRow>(`select ${COLUMNS} from units u where u.code = any($1::text[])`, [selection.unitCodes]);
    for (const row of rows.rows) named.set(row.id, row);
    for (const code of selection.unitCodes) if (!rows.rows.some((row) => row.code === code)) unknown.push(code);
  }
  if (selection.groupingId) {
    const found = await db.query('select 1 from area_groupings where id = $1', [selection.groupingId]);
    if (found.rows.length === 0) unknown.push(selection.groupingId);
  }
  if (selection.provinceCodes?.length) {
    const found = await db.query<{ code: string }>(`select code from areas where level = 'province' and code = any($1::text[])`, [
      selection.provinceCodes,
    ]);
    for (const code of selection.provinceCodes) if (!found.rows.some((row) => row.code === code)) unknown.push(code);
  }
  if (selection.kind) {
    const params: unknown[] = [basePath, selection.kind];
    let areaFilter = '';
    if (selection.provinceCodes?.length) {
      params.push(selection.provinceCodes);
      areaFilter += ` and substr(u.area_code, 1, 2) = any($${params.length}::text[])`;
    }
    if (selection.groupingId) {
      params.push(selection.groupingId);
      areaFilter += ` and substr(u.area_code, 1, 2) in (select province_code from area_grouping_members where grouping_id = $${params.length})`;
    }
    const rows = await db.query<UnitRow>(
      `select ${COLUMNS} from units u where u.path like $1 || '%' and u.kind = $2 and u.active ${areaFilter}`,
      params,
    );
    for (const row of rows.rows) named.set(row.id, row);
  }
  const all = [...named.values()].sort((a, b) => a.code.localeCompare(b.code));
  return {
    units: all.filter((unit) => unit.path.startsWith(basePath) && unit.path !== basePath),
    outside: all.filter((unit) => !unit.path.startsWith(basePath) || unit.path === basePath),
    unknown,
  };
}
