-- The documents of one answer share its time; this number keeps them in the order the officer added
-- them, so the requester, the reviewer and the public read them in one stable order.
alter table info_request_documents add column seq bigint generated always as identity;
