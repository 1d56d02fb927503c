import type { Queryable } from '../database.ts';
import { INFO_REQUEST_OPEN_DATA_SQL } from './infoRequestOpenDataQueries.ts';

/**
 * What each open-data table is read from. Only columns some anonymous reader may see in some form
 * are selected: never a complainant contact (those live in `complainant_contacts`, not read here),
 * a tracking code, the free-text address, a rating comment, a staff member's name or a note.
 * The domain (`domain/opendata/openDataRows.ts`) then masks text, rounds points and suppresses
 * small counts.
 */
export const OPEN_DATA_TABLE_SQL: Record<string, string> = {
  // From the statistics' own facts (`complaintStatisticsFold.ts`), so a figure here equals the dashboards'.
  complaint_statistics: `
    select to_char(f.month, 'YYYY-MM') as month, f.province_code, p.name_th as province_name,
           f.category_code as category, cat.name_th as category_name, u.code as unit_code, u.name_th as unit,
           count(*)::int as received, sum(f.resolved)::int as resolved
      from complaint_stat_facts f
      left join areas p on p.code = nullif(f.province_code, '')
      left join complaint_categories cat on cat.code = f.category_code
      left join units u on u.id = f.unit_id
     group by f.month, f.province_code, p.name_th, f.category_code, cat.name_th, u.code, u.name_th
     order by f.month, f.province_code, f.category_code, u.code`,
  complaints: `
    select k.public_id, k.received_at, k.category_code as category, cat.name_th as category_name, k.channel,
           c.title, c.body, ar.code as area_code, ar.level as area_level, ar.name_th as area_name,
           ap.name_th as parent_name, ag.name_th as grandparent_name, k.lat, k.lon,
           u.code as unit_code, u.name_th as unit, c.status, k.resolved_at
      from complaints k
      join cases c on c.id = k.case_id
      left join areas ar on ar.code = coalesce(k.subdistrict_code, k.area_code)
      left join areas ap on ap.code = ar.parent_code
      left join areas ag on ag.code = ap.parent_code
      left join complaint_categories cat on cat.code = k.category_code
      -- The handling unit as the statistics fold found it (the export folds first), else the owner.
      left join complaint_stat_facts f on f.case_id = k.case_id
      left join units u on u.id = coalesce(f.unit_id, c.owner_unit_id)
     where k.merged_into is null
     order by k.received_at, k.case_id`,
  policies: `
    select c.ref as case_ref, c.kind, c.title, c.body, c.status, c.priority, o.code as owner_unit_code, o.name_th as owner_unit,
           c.area_code, ar.name_th as area_name, c.created_at as issued_at, c.due_at, c.closed_at, c.published_at,
           (select count(*)::int from assignments a where a.case_id = c.id) as units_assigned,
           (select count(*)::int from assignments a where a.case_id = c.id and a.acknowledged_at is not null) as units_acknowledged
      from cases c
      join units o on o.id = c.owner_unit_id
      left join areas ar on ar.code = c.area_code
     where c.published_at is not null and c.kind <> 'complaint'
     order by c.published_at, c.id`,
  indicators: `
    select i.id as indicator_id, c.ref as case_ref, i.name_th, i.name_en, i.kind, i.unit_of_measure, i.direction,
           i.baseline, i.target, i.target_date::text as target_date, i.aggregation, i.trajectory
      from indicators i
      join cases c on c.id = i.case_id
     where c.published_at is not null and c.kind <> 'complaint'
     order by c.ref, i.created_at, i.id`,
  measurements: `
    select m.indicator_id, c.ref as case_ref, m.period, u.code as unit_code, u.name_th as unit, m.value,
           (select (t ->> 'value')::float8 from jsonb_array_elements(i.trajectory) t where t ->> 'period' = m.period limit 1) as planned,
           m.recorded_at
      from indicator_measurements m
      join indicators i on i.id = m.indicator_id
      join cases c on c.id = i.case_id
      join units u on u.id = m.unit_id
     where c.published_at is not null and c.kind <> 'complaint'
     order by c.ref, m.indicator_id, m.period, u.code`,
  budget: `
    select c.ref as case_ref, b.fiscal_year, u.code as unit_code, u.name_th as unit, b.province_code, p.name_th as province_name,
           b.allocated::float8 as allocated, b.committed::float8 as committed, b.disbursed::float8 as disbursed, b.note
      from budget_lines b
      join cases c on c.id = b.case_id
      left join units u on u.id = b.unit_id
      left join areas p on p.code = b.province_code
     where c.published_at is not null and c.kind <> 'complaint'
     order by c.ref, b.fiscal_year, u.code nulls first, b.province_code nulls first`,
  units: `
    select u.code, u.name_th, u.name_en, u.abbr_th as abbreviation_th, u.kind, parent.code as parent_code, u.area_code,
           p.code as province_code, p.name_th as province_name, u.active
      from units u
      left join units parent on parent.id = u.parent_id
      left join areas p on p.code = left(u.area_code, 2)
     order by u.path`,
  ...INFO_REQUEST_OPEN_DATA_SQL,
};

/**
 * Reads a query's rows a batch at a time through a cursor in the caller's transaction: the query
 * runs once, the server keeps its place, and at most `batch` rows are in this process at a time,
 * whatever the table's size. (A cursor rather than keyset pages: the statistics are a GROUP BY,
 * which keyset paging would compute again for every page.) On PGlite the transaction is the only
 * connection, so every read of an export goes through it.
 */
export async function* streamOpenDataRows<Row>(tx: Queryable, sql: string, batch = 2_000): AsyncGenerator<Row[]> {
  await tx.exec(`declare open_data_export no scroll cursor for ${sql}`);
  for (;;) {
    const { rows } = await tx.query<Row>(`fetch forward ${Math.trunc(batch)} from open_data_export`);
    if (rows.length > 0) yield rows;
    if (rows.length < batch) break;
  }
  await tx.exec('close open_data_export');
}

/** Serialises exports of one dataset across processes: a second waits, then replaces the first's files. */
export async function lockOpenDataset(tx: Queryable, dataset: string): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtext('open-data-export:' || $1))`, [dataset]);
}

/** Removes a dataset's files of tables or formats its export no longer writes (`keep`: `table/format`). */
export async function deleteStaleOpenDataFiles(tx: Queryable, input: { dataset: string; keep: string[] }): Promise<number> {
  const { rowCount } = await tx.query(`delete from open_data_files where dataset = $1 and not ((table_name || '/' || format) = any($2))`, [
    input.dataset,
    input.keep,
  ]);
  return rowCount;
}

/**
 * Gives every file of a table the CSV's modification time. The CSV's bytes follow from the rows
 * alone; an XLSX carries the time it was zipped, so its bytes differ on every export even when its
 * rows do not, and harvesters would fetch it again every day.
 */
export async function alignOpenDataModifiedTimes(tx: Queryable, input: { dataset: string; table: string }): Promise<void> {
  await tx.query(
    `update open_data_files f set modified_at = csv.modified_at
       from open_data_files csv
      where csv.dataset = $1 and csv.table_name = $2 and csv.format = 'csv'
        and f.dataset = csv.dataset and f.table_name = csv.table_name and f.format in ('json', 'xlsx')`,
    [input.dataset, input.table],
  );
}

/** Removes the files of datasets no longer defined. */
export async function deleteUndefinedOpenDatasets(db: Queryable, datasets: string[]): Promise<number> {
  const { rowCount } = await db.query('delete from open_data_files where not (dataset = any($1))', [datasets]);
  return rowCount;
}

/** The datasets that have files. */
export async function selectExportedOpenDatasets(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ dataset: string }>('select distinct dataset from open_data_files');
  return rows.map((row) => row.dataset);
}
