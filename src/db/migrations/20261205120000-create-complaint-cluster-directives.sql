-- Complaint clusters raised into directives (issue #11 item 7: complaints ↔ policy).
--
-- Clusters themselves are not stored: they are read off the complaint aggregates (a district ×
-- category × month against its own previous 6 months, domain/statistics/complaintClusterRule.ts).
-- What is stored is the delivery unit's decision: which cluster became which directive, and the
-- complaints it carried as evidence.

-- The months that may hold a cluster, read without scanning every aggregate: only district rows by
-- category, and only those with enough complaints to be one.
create index complaint_stats_district_category_idx on complaint_stats (month, received)
  where dim = 'category' and scope like 'd:%';

-- The evidence of one cluster: the complaints of one district, category and month.
create index complaint_stat_facts_area_idx on complaint_stat_facts (district_code, category_code, month);

-- One directive per cluster; raising it again is a conflict, and the cluster list names the directive.
create table cluster_directives (
  case_id       uuid primary key references cases (id),
  district_code text not null references areas (code),
  category_code text not null references complaint_categories (code),
  month         date not null,
  unique (district_code, category_code, month)
);

-- The complaints a directive was raised from, as they were when it was raised.
create table cluster_evidence (
  case_id           uuid not null references cluster_directives (case_id),
  complaint_case_id uuid not null references cases (id),
  primary key (case_id, complaint_case_id)
);
