/**
 * The open-data tables of information requests (issue #16): per-agency figures by fiscal year, the
 * refusal grounds cited, and the published requests. Counts come from every request (they carry no
 * personal data); text only from what was published, already redacted. Never the case's own text,
 * the requester's contact or the tracking code.
 */
const FISCAL_YEAR = `(extract(year from (r.received_at at time zone 'Asia/Bangkok') + interval '3 months')::int + 543)`;

export const INFO_REQUEST_OPEN_DATA_SQL: Record<string, string> = {
  info_request_statistics: `
    select ${FISCAL_YEAR} as fiscal_year, u.code as agency_code, u.name_th as agency,
           count(*)::int as received, count(r.answered_at)::int as answered,
           count(*) filter (where r.answered_at is not null and r.due_at is not null and r.answered_at <= r.due_at)::int as answered_on_time,
           count(*) filter (where last.outcome = 'answered_full')::int as answered_full,
           count(*) filter (where last.outcome = 'answered_part')::int as answered_part,
           count(*) filter (where last.outcome = 'refused')::int as refused,
           count(*) filter (where last.outcome = 'not_held')::int as not_held,
           count(r.published_at)::int as published
      from info_requests r
      join units u on u.id = r.agency_unit_id
      left join lateral (select a.outcome from info_request_answers a where a.case_id = r.case_id
                          order by a.created_at desc, a.id desc limit 1) last on true
     group by 1, u.code, u.name_th
     order by 1, u.code`,
  info_request_grounds: `
    select ${FISCAL_YEAR} as fiscal_year, u.code as agency_code, u.name_th as agency, g.code as ground_code,
           dg.section as ground_section, dg.item as ground_item, dg.name_th as ground_name, count(distinct r.case_id)::int as requests
      from info_requests r
      join units u on u.id = r.agency_unit_id
      join lateral (select unnest(a.ground_codes) as code from info_request_answers a where a.case_id = r.case_id
                    union select unnest(d.ground_codes) from info_request_documents d where d.case_id = r.case_id) g on true
      left join disclosure_grounds dg on dg.code = g.code
     group by 1, u.code, u.name_th, g.code, dg.section, dg.item, dg.name_th, dg.sort_order
     order by 1, u.code, dg.sort_order, g.code`,
  published_info_requests: `
    select c.ref, u.code as agency_code, u.name_th as agency, r.received_at, r.due_at, r.answered_at, r.published_at, r.state,
           r.published_title
      from info_requests r
      join cases c on c.id = r.case_id
      join units u on u.id = r.agency_unit_id
     where r.published_at is not null
     order by r.published_at, c.ref`,
};
