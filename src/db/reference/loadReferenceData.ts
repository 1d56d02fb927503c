import { randomUUID } from 'node:crypto';
import type { Clock } from '../../domain/clock.ts';
import type { Database, Queryable } from '../database.ts';
import { planUnitTree } from './planUnitTree.ts';
import { readReferenceData, type ReferenceData } from './referenceFiles.ts';

const VERSION_NAME = 'reference-data';

/**
 * Loads areas, groupings and the unit tree, inserting what is new and
 * updating names of what exists (codes are the keys). Skipped when the files
 * are unchanged since the last load, so a restart stays fast.
 */
export async function loadReferenceData(
  db: Database,
  options: { clock: Clock; data?: ReferenceData; force?: boolean },
): Promise<{ loaded: boolean }> {
  const data = options.data ?? readReferenceData();
  const now = options.clock.now();
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7315002)');
    const current = await tx.query<{ sha256: string }>('select sha256 from reference_data_versions where name = $1', [VERSION_NAME]);
    if (!options.force && current.rows[0]?.sha256 === data.sha256) return { loaded: false };
    await upsertAreas(tx, data);
    await upsertGroupings(tx, data);
    await upsertUnits(tx, data, now);
    await tx.query(
      `insert into reference_data_versions (name, sha256, loaded_at) values ($1, $2, $3)
       on conflict (name) do update set sha256 = excluded.sha256, loaded_at = excluded.loaded_at`,
      [VERSION_NAME, data.sha256, now],
    );
    return { loaded: true };
  });
}

async function upsertAreaRows(tx: Queryable, rows: object[]): Promise<void> {
  await tx.query(
    `insert into areas (code, level, parent_code, name_th, name_en, postcode)
     select code, level, parent_code, name_th, name_en, postcode
       from jsonb_to_recordset($1::jsonb) as x(code text, level text, parent_code text, name_th text, name_en text, postcode text)
     on conflict (code) do update set name_th = excluded.name_th, name_en = excluded.name_en,
       postcode = excluded.postcode, parent_code = excluded.parent_code`,
    [JSON.stringify(rows)],
  );
}

async function upsertAreas(tx: Queryable, data: ReferenceData): Promise<void> {
  const { provinces, districts, subdistricts } = data.areas;
  await upsertAreaRows(
    tx,
    provinces.map((p) => ({ code: p.code, level: 'province', parent_code: null, name_th: p.name_th, name_en: p.name_en, postcode: null })),
  );
  await upsertAreaRows(
    tx,
    districts.map((d) => ({
      code: d.code,
      level: 'district',
      parent_code: d.province_code,
      name_th: d.name_th,
      name_en: d.name_en,
      postcode: null,
    })),
  );
  await upsertAreaRows(
    tx,
    subdistricts.map((s) => ({
      code: s.code,
      level: 'subdistrict',
      parent_code: s.district_code,
      name_th: s.name_th,
      name_en: s.name_en,
      postcode: s.postcode,
    })),
  );
}

export function regionId(englishName: string): string {
  return `region:${englishName.toLowerCase().replace(/[^a-z]+/g, '-')}`;
}

async function upsertGroupings(tx: Queryable, data: ReferenceData): Promise<void> {
  const groupings: { id: string; kind: string; number: number | null; name_th: string; name_en: string | null }[] = [];
  const members: { grouping_id: string; province_code: string }[] = [];
  const regions = new Map<string, { th: string; en: string }>();
  for (const province of data.areas.provinces) {
    const id = regionId(province.region.en);
    regions.set(id, province.region);
    members.push({ grouping_id: id, province_code: province.code });
  }
  for (const [id, name] of regions) groupings.push({ id, kind: 'region', number: null, name_th: name.th, name_en: `${name.en} region` });
  for (const zone of data.zones) {
    const id = `zone:${zone.zone}`;
    const name_en = zone.zone === 0 ? 'Central inspection area (Bangkok)' : `Inspection zone ${zone.zone}`;
    const name_th = zone.zone === 0 ? 'ส่วนกลาง (กรุงเทพมหานคร)' : zone.name_th;
    groupings.push({ id, kind: 'inspection_zone', number: zone.zone, name_th, name_en });
    for (const code of zone.province_codes) members.push({ grouping_id: id, province_code: code });
  }
  for (const group of data.provinceGroups) {
    const id = `group:${group.group}`;
    groupings.push({ id, kind: 'province_group', number: group.group, name_th: group.name_th, name_en: group.name_en });
    for (const code of group.province_codes) members.push({ grouping_id: id, province_code: code });
  }
  await tx.query(
    `insert into area_groupings (id, kind, number, name_th, name_en)
     select id, kind, number, name_th, name_en
       from jsonb_to_recordset($1::jsonb) as x(id text, kind text, number integer, name_th text, name_en text)
     on conflict (id) do update set name_th = excluded.name_th, name_en = excluded.name_en, number = excluded.number`,
    [JSON.stringify(groupings)],
  );
  await tx.query('delete from area_grouping_members where grouping_id = any($1::text[])', [groupings.map((g) => g.id)]);
  await tx.query(
    `insert into area_grouping_members (grouping_id, province_code)
     select grouping_id, province_code from jsonb_to_recordset($1::jsonb) as x(grouping_id text, province_code text)`,
    [JSON.stringify(members)],
  );
}

async function upsertUnits(tx: Queryable, data: ReferenceData, now: Date): Promise<void> {
  const existing = await tx.query<{ code: string; id: string }>('select code, id from units');
  const idByCode = new Map(existing.rows.map((row) => [row.code, row.id]));
  const placed = new Map<string, { id: string; path: string; depth: number }>();
  // planUnitTree puts parents first, so each parent is placed before its children.
  const rows = planUnitTree(data).map((unit) => {
    const id = idByCode.get(unit.code) ?? randomUUID();
    const parent = unit.parentCode ? placed.get(unit.parentCode) : undefined;
    const path = `${parent?.path ?? '/'}${id}/`;
    const depth = parent ? parent.depth + 1 : 0;
    placed.set(unit.code, { id, path, depth });
    return {
      id,
      code: unit.code,
      parent_id: parent?.id ?? null,
      path,
      depth,
      kind: unit.kind,
      name_th: unit.name_th,
      name_en: unit.name_en,
      abbr_th: unit.abbr_th,
      area_code: unit.area_code,
    };
  });
  await tx.query(
    `insert into units (id, code, parent_id, path, depth, kind, name_th, name_en, abbr_th, area_code, created_at)
     select id, code, parent_id, path, depth, kind, name_th, name_en, abbr_th, area_code, $2
       from jsonb_to_recordset($1::jsonb) as x(id uuid, code text, parent_id uuid, path text, depth integer, kind text,
                                               name_th text, name_en text, abbr_th text, area_code text)
     on conflict (code) do update set parent_id = excluded.parent_id, path = excluded.path, depth = excluded.depth,
       kind = excluded.kind, name_th = excluded.name_th, name_en = excluded.name_en, abbr_th = excluded.abbr_th,
       area_code = excluded.area_code`,
    [JSON.stringify(rows), now],
  );
}
