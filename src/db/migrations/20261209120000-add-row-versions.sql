-- Several server processes on one database (issue #15, item 3).
--
-- 1. Optimistic concurrency: the rows officers edit carry a version that every
--    UPDATE of the row raises (a trigger, so no writer can forget it). The API
--    shows it; a write sent with `If-Match: "<version>"` that no longer matches
--    is refused with 409 `stale_write` instead of overwriting a change the
--    officer never saw.
alter table cases add column version integer not null default 1;
alter table assignments add column version integer not null default 1;

create function bump_row_version() returns trigger language plpgsql as $$
begin
  new.version := old.version + 1;
  return new;
end;
$$;

create trigger cases_bump_version before update on cases
  for each row execute function bump_row_version();
create trigger assignments_bump_version before update on assignments
  for each row execute function bump_row_version();

-- 2. Caches in every process: each process keeps the complaint configuration
--    (categories with their keywords, routing rules, units, areas, service
--    levels) and the classifier model in memory, and reloads them when
--    `complaint_config_version` moves. Bumping it from triggers covers every
--    writer (the admin pages, the CLI imports, plain SQL), and a stored
--    classifier model moves it too, so every process picks the model up at its
--    next read of the configuration.
create function bump_complaint_config_version() returns trigger language plpgsql as $$
begin
  update complaint_config_version set version = version + 1;
  return null;
end;
$$;

create trigger complaint_categories_bump_config after insert or update or delete on complaint_categories
  for each statement execute function bump_complaint_config_version();
create trigger complaint_routing_rules_bump_config after insert or update or delete on complaint_routing_rules
  for each statement execute function bump_complaint_config_version();
create trigger units_bump_config after insert or update or delete on units
  for each statement execute function bump_complaint_config_version();
create trigger areas_bump_config after insert or update or delete on areas
  for each statement execute function bump_complaint_config_version();
create trigger service_levels_bump_config after insert or update or delete on service_levels
  for each statement execute function bump_complaint_config_version();
create trigger classifier_models_bump_config after insert or update or delete on classifier_models
  for each statement execute function bump_complaint_config_version();
