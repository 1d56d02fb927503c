import {
  findAreasByCodes,
  findGrouping,
  findProvinceZone,
  listChildAreas,
  type ScopeAreaRow,
  type ScopeGroupingRow,
} from '../../db/queries/complaintStatisticsQueries.ts';
import { findUnitsByIds } from '../../db/queries/unitQueries.ts';
import type { Queryable } from '../../db/database.ts';
import { AppError } from '../../domain/errors.ts';
import { NATIONAL_SCOPE, parseStatisticsScope } from '../../domain/statistics/statisticsScope.ts';

export interface ScopeInfo {
  scope: string;
  kind: 'national' | 'province' | 'district' | 'inspection_zone' | 'province_group' | 'region' | 'unit';
  code: string;
  nameTh: string;
  nameEn: string | null;
}

const NATIONAL: ScopeInfo = { scope: NATIONAL_SCOPE, kind: 'national', code: 'TH', nameTh: 'ทั้งประเทศ', nameEn: 'Thailand' };

const fromArea = (row: ScopeAreaRow): ScopeInfo => ({
  scope: `${row.level === 'province' ? 'p' : 'd'}:${row.code}`,
  kind: row.level === 'province' ? 'province' : 'district',
  code: row.code,
  nameTh: row.name_th,
  nameEn: row.name_en,
});

const fromGrouping = (row: ScopeGroupingRow): ScopeInfo => ({
  scope: row.id,
  kind: row.kind,
  code: row.id,
  nameTh: row.name_th,
  nameEn: row.name_en,
});

/**
 * What a scope is called, the step above it (district → province → its inspection zone → the
 * country; a unit → its parent unit) and the areas one level below it, for the map.
 * A scope that names nothing is `not_found`.
 */
export async function resolveStatisticsScope(
  db: Queryable,
  scope: string,
): Promise<{ scope: ScopeInfo; parent: ScopeInfo | null; children: ScopeInfo[] }> {
  const parsed = parseStatisticsScope(scope);
  if (parsed.kind === 'national') {
    return { scope: NATIONAL, parent: null, children: (await listChildAreas(db, { kind: 'national' })).map(fromArea) };
  }
  if (parsed.kind === 'province' || parsed.kind === 'district') {
    const [area] = await findAreasByCodes(db, [parsed.code]);
    if (!area || area.level !== parsed.kind) throw new AppError('not_found');
    if (parsed.kind === 'district') {
      const [province] = await findAreasByCodes(db, [parsed.code.slice(0, 2)]);
      return { scope: fromArea(area), parent: province ? fromArea(province) : NATIONAL, children: [] };
    }
    const zone = await findProvinceZone(db, parsed.code);
    const children = (await listChildAreas(db, { kind: 'province', code: parsed.code })).map(fromArea);
    return { scope: fromArea(area), parent: zone ? fromGrouping(zone) : NATIONAL, children };
  }
  if (parsed.kind === 'grouping') {
    const grouping = await findGrouping(db, parsed.id);
    if (!grouping) throw new AppError('not_found');
    const children = (await listChildAreas(db, { kind: 'grouping', id: parsed.id })).map(fromArea);
    return { scope: fromGrouping(grouping), parent: NATIONAL, children };
  }
  const [unit] = await findUnitsByIds(db, [parsed.id]);
  if (!unit) throw new AppError('not_found');
  const [parentUnit] = unit.parent_id ? await findUnitsByIds(db, [unit.parent_id]) : [];
  const asScope = (row: typeof unit): ScopeInfo => ({
    scope: `u:${row.id}`,
    kind: 'unit',
    code: row.code,
    nameTh: row.name_th,
    nameEn: row.name_en,
  });
  return { scope: asScope(unit), parent: parentUnit ? asScope(parentUnit) : NATIONAL, children: [] };
}
