-- Spelling slips folded on the index side (src/domain/search/foldSpelling.ts folds the query the same
-- way): tone marks dropped, nikhahit + sara aa as sara am, เเ as แ, ๆ as a space, runs of one Thai
-- letter (or of three or more Latin letters) as one, white space as one space. A generated column, so
-- every write path (intake, imports, the case form, the bench generator) keeps it true without change.
create function fold_search_text(input text) returns text
  language sql immutable strict parallel safe
  as $$
    select regexp_replace(
             regexp_replace(
               regexp_replace(
                 regexp_replace(
                   replace(replace(regexp_replace(lower(input), '[่-๋]', '', 'g'), 'ํา', 'ำ'), 'เเ', 'แ'),
                   '\s*ๆ\s*', ' ', 'g'),
                 '([ก-๏])\1+', '\1', 'g'),
               '([a-z])\1\1+', '\1', 'g'),
             '\s+', ' ', 'g')
  $$;

alter table cases add column search_fold text generated always as (fold_search_text(title || ' ' || body)) stored;
create index cases_search_fold_trgm_idx on cases using gin (search_fold gin_trgm_ops);
