-- The tamper-evident audit trail (issue 15, item 1): ONE hash chain over both append-only event
-- tables. Each committed event gets an entry: row_hash = sha256(the row's canonical text) and
-- chain_hash = sha256(previous chain_hash || row_hash || seq as 8 bytes, big-endian), so changing,
-- removing or slipping in an event anywhere breaks every hash after it (`tidtam audit verify`), and
-- a published head (`tidtam audit anchor`) catches even a rewrite that recomputed them all.
--
-- The entry is written by a deferred constraint trigger, at commit: it locks the one head row last
-- of all the locks its transaction takes, so it cannot deadlock with the row locks of commands, and
-- the chain's order is the order in which transactions commit, across connections and processes.
-- (In a REPEATABLE READ transaction that commits behind another chaining one, the head update fails
-- with a serialization error, as any write conflict there does: nothing is chained wrong.)
--
-- The canonical text must stay exactly what src/domain/audit/chainCanonical.ts builds (tested):
-- each field as its text form (uuid and bigint ::text, jsonb::text, timestamps in UTC with
-- microseconds), null as "-", any other value as "<bytes>:<text>", the table's name first.
create table event_chain (
  seq        bigint primary key,
  source     text not null check (source in ('case_events', 'audit_events')),
  event_id   bigint not null,
  row_hash   bytea not null,
  chain_hash bytea not null,
  chained_at timestamptz not null,
  unique (source, event_id)
);

create function event_chain_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'event_chain is append-only' using errcode = 'P0001';
end $$;
create trigger event_chain_no_update before update or delete on event_chain
  for each row execute function event_chain_append_only();

-- The last entry; seq 0 and the genesis hash before the first. Its seq is not indexed, so moving it is
-- a HOT update.
create table event_chain_head (
  one        boolean primary key default true check (one),
  seq        bigint not null,
  chain_hash bytea not null
);
insert into event_chain_head (seq, chain_hash) values (0, sha256(convert_to('tidtam-genesis', 'UTF8')));

create function event_chain_field(value text) returns text language sql immutable as $$
  select case when value is null then '-' else octet_length(value)::text || ':' || value end
$$;

create function case_event_canonical(e case_events) returns text language sql stable as $$
  select event_chain_field('case_events') || event_chain_field(e.id::text) || event_chain_field(e.case_id::text)
      || event_chain_field(e.assignment_id::text) || event_chain_field(e.type) || event_chain_field(e.actor_user_id::text)
      || event_chain_field(e.actor_unit_id::text) || event_chain_field(e.data::text)
      || event_chain_field(to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))
$$;

create function audit_event_canonical(e audit_events) returns text language sql stable as $$
  select event_chain_field('audit_events') || event_chain_field(e.id::text) || event_chain_field(e.category)
      || event_chain_field(e.action) || event_chain_field(e.actor_user_id::text) || event_chain_field(e.target_type)
      || event_chain_field(e.target_id) || event_chain_field(e.before::text) || event_chain_field(e.after::text)
      || event_chain_field(e.data::text) || event_chain_field(e.ip)
      || event_chain_field(to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))
$$;

-- Moves the head one entry on and writes that entry. The first event a transaction chains finds the
-- head row and locks it (the last lock the transaction takes); the next ones update the version it
-- left by its ctid, kept in a transaction-local setting: a row updated n times in one transaction
-- has n versions, and finding the live one by scanning them would cost n² (intake writes a hundred
-- events in one commit, the demo history thousands). A savepoint rolled back takes the setting back
-- with the version it named.
create function event_chain_link(p_source text, p_event_id bigint, p_row_hash bytea) returns void language plpgsql as $$
declare
  v_ctid  text := current_setting('tidtam.chain_head_ctid', true);
  v_seq   bigint;
  v_chain bytea;
  v_next  tid;
begin
  if v_ctid is null or v_ctid = '' then
    update event_chain_head set seq = seq + 1, chain_hash = sha256(chain_hash || p_row_hash || int8send(seq + 1))
     returning seq, chain_hash, ctid into v_seq, v_chain, v_next;
  else
    update event_chain_head set seq = seq + 1, chain_hash = sha256(chain_hash || p_row_hash || int8send(seq + 1))
     where ctid = v_ctid::tid
     returning seq, chain_hash, ctid into v_seq, v_chain, v_next;
  end if;
  if v_seq is null then
    raise exception 'event_chain_head is missing' using errcode = 'P0001';
  end if;
  insert into event_chain (seq, source, event_id, row_hash, chain_hash, chained_at)
  values (v_seq, p_source, p_event_id, p_row_hash, v_chain, clock_timestamp());
  perform set_config('tidtam.chain_head_ctid', v_next::text, true);
end $$;

create function case_events_chain() returns trigger language plpgsql as $$
begin
  perform event_chain_link('case_events', new.id, sha256(convert_to(case_event_canonical(new), 'UTF8')));
  return null;
end $$;
create constraint trigger case_events_chain after insert on case_events
  deferrable initially deferred for each row execute function case_events_chain();

create function audit_events_chain() returns trigger language plpgsql as $$
begin
  perform event_chain_link('audit_events', new.id, sha256(convert_to(audit_event_canonical(new), 'UTF8')));
  return null;
end $$;
create constraint trigger audit_events_chain after insert on audit_events
  deferrable initially deferred for each row execute function audit_events_chain();

-- The events already recorded, oldest first, so an upgraded database verifies clean.
do $$
declare
  r       record;
  v_seq   bigint := 0;
  v_chain bytea := sha256(convert_to('tidtam-genesis', 'UTF8'));
begin
  for r in
    select source, id, row_hash from (
      select 'case_events' as source, e.id, e.created_at, sha256(convert_to(case_event_canonical(e), 'UTF8')) as row_hash
        from case_events e
      union all
      select 'audit_events', a.id, a.created_at, sha256(convert_to(audit_event_canonical(a), 'UTF8'))
        from audit_events a
    ) existing
    order by created_at, source, id
  loop
    v_seq := v_seq + 1;
    v_chain := sha256(v_chain || r.row_hash || int8send(v_seq));
    insert into event_chain (seq, source, event_id, row_hash, chain_hash, chained_at)
    values (v_seq, r.source, r.id, r.row_hash, v_chain, clock_timestamp());
  end loop;
  update event_chain_head set seq = v_seq, chain_hash = v_chain;
end $$;
