import type { Queryable } from '../database.ts';

export interface OpenDataSettingsRow {
  license_id: string;
  publisher_name_th: string;
  publisher_name_en: string;
  contact_name: string;
  contact_email: string;
}

export interface OpenDataFileRow {
  id: string;
  dataset: string;
  table_name: string;
  format: string;
  media_type: string;
  row_count: string;
  byte_size: string;
  sha256: string;
  modified_at: Date;
  created_at: Date;
}

export async function selectOpenDataSettings(db: Queryable): Promise<OpenDataSettingsRow> {
  const { rows } = await db.query<OpenDataSettingsRow>(
    'select license_id, publisher_name_th, publisher_name_en, contact_name, contact_email from open_data_settings where id = 1',
  );
  const row = rows[0];
  if (!row) throw new Error('open_data_settings has no row (migration 20261206100000)');
  return row;
}

/** Each dataset an administrator decided on: published or withdrawn. */
export async function selectOpenDataPublications(db: Queryable): Promise<Map<string, boolean>> {
  const { rows } = await db.query<{ dataset: string; published: boolean }>('select dataset, published from open_data_publications');
  return new Map(rows.map((row) => [row.dataset, row.published]));
}

export async function selectOpenDataFiles(db: Queryable): Promise<OpenDataFileRow[]> {
  const { rows } = await db.query<OpenDataFileRow>(
    `select id, dataset, table_name, format, media_type, row_count::text, byte_size::text, sha256, modified_at, created_at
       from open_data_files order by dataset, table_name, format`,
  );
  return rows;
}

/**
 * The days complaints were received in, by month, from the national monthly sums (a few rows, not
 * the complaints): the temporal coverage of the complaint datasets (`YYYY-MM-DD`, from the first
 * day of the first month to the last day of the last). Null before the first complaint.
 */
export async function selectComplaintPeriod(db: Queryable): Promise<{ start: string; end: string } | null> {
  const { rows } = await db.query<{ start: string | null; end: string | null }>(
    `select min(month) as start, (max(month) + interval '1 month' - interval '1 day')::date as end from complaint_stats
      where scope = 'TH' and dim = 'all' and grain = 'month' and dim_value = '' and received > 0`,
  );
  const row = rows[0];
  return row?.start && row.end ? { start: row.start, end: row.end } : null;
}
