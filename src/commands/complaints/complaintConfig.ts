import type { Database, Queryable } from '../../db/database.ts';
import { installedClassifierModelId } from '../../db/queries/classifierModelQueries.ts';
import { complaintConfigVersion, listCategories, listRoutingRules, type CategoryRow } from '../../db/queries/complaintConfigQueries.ts';
import { categoryTerms } from '../../domain/complaints/categoryLabels.ts';
import type { CategoryKeywords } from '../../domain/complaints/classifier/index.ts';
import { routingKey, type RoutingTables } from '../../domain/complaints/routeComplaint.ts';
import { syncClassifierModel } from './loadClassifierModel.ts';

/** The unit complaints are owned by and fall back to: the Government Contact Centre 1111. */
export const INTAKE_UNIT_CODE = 'OPM-1111';

export interface CachedUnit {
  id: string;
  code: string;
  path: string;
  nameTh: string;
  nameEn: string | null;
}

/** Categories, routing rules, areas and units as intake needs them, held in memory. */
export interface ComplaintConfig {
  version: number;
  categories: ReadonlyMap<string, CategoryRow>;
  /** Each category's names and keywords (code → terms), the suggester's evidence beside the text. */
  categoryTerms: CategoryKeywords;
  routing: RoutingTables;
  units: ReadonlyMap<string, CachedUnit>;
  areas: ReadonlyMap<string, { level: 'province' | 'district' | 'subdistrict'; parent: string | null }>;
  intakeUnit: CachedUnit | null;
  /** The complaint service level's resolve time, for categories without their own. */
  defaultResolveHours: number | null;
  /** The newest installed classifier model's id as of this version (null: the shipped default). */
  classifierModelId: number | null;
}

const cache = new WeakMap<Database, ComplaintConfig>();

/**
 * The configuration as of `version` (read by the caller in its own
 * transaction): the cached copy when it is current, else a fresh load. Every
 * change of the tables it is made from (admin edits, imports, plain SQL) and
 * every stored classifier model bumps the version in its transaction (triggers,
 * `20261209120000-add-row-versions.sql`), so with several API processes each
 * one reloads at its next intake after a change, and takes up a model another
 * process trained.
 */
async function complaintConfigAt(db: Database, tx: Queryable, version: number): Promise<ComplaintConfig> {
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached;
  const loaded = await loadComplaintConfig(tx, version);
  await syncClassifierModel(tx, loaded.classifierModelId);
  cache.set(db, loaded);
  return loaded;
}

/** Drops this process's copy, so the next read loads it (after a restore, whose version number may be the same). */
export function forgetComplaintConfig(db: Database): void {
  cache.delete(db);
}

/** The copy in memory, without asking the database whether it is current (intake's statement checks). */
export async function cachedComplaintConfig(db: Database): Promise<ComplaintConfig> {
  return cache.get(db) ?? currentComplaintConfig(db);
}

/** The current configuration, for reads outside intake (forms, lists). */
export async function currentComplaintConfig(db: Database): Promise<ComplaintConfig> {
  return complaintConfigAt(db, db, await complaintConfigVersion(db));
}

async function loadComplaintConfig(db: Queryable, version: number): Promise<ComplaintConfig> {
  const [categories, rules, areas, units] = [
    await listCategories(db),
    await listRoutingRules(db),
    await db.query<{ code: string; level: 'province' | 'district' | 'subdistrict'; parent_code: string | null }>(
      'select code, level, parent_code from areas',
    ),
    await db.query<{
      id: string;
      code: string;
      path: string;
      kind: string;
      name_th: string;
      name_en: string | null;
      area_code: string | null;
    }>(
      `select id, code, path, kind, name_th, name_en, area_code from units
        where active and (kind in ('district_office', 'provincial_hall') or code = $1
                          or id in (select unit_id from complaint_routing_rules))`,
      [INTAKE_UNIT_CODE],
    ),
  ];
  const defaults = await db.query<{ resolve_hours: number | null }>(
    `select resolve_hours from service_levels where case_kind = 'complaint' and category is null and priority is null`,
  );
  const unitMap = new Map<string, CachedUnit>();
  const territorialUnitByArea = new Map<string, string>();
  let intakeUnit: CachedUnit | null = null;
  for (const row of units.rows) {
    const unit = { id: row.id, code: row.code, path: row.path, nameTh: row.name_th, nameEn: row.name_en };
    unitMap.set(row.id, unit);
    if (row.area_code && (row.kind === 'district_office' || row.kind === 'provincial_hall'))
      territorialUnitByArea.set(row.area_code, row.id);
    if (row.code === INTAKE_UNIT_CODE) intakeUnit = unit;
  }
  return {
    version,
    categories: new Map(categories.map((row) => [row.code, row])),
    categoryTerms: new Map(
      categories.map((row) => [row.code, categoryTerms({ th: row.name_th, en: row.name_en, keywords: row.keywords })]),
    ),
    routing: {
      rules: new Map(rules.map((rule) => [routingKey(rule.category_code, rule.area_code), rule.unit_id])),
      areaParent: new Map(areas.rows.map((row) => [row.code, row.parent_code])),
      territorialUnitByArea,
      intakeUnitId: intakeUnit?.id ?? null,
    },
    units: unitMap,
    areas: new Map(areas.rows.map((row) => [row.code, { level: row.level, parent: row.parent_code }])),
    intakeUnit,
    defaultResolveHours: defaults.rows[0]?.resolve_hours ?? null,
    classifierModelId: await installedClassifierModelId(db),
  };
}
