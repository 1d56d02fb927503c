import type { Queryable } from '../database.ts';
import type { OpenDataSettingsRow } from './openDataQueries.ts';

/** The settings row for update, locked so two administrators' changes do not interleave. */
export async function selectOpenDataSettingsForUpdate(tx: Queryable): Promise<OpenDataSettingsRow> {
  const { rows } = await tx.query<OpenDataSettingsRow>(
    `select license_id, publisher_name_th, publisher_name_en, contact_name, contact_email
       from open_data_settings where id = 1 for update`,
  );
  return rows[0]!;
}

export async function selectOpenDataSettingsUpdatedAt(db: Queryable): Promise<Date | null> {
  const { rows } = await db.query<{ updated_at: Date | null }>('select updated_at from open_data_settings where id = 1');
  return rows[0]?.updated_at ?? null;
}

export async function updateOpenDataSettings(
  tx: Queryable,
  input: OpenDataSettingsRow & { updatedBy: string; updatedAt: Date },
): Promise<void> {
  await tx.query(
    `update open_data_settings
        set license_id = $1, publisher_name_th = $2, publisher_name_en = $3, contact_name = $4, contact_email = $5,
            updated_by = $6, updated_at = $7
      where id = 1`,
    [
      input.license_id,
      input.publisher_name_th,
      input.publisher_name_en,
      input.contact_name,
      input.contact_email,
      input.updatedBy,
      input.updatedAt,
    ],
  );
}

export interface OpenDataPublicationRow {
  dataset: string;
  published: boolean;
  first_published_at: Date | null;
}

export async function selectOpenDataPublicationRows(db: Queryable): Promise<OpenDataPublicationRow[]> {
  const { rows } = await db.query<OpenDataPublicationRow>('select dataset, published, first_published_at from open_data_publications');
  return rows;
}

/** Records an administrator's decision; the first time a dataset is published is kept (DCAT's `issued`). */
export async function upsertOpenDataPublication(
  tx: Queryable,
  input: { dataset: string; published: boolean; by: string; at: Date },
): Promise<OpenDataPublicationRow | undefined> {
  const before = await tx.query<OpenDataPublicationRow>(
    'select dataset, published, first_published_at from open_data_publications where dataset = $1 for update',
    [input.dataset],
  );
  await tx.query(
    `insert into open_data_publications (dataset, published, first_published_at, updated_by, updated_at)
     values ($1, $2, case when $2 then $4::timestamptz end, $3, $4)
     on conflict (dataset) do update set
       published = excluded.published,
       first_published_at = coalesce(open_data_publications.first_published_at, excluded.first_published_at),
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    [input.dataset, input.published, input.by, input.at],
  );
  return before.rows[0];
}

export interface OpenDataFileSummaryRow {
  dataset: string;
  table_name: string;
  files: number;
  rows: number;
  modified_at: Date;
}

/** Per dataset table: how many files the last export wrote, its rows (from the CSV) and when they last changed. */
export async function selectOpenDataFileSummary(db: Queryable): Promise<OpenDataFileSummaryRow[]> {
  const { rows } = await db.query<OpenDataFileSummaryRow>(
    `select dataset, table_name, count(*)::int as files,
            coalesce(max(row_count) filter (where format = 'csv'), 0)::int as rows, max(modified_at) as modified_at
       from open_data_files group by dataset, table_name order by dataset, table_name`,
  );
  return rows;
}
