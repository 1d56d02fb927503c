-- Words people use for the same public service (ไฟส่องสว่าง / ไฟถนน / หลอดไฟ; ขยะ / มูลฝอย),
-- applied when a search is run, not when a case is indexed: a search for any term of a group
-- also finds the others, and administrators extend the groups without reindexing.
create table search_synonyms (
  id          bigint generated always as identity primary key,
  terms       text[] not null check (cardinality(terms) between 2 and 30),
  note        text not null default '',
  updated_by  uuid references users (id),
  updated_at  timestamptz not null default now()
);
