-- Publication of information requests on the disclosure log (issue #16, "in the open").
-- What is published is stored as published, already redacted (redaction rules, the personal-data
-- mask and the requester's own details taken out), so what a reviewer saw is what the public reads
-- and a later change of rule never changes a published text behind the reviewer's back.

-- An answer's message as published (null: not published).
alter table info_request_answers add column published_message text;

-- The published text cut into words (Intl.Segmenter('th'), domain/thai/segmentWords.ts) for a
-- `simple` tsvector, and the lower-cased published text for the trigram index that finds compounds
-- the word cutter splits (น้ำท่วม), as for cases (20261122020200-create-cases.sql,
-- 20261208101000-add-search-fold.sql). Only published, redacted text: searching the disclosure log
-- for a requester's name must find nothing, so the cases' own search columns are never used here.
alter table info_requests add column published_search_words text;
alter table info_requests add column published_search_text text;
alter table info_requests add column published_search_vector tsvector
  generated always as (to_tsvector('simple', coalesce(published_search_words, ''))) stored;
alter table info_requests add column published_search_fold text
  generated always as (fold_search_text(coalesce(published_search_text, ''))) stored;
create index info_requests_published_search_idx on info_requests using gin (published_search_vector) where published_at is not null;
create index info_requests_published_trgm_idx on info_requests using gin (published_search_text gin_trgm_ops) where published_at is not null;
create index info_requests_published_fold_idx on info_requests using gin (published_search_fold gin_trgm_ops) where published_at is not null;
