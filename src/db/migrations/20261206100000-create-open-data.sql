-- Open data (issue #12): what an administrator publishes and under which licence, and the files
-- the export job writes. Downloads, the CKAN Action API and the DCAT catalogue all read these
-- rows, so every process (and every harvester) sees the same files with the same row counts,
-- byte sizes and modification times. A file's bytes live in the database, in chunks, so a
-- second process on the same PostgreSQL serves the same download and a backup carries it.

-- One row: the publisher's settings. The licence applies to every dataset (a CKAN license_id).
create table open_data_settings (
  id                smallint primary key default 1 check (id = 1),
  license_id        text not null default 'CC-BY-4.0',
  publisher_name_th text not null default 'ศูนย์ติดตามงานของรัฐ',
  publisher_name_en text not null default 'Government follow-up centre',
  contact_name      text not null default 'ผู้ดูแลข้อมูลเปิด',
  contact_email     text not null default 'opendata@example.go.th',
  updated_by        uuid references users (id),
  updated_at        timestamptz
);
insert into open_data_settings (id) values (1);

-- Which datasets are published. A dataset with no row here is not published.
create table open_data_publications (
  dataset       text primary key,
  published     boolean not null,
  first_published_at timestamptz,
  updated_by    uuid references users (id),
  updated_at    timestamptz not null
);

-- One row per file of a dataset's table in one format; an export replaces a dataset's files in
-- one transaction, so a reader never sees half of one.
create table open_data_files (
  id            uuid primary key default gen_random_uuid(),
  dataset       text not null,
  -- The dataset's table (a dataset may have several: policies, indicators, measurements ...).
  table_name    text not null,
  -- csv | json | xlsx | the data dictionary (dictionary_csv)
  format        text not null,
  media_type    text not null,
  row_count     bigint not null check (row_count >= 0),
  byte_size     bigint not null check (byte_size >= 0),
  sha256        text not null,
  -- When the rows it holds last changed (kept across exports when the bytes are the same).
  modified_at   timestamptz not null,
  created_at    timestamptz not null,
  unique (dataset, table_name, format)
);

create table open_data_file_chunks (
  file_id  uuid not null references open_data_files (id) on delete cascade,
  seq      integer not null check (seq >= 0),
  data     bytea not null,
  primary key (file_id, seq)
);
