import type { Queryable } from '../database.ts';

/** Sets or clears when and by whom a case was published on the public portal. */
export async function setCasePublication(db: Queryable, caseId: string, publication: { at: Date; by: string } | null): Promise<void> {
  await db.query('update cases set published_at = $2, published_by = $3 where id = $1', [
    caseId,
    publication?.at ?? null,
    publication?.by ?? null,
  ]);
}

export async function findCasePublishedAt(db: Queryable, caseId: string): Promise<Date | null> {
  const result = await db.query<{ published_at: Date | null }>('select published_at from cases where id = $1', [caseId]);
  return result.rows[0]?.published_at ?? null;
}

export interface PublishedCaseRow {
  id: string;
  ref: string;
  kind: string;
  title: string;
  body: string;
  status: string;
  area_code: string | null;
  due_at: Date | null;
  created_at: Date;
  published_at: Date;
  owner_unit_name_th: string;
  owner_unit_name_en: string | null;
}

const PUBLISHED_COLUMNS = `c.id, c.ref, c.kind, c.title, c.body, c.status, c.area_code, c.due_at, c.created_at, c.published_at,
  u.name_th as owner_unit_name_th, u.name_en as owner_unit_name_en`;

/** Published cases, newest publication first (the portal's policy index). */
export async function listPublishedCases(db: Queryable, input: { limit: number }): Promise<PublishedCaseRow[]> {
  const result = await db.query<PublishedCaseRow>(
    `select ${PUBLISHED_COLUMNS} from cases c join units u on u.id = c.owner_unit_id
      where c.published_at is not null and c.kind <> 'complaint'
      order by c.published_at desc, c.id limit $1`,
    [input.limit],
  );
  return result.rows;
}

/** One case, only while it is published. */
export async function findPublishedCase(db: Queryable, caseId: string): Promise<PublishedCaseRow | undefined> {
  const result = await db.query<PublishedCaseRow>(
    `select ${PUBLISHED_COLUMNS} from cases c join units u on u.id = c.owner_unit_id
      where c.id = $1 and c.published_at is not null and c.kind <> 'complaint'`,
    [caseId],
  );
  return result.rows[0];
}

export interface ComplaintStoryRow {
  case_id: string;
  public_text: string;
  place_area_code: string | null;
  public_reply: string;
  before_attachment_id: string | null;
  after_attachment_id: string | null;
  published_at: Date;
  updated_at: Date;
}

const STORY_COLUMNS = `s.case_id, s.public_text, s.place_area_code, s.public_reply, s.before_attachment_id, s.after_attachment_id,
  s.published_at, s.updated_at`;

export async function findComplaintStory(db: Queryable, caseId: string): Promise<ComplaintStoryRow | undefined> {
  const result = await db.query<ComplaintStoryRow>(`select ${STORY_COLUMNS} from complaint_stories s where s.case_id = $1`, [caseId]);
  return result.rows[0];
}

export async function upsertComplaintStory(
  db: Queryable,
  input: {
    caseId: string;
    publicText: string;
    placeAreaCode: string | null;
    publicReply: string;
    beforeAttachmentId: string | null;
    afterAttachmentId: string | null;
    by: string;
    now: Date;
  },
): Promise<void> {
  await db.query(
    `insert into complaint_stories (case_id, public_text, place_area_code, public_reply, before_attachment_id, after_attachment_id,
                                    published_at, published_by, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $7)
     on conflict (case_id) do update set public_text = excluded.public_text, place_area_code = excluded.place_area_code,
       public_reply = excluded.public_reply, before_attachment_id = excluded.before_attachment_id,
       after_attachment_id = excluded.after_attachment_id, updated_at = excluded.updated_at`,
    [
      input.caseId,
      input.publicText,
      input.placeAreaCode,
      input.publicReply,
      input.beforeAttachmentId,
      input.afterAttachmentId,
      input.now,
      input.by,
    ],
  );
}

export async function deleteComplaintStory(db: Queryable, caseId: string): Promise<boolean> {
  const result = await db.query('delete from complaint_stories where case_id = $1', [caseId]);
  return (result.rowCount ?? 0) > 0;
}

export interface PublicStoryRow extends ComplaintStoryRow {
  category_name_th: string;
  category_name_en: string | null;
  place_level: string | null;
  place_name_th: string | null;
  place_name_en: string | null;
  parent_name_th: string | null;
  parent_name_en: string | null;
  resolved_at: Date | null;
}

/**
 * Published stories, newest first, optionally only those placed in some areas (a province's or
 * district's code is the prefix of every area inside it). Joins nothing personal: no contact,
 * complaint text, point, address or tracking code.
 */
export async function listPublicStories(
  db: Queryable,
  input: { areaCodes: readonly string[] | null; limit: number },
): Promise<PublicStoryRow[]> {
  const result = await db.query<PublicStoryRow>(
    `select ${STORY_COLUMNS}, cat.name_th as category_name_th, cat.name_en as category_name_en,
            a.level as place_level, a.name_th as place_name_th, a.name_en as place_name_en,
            pa.name_th as parent_name_th, pa.name_en as parent_name_en, k.resolved_at
       from complaint_stories s
       join complaints k on k.case_id = s.case_id
       join complaint_categories cat on cat.code = k.category_code
       left join areas a on a.code = s.place_area_code
       left join areas pa on pa.code = a.parent_code
      where $1::text[] is null or s.place_area_code like any($1::text[])
      order by s.published_at desc, s.case_id limit $2`,
    [input.areaCodes?.map((code) => `${code}%`) ?? null, input.limit],
  );
  return result.rows;
}

/** Whether an attachment is a published story's before or after photo. */
export async function isPublishedStoryPhoto(db: Queryable, attachmentId: string): Promise<boolean> {
  const result = await db.query<{ found: number }>(
    `select 1 as found from complaint_stories where before_attachment_id = $1 or after_attachment_id = $1 limit 1`,
    [attachmentId],
  );
  return result.rows.length > 0;
}

export interface StoryPlaceRow {
  code: string;
  level: 'province' | 'district' | 'subdistrict';
  name_th: string;
  name_en: string | null;
}

/** The subdistrict and district a complaint lies in, as the choices of a story's approximate place. */
export async function listComplaintPlaces(db: Queryable, caseId: string): Promise<StoryPlaceRow[]> {
  const result = await db.query<StoryPlaceRow>(
    `with k as (select coalesce(subdistrict_code, area_code) as code from complaints where case_id = $1)
     select a.code, a.level, a.name_th, a.name_en from k join areas a
         on a.code in (k.code, substr(k.code, 1, 4)) and a.level in ('subdistrict', 'district')
      order by length(a.code) desc`,
    [caseId],
  );
  return result.rows;
}

/** The statistics scope (grouping id) of an inspection zone by its number; undefined when there is none. */
export async function findZoneGroupingId(db: Queryable, number: number): Promise<string | undefined> {
  const result = await db.query<{ id: string }>(`select id from area_groupings where kind = 'inspection_zone' and number = $1`, [number]);
  return result.rows[0]?.id;
}
