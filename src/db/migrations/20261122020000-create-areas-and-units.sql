-- Thailand's official geography and the administrative unit tree.
create extension if not exists pg_trgm;

create table areas (
  code        text primary key,
  level       text not null check (level in ('province', 'district', 'subdistrict')),
  parent_code text references areas (code),
  name_th     text not null,
  name_en     text,
  postcode    text,
  constraint areas_code_matches_level check (
    (level = 'province' and code ~ '^[0-9]{2}$') or
    (level = 'district' and code ~ '^[0-9]{4}$') or
    (level = 'subdistrict' and code ~ '^[0-9]{6}$'))
);
create index areas_parent_idx on areas (parent_code);
create index areas_level_idx on areas (level, code);

-- Groupings of provinces: regions, the inspection zones (เขตตรวจราชการ), province groups (กลุ่มจังหวัด).
create table area_groupings (
  id      text primary key,            -- 'region:central', 'zone:1', 'group:1'
  kind    text not null check (kind in ('region', 'inspection_zone', 'province_group')),
  number  integer,
  name_th text not null,
  name_en text
);

create table area_grouping_members (
  grouping_id   text not null references area_groupings (id) on delete cascade,
  province_code text not null references areas (code),
  primary key (grouping_id, province_code)
);
create index area_grouping_members_province_idx on area_grouping_members (province_code);

create table units (
  id         uuid primary key default gen_random_uuid(),
  code       text not null unique,
  parent_id  uuid references units (id),
  -- Materialised path of ids, '/<root id>/.../<own id>/': a subtree is one prefix scan.
  path       text not null unique,
  depth      integer not null,
  kind       text not null check (kind in ('government', 'ministry', 'department', 'division',
                                           'provincial_hall', 'district_office', 'provincial_office', 'service_point')),
  name_th    text not null,
  name_en    text,
  abbr_th    text,
  area_code  text references areas (code),
  active     boolean not null default true,
  created_at timestamptz not null
);
create index units_path_idx on units (path text_pattern_ops);
create index units_parent_idx on units (parent_id);
create index units_area_idx on units (area_code);
create index units_kind_idx on units (kind);

-- Which version of the shipped reference data is loaded, so a restart skips reloading it.
create table reference_data_versions (
  name       text primary key,
  sha256     text not null,
  loaded_at  timestamptz not null
);
