-- Issue #14, item 2: the suggester learns from the people who correct it.

-- A staff-labelled example: the category an operator filed a complaint under (confirming the
-- suggester's first choice or overruling it) or the one staff moved it to later. The newest one
-- of a case is its label. The text is stored masked, as the title and lists show it.
create table classifier_training_examples (
  id             bigint generated always as identity primary key,
  case_id        uuid not null references cases (id) on delete cascade,
  text           text not null,
  category_code  text not null,
  suggested_code text,
  source         text not null check (source in ('intake', 'recategorised')),
  recorded_by    uuid references users (id),
  recorded_at    timestamptz not null
);
create index classifier_training_examples_recorded_idx on classifier_training_examples (recorded_at);
create index classifier_training_examples_case_idx on classifier_training_examples (case_id, recorded_at desc);

-- Every training attempt is kept, installed or not; a model that was not installed keeps no model.
-- `examples`, `top1`, `top3` and `model` mean what they meant: the rows with a model are the installed ones.
alter table classifier_models alter column model drop not null;
alter table classifier_models add column installed boolean not null default true;
alter table classifier_models add column trained_through timestamptz;
alter table classifier_models add column shipped_examples integer;
alter table classifier_models add column staff_examples integer;
alter table classifier_models add column closed_examples integer;
alter table classifier_models add column held_out integer;
alter table classifier_models add column per_category jsonb;
alter table classifier_models add column baseline_top1 double precision;
alter table classifier_models add column baseline_top3 double precision;
alter table classifier_models add column outcome text;
