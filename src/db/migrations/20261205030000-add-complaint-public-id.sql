-- Issue 9, finding 2: the tracking code was published (Open311's service_request_id, the
-- likely-duplicate hints), and the code is all it takes to rate or reopen a complaint. Each
-- complaint gets a public id to show instead; the tracking code stays its citizen's secret.
--
-- New complaints get theirs at intake, made in TypeScript (domain/complaints/publicId.ts: 12
-- characters of lower-case Crockford base32). Existing rows get one here in the same alphabet and
-- length, from the random bytes of gen_random_uuid() (byte 6 is skipped: it carries the UUID's
-- version), so 60 random bits each, drawn again in the unlikely case two rows draw the same.
alter table complaints add column public_id text;

create function complaint_random_public_id() returns text language sql volatile as $$
  select string_agg(substr('0123456789abcdefghjkmnpqrstvwxyz', 1 + get_byte(r.bytes, n + (n >= 6)::int) % 32, 1), '' order by n)
    from (select uuid_send(gen_random_uuid()) as bytes) r, generate_series(0, 11) n
$$;

update complaints set public_id = complaint_random_public_id();

do $$
begin
  loop
    update complaints set public_id = complaint_random_public_id()
     where public_id in (select public_id from complaints group by public_id having count(*) > 1);
    exit when not found;
  end loop;
end $$;

drop function complaint_random_public_id();

alter table complaints alter column public_id set not null;
alter table complaints add constraint complaints_public_id_key unique (public_id);
alter table complaints add constraint complaints_public_id_check check (public_id ~ '^[0-9a-hjkmnp-tv-z]{12}$');
