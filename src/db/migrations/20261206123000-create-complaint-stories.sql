-- A resolved complaint that staff chose to tell on the public portal (issue #12): only what is
-- written here is public, never the complaint's own text, contact, exact place or tracking code.
-- The public text is checked against the personal-data mask on every save; the place is an area
-- (subdistrict or district), never a point; photos are the complaint's own attachments, already
-- re-encoded without metadata at upload. Withdrawing deletes the row; both moves append a case event.
create table complaint_stories (
  case_id              uuid primary key references complaints (case_id),
  public_text          text not null,
  place_area_code      text references areas (code),
  public_reply         text not null,
  before_attachment_id uuid references attachments (id),
  after_attachment_id  uuid references attachments (id),
  published_at         timestamptz not null,
  published_by         uuid references users (id),
  updated_at           timestamptz not null
);
create index complaint_stories_published_idx on complaint_stories (published_at desc);
