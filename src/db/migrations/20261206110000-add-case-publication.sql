-- Staff choose what the public portal shows (issue #12): a policy, directive or other delivery
-- case appears on the portal, in open data and on share cards only from when its owner publishes
-- it until it is withdrawn. Nothing is public by default except complaint statistics. Publishing
-- and withdrawing append a case event in the same transaction.
alter table cases add column published_at timestamptz;
alter table cases add column published_by uuid references users (id);
create index cases_published_idx on cases (published_at) where published_at is not null;
