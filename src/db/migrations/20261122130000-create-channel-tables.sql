-- Intake channels other than the web form: Open311 clients, the LINE Official Account,
-- and the classifier models `tidtam train` stores.

-- Open311 GeoReport v2 clients post requests with an api_key; only its SHA-256 is kept.
create table open311_api_keys (
  id         uuid primary key default gen_random_uuid(),
  name       text not null,
  key_hash   text not null unique,
  created_at timestamptz not null,
  revoked_at timestamptz
);

-- LINE redelivers a webhook event it is not sure arrived (same webhookEventId): each is handled once.
create table line_webhook_events (
  webhook_event_id text primary key,
  line_user_id     text,
  received_at      timestamptz not null
);

-- A LINE conversation being turned into a complaint: text describes, a location places it,
-- images attach photos. The complaint is filed once it has a description and a place.
create table line_conversations (
  line_user_id   text primary key,
  description    text not null default '',
  lat            double precision,
  lon            double precision,
  address        text,
  attachment_ids uuid[] not null default '{}',
  updated_at     timestamptz not null
);

-- Complaint classifier models trained by `tidtam train`; the newest one is used.
create table classifier_models (
  id         bigint generated always as identity primary key,
  trained_at timestamptz not null,
  examples   integer not null,
  top1       double precision,
  top3       double precision,
  model      jsonb not null
);

-- Photos citizens send through LINE have no staff uploader. (Dropping NOT NULL twice is harmless,
-- should the web form's migration do it too.)
alter table attachments alter column uploaded_by drop not null;
