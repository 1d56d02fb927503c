-- Share cards (issue #12): the 1200×630 PNG of a province's complaint figures or a published
-- policy's progress, as Facebook and LINE show it beside a shared link. Chromium draws a card only
-- when the figures it shows change: each row keeps the hash of those figures, so every process on
-- the same database answers from here and a fold that changed nothing costs no render. The alt
-- text is not stored: it is written from the same figures on every request, so it never lags its wording.
create table share_cards (
  card_key     text primary key,
  figures_hash text not null,
  png          bytea not null,
  rendered_at  timestamptz not null
);
