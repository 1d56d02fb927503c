-- Section 13: the Commission considers a complaint within 30 days and may extend that once, with
-- reasons, to 60 days in all. The extension is kept beside the final decision (not in its place), so
-- the record shows both that the clock was extended and what was decided in the end.
alter table info_request_objections add column extended_at timestamptz;
alter table info_request_objections add column extension_note text;
alter table info_request_objections add constraint info_request_objections_decision_check
  check (decision is null or decision in ('upheld', 'overturned', 'partly_overturned', 'agency_ordered_to_answer', 'no_fault'));
alter table info_request_objections add constraint info_request_objections_extension_check
  check (extended_at is null or kind = 'oic_complaint');
