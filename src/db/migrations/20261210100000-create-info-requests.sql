-- Requests for official information under the Official Information Act B.E. 2540
-- (พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540): a case kind of their own. The request is a case
-- (title, body = the information asked for), owned by the agency it is addressed to, with a lead
-- assignment to the agency's unit that holds the information. The requester's identity and contact
-- are personal data and live in complainant_contacts like a complainant's (read through the logged
-- contact endpoint only, never published).

alter table cases drop constraint cases_kind_check;
alter table cases add constraint cases_kind_check
  check (kind in ('directive', 'policy', 'cabinet_resolution', 'parliamentary_question', 'draft_bill', 'complaint',
                  'info_request'));

-- A postal address: an agency may answer a request by letter.
alter table complainant_contacts add column address text;

create table info_requests (
  case_id              uuid primary key references cases (id),
  -- The requester's secret for following the request without an account (domain/complaints/trackingCode.ts).
  tracking_code        text not null unique,
  channel              text not null check (channel in ('web', 'hotline', 'mail', 'walk_in')),
  -- The agency the request is addressed to now (it changes when the request is transferred).
  agency_unit_id       uuid not null references units (id),
  form_wanted          text not null check (form_wanted in ('inspect', 'copy', 'certified_copy')),
  -- What the handling has reached (shared/infoRequests.ts); overdue and long overdue are not stored but
  -- read from due_at and long_overdue_at against the clock.
  state                text not null check (state in ('awaiting_response', 'clarification_needed', 'transferred',
                                                      'not_held', 'answered_full', 'answered_part', 'refused',
                                                      'withdrawn')),
  state_changed_at     timestamptz not null,
  received_at          timestamptz not null,
  -- The agency's service level (working days, domain/calendar): the answer is due, then long overdue.
  due_at               timestamptz,
  long_overdue_at      timestamptz,
  -- While the agency waits for the requester to clarify, the clock stops (assignments.paused_at too).
  clarification_since  timestamptz,
  answered_at          timestamptz,
  withdrawn_at         timestamptz,
  -- The requester agreed that the request and its answer may be published without their name.
  publish_consent      boolean not null default false,
  -- Publication on the disclosure log: only what staff marked and a person reviewed; text is the
  -- redacted text (redaction_rules applied), never the requester's name.
  published_at         timestamptz,
  published_title      text,
  published_body       text,
  external_ref         text
);
create index info_requests_agency_idx on info_requests (agency_unit_id, received_at desc);
create index info_requests_published_idx on info_requests (agency_unit_id, published_at desc) where published_at is not null;
create index info_requests_state_idx on info_requests (state, due_at);

-- A transfer to another agency (section 12: the information is another agency's), with its reason.
create table info_request_transfers (
  id              uuid primary key default gen_random_uuid(),
  case_id         uuid not null references cases (id),
  from_unit_id    uuid not null references units (id),
  to_unit_id      uuid not null references units (id),
  reason          text not null,
  transferred_by  uuid references users (id),
  created_at      timestamptz not null
);
create index info_request_transfers_case_idx on info_request_transfers (case_id, created_at);

-- The legal grounds on which information may be withheld, kept by administrators as data so that
-- statistics of grounds used can be published: section 14 and the items of section 15.
create table disclosure_grounds (
  code        text primary key check (code ~ '^[a-z0-9_]{1,40}$'),
  section     text not null,
  item        text,
  name_th     text not null,
  name_en     text not null,
  active      boolean not null default true,
  sort_order  integer not null default 0,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
insert into disclosure_grounds (code, section, item, name_th, name_en, sort_order) values
  ('s14', '14', null,
   'ข้อมูลข่าวสารที่อาจก่อให้เกิดความเสียหายต่อสถาบันพระมหากษัตริย์',
   'Information that may damage the monarchy', 10),
  ('s15_1', '15', '1',
   'การเปิดเผยจะก่อให้เกิดความเสียหายต่อความมั่นคงของประเทศ ความสัมพันธ์ระหว่างประเทศ หรือความมั่นคงในทางเศรษฐกิจหรือการคลังของประเทศ',
   'Disclosure would damage national security, international relations, or national economic or fiscal security', 20),
  ('s15_2', '15', '2',
   'การเปิดเผยจะทำให้การบังคับใช้กฎหมายเสื่อมประสิทธิภาพ หรือไม่อาจสำเร็จตามวัตถุประสงค์ได้',
   'Disclosure would impair law enforcement or prevent it from achieving its purpose', 30),
  ('s15_3', '15', '3',
   'ความเห็นหรือคำแนะนำภายในหน่วยงานของรัฐในการดำเนินการเรื่องหนึ่งเรื่องใด',
   'Internal opinions or advice within a state agency on a matter', 40),
  ('s15_4', '15', '4',
   'การเปิดเผยจะก่อให้เกิดอันตรายต่อชีวิตหรือความปลอดภัยของบุคคลหนึ่งบุคคลใด',
   'Disclosure would endanger the life or safety of a person', 50),
  ('s15_5', '15', '5',
   'รายงานการแพทย์หรือข้อมูลข่าวสารส่วนบุคคลซึ่งการเปิดเผยจะเป็นการรุกล้ำสิทธิส่วนบุคคลโดยไม่สมควร',
   'Medical reports or personal information whose disclosure would unreasonably invade privacy', 60),
  ('s15_6', '15', '6',
   'ข้อมูลข่าวสารที่มีกฎหมายคุ้มครองมิให้เปิดเผย หรือที่มีผู้ให้มาโดยไม่ประสงค์ให้นำไปเปิดเผยต่อผู้อื่น',
   'Information protected from disclosure by law, or given on condition that it not be disclosed', 70),
  ('s15_7', '15', '7',
   'กรณีอื่นตามที่กำหนดในพระราชกฤษฎีกา',
   'Other cases prescribed by royal decree', 80);

-- The agency's answer: what it decided, its message to the requester, fees, and for a refusal (in
-- whole or in part) the grounds and the date from which the requester's appeal (section 18) runs.
create table info_request_answers (
  id                uuid primary key default gen_random_uuid(),
  case_id           uuid not null references cases (id),
  unit_id           uuid not null references units (id),
  outcome           text not null check (outcome in ('answered_full', 'answered_part', 'refused', 'not_held')),
  message           text not null,
  ground_codes      text[] not null default '{}',
  fee_baht          numeric(12, 2) not null default 0 check (fee_baht >= 0),
  fee_note          text,
  appeal_deadline_at timestamptz,
  answered_by       uuid references users (id),
  created_at        timestamptz not null
);
create index info_request_answers_case_idx on info_request_answers (case_id, created_at);

-- The documents of an answer, each disclosed, partly disclosed (the file is the redacted copy the
-- officer prepared) or withheld (no file). Nothing is published before a person reviewed it:
-- automatic redaction of PDFs is not reliable.
create table info_request_documents (
  id              uuid primary key default gen_random_uuid(),
  case_id         uuid not null references cases (id),
  answer_id       uuid not null references info_request_answers (id),
  title           text not null,
  disclosure      text not null check (disclosure in ('disclosed', 'partly_disclosed', 'withheld')),
  ground_codes    text[] not null default '{}',
  attachment_id   uuid references attachments (id),
  review_status   text not null default 'pending' check (review_status in ('pending', 'approved', 'rejected')),
  reviewed_by     uuid references users (id),
  reviewed_at     timestamptz,
  review_note     text,
  created_at      timestamptz not null,
  check ((disclosure = 'withheld') = (attachment_id is null))
);
create index info_request_documents_case_idx on info_request_documents (case_id);

-- Two different ways to object, each with its own clock:
-- - appeal: against a refusal (sections 14/15), to the Information Disclosure Tribunal through the
--   Commission's office (section 18), filed within its deadline counted from the refusal;
-- - oic_complaint: to the Official Information Commission about delay or no answer (section 13).
create table info_request_objections (
  id                 uuid primary key default gen_random_uuid(),
  case_id            uuid not null references cases (id),
  kind               text not null check (kind in ('appeal', 'oic_complaint')),
  answer_id          uuid references info_request_answers (id),
  reason             text not null,
  status             text not null check (status in ('open', 'decided', 'withdrawn')),
  filed_at           timestamptz not null,
  due_at             timestamptz,
  decision           text,
  decision_note      text,
  decided_at         timestamptz,
  decided_by         uuid references users (id),
  created_by         uuid references users (id)
);
create index info_request_objections_case_idx on info_request_objections (case_id, filed_at);
create index info_request_objections_open_idx on info_request_objections (kind, due_at) where status = 'open';

-- Words taken out of text before it is published, at four scopes: the whole site, one agency, one
-- requester (their contact row) or one request.
create table redaction_rules (
  id           uuid primary key default gen_random_uuid(),
  scope        text not null check (scope in ('site', 'agency', 'requester', 'request')),
  unit_id      uuid references units (id),
  contact_id   uuid references complainant_contacts (id),
  case_id      uuid references cases (id),
  pattern      text not null check (length(pattern) between 1 and 200),
  replacement  text not null default '[ปกปิด]',
  reason       text,
  created_by   uuid references users (id),
  created_at   timestamptz not null,
  check ((scope = 'agency') = (unit_id is not null)),
  check ((scope = 'requester') = (contact_id is not null)),
  check ((scope = 'request') = (case_id is not null))
);
create index redaction_rules_scope_idx on redaction_rules (scope, unit_id, contact_id, case_id);
