import type { Queryable } from '../../src/db/database.ts';
import type { TraffyShape } from './traffyShape.ts';

/** Bangkok's share of the country's complaints (Bangkok files far more per head, as Traffy and 1111 show). */
export const BANGKOK_SHARE = 0.15;

const TEXT_BATCH = 5_000;

/**
 * Lookup tables the set-based inserts draw from, numbered from 1 so a random number picks a row by
 * index: the real texts with their category's service level (bench_texts), the subdistricts with
 * their handling units (bench_places, Bangkok's first), the provincial halls (bench_halls) and the
 * ministries and departments that own directives (bench_owners). Unlogged: they are scaffolding.
 */
export async function createBenchInputs(db: Queryable, shape: TraffyShape): Promise<{ texts: number; bangkok: number; places: number }> {
  await db.exec(`drop table if exists bench_texts, bench_places, bench_halls, bench_owners, bench_stage_0, bench_stage_1;`);
  // In batches: the search bench's pool of varied texts is far larger than one parameter should be.
  await db.exec(`drop table if exists bench_texts_load;
    create unlogged table bench_texts_load (category text, title text, body text, search_words text, signature bit(2048),
                                            ack_hours int, resolve_hours int)`);
  for (let start = 0; start < shape.texts.length; start += TEXT_BATCH) {
    const batch = shape.texts.slice(start, start + TEXT_BATCH);
    await db.query(
      `insert into bench_texts_load
       select t.category, t.title, t.body, t.search_words, ('x' || t.signature)::bit(2048) as signature,
              coalesce(c.acknowledge_hours, d.acknowledge_hours, 72) as ack_hours, coalesce(c.resolve_hours, d.resolve_hours) as resolve_hours
         from jsonb_to_recordset($1::jsonb) as t(category text, title text, body text, search_words text, signature text)
         join complaint_categories c on c.code = t.category
         left join lateral (select acknowledge_hours, resolve_hours from service_levels
                             where case_kind = 'complaint' and category is null and priority is null limit 1) d on true`,
      [JSON.stringify(batch.map((t) => ({ ...t, search_words: t.searchWords })))],
    );
  }
  // Numbered from 1 without gaps (a text whose category is unknown is left out), so a random number picks a row.
  await db.exec(`create unlogged table bench_texts as select row_number() over ()::int as i, * from bench_texts_load;
    drop table bench_texts_load;`);
  await db.exec(`
    create unlogged table bench_places as
    select row_number() over (order by (s.code like '10%') desc, s.code)::int as i,
           s.code as subdistrict_code, left(s.code, 4) as district_code, left(s.code, 2) as province_code,
           coalesce(o.id, h.id) as district_office_id, h.id as hall_id
      from areas s
      join units h on h.kind = 'provincial_hall' and h.area_code = left(s.code, 2)
      left join units o on o.kind = 'district_office' and o.area_code = left(s.code, 4)
     where s.level = 'subdistrict';
    create unique index on bench_places (i);
    create unlogged table bench_halls as
    select row_number() over (order by area_code)::int as i, id from units where kind = 'provincial_hall';
    create unique index on bench_halls (i);
    create unlogged table bench_owners as
    select row_number() over (order by code)::int as i, id from units where kind in ('ministry', 'department');
    create unique index on bench_owners (i);
    create unique index on bench_texts (i);
    analyze bench_texts; analyze bench_places; analyze bench_halls; analyze bench_owners;`);
  const counts = await db.query<{ texts: number; bangkok: number; places: number }>(
    `select (select count(*) from bench_texts)::int as texts,
            (select count(*) from bench_places where province_code = '10')::int as bangkok,
            (select count(*) from bench_places)::int as places`,
  );
  return counts.rows[0]!;
}
