-- Likely duplicates compare a new complaint's text with every open complaint of its category nearby.
-- similarity() cut both texts into trigrams again for each candidate, about 0.05 ms a pair, and was most
-- of intake's database time. Each complaint now keeps its trigrams as a 2,048-bit signature, made once
-- when it is filed (domain/complaints/textSignature.ts); comparing two signatures is a few bit operations.
-- Complaints filed before this have none until `tidtam migrate` (or the server's start) signs them.

-- The trigram similarity of two texts (shared trigrams over all trigrams) estimated from their
-- signatures. A bit stands for every trigram hashed to it, so each set's size is read from its share of
-- set bits (the Bloom filter estimate, -m ln(1 - bits/m)). On 90,000 pairs of real Bangkok complaints
-- it is within 0.008 of the exact figure on average; null for texts without trigrams or without a
-- signature. Not strict, so that PostgreSQL inlines it into the query, and in float8, not numeric: it
-- runs for every candidate of every intake.
create function trigram_signature_similarity(a bit(2048), b bit(2048)) returns float8
  language sql immutable parallel safe
  as $$
    select case when bit_count(a | b) < 2048 then
             (ln(1 - bit_count(a | b) / 2048::float8) - ln(1 - bit_count(a) / 2048::float8) - ln(1 - bit_count(b) / 2048::float8))
             / nullif(-ln(1 - bit_count(a | b) / 2048::float8), 0)
           end
  $$;

alter table complaints add column text_signature bit(2048);
create index complaints_unsigned_idx on complaints (case_id) where text_signature is null;

-- Likely duplicates read complaints by subdistrict or by latitude band (complaints_subdistrict_idx,
-- complaints_location_idx); nothing reads them by category and time alone any more.
drop index complaints_duplicates_idx;

-- New complaints' words and trigrams wait in each GIN index's pending list until the list is full; the
-- intake that fills it then sorts it into the index while its caller waits. A 1 MB list instead of 4 MB
-- makes that pause a quarter as long (intake p99 at 50 connections 100-130 ms -> 85-90 ms, bench/intake.ts)
-- for about the same total work, and keeps searches' scan of the list short.
alter index cases_search_trgm_idx set (gin_pending_list_limit = 1024);
alter index cases_search_vector_idx set (gin_pending_list_limit = 1024);
