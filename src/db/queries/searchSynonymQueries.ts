import type { Queryable } from '../database.ts';

export interface SearchSynonymRow {
  id: number;
  terms: string[];
  note: string;
  updated_at: Date;
  updated_by_name: string | null;
}

const columns = `s.id, s.terms, s.note, s.updated_at, u.display_name as updated_by_name
  from search_synonyms s left join users u on u.id = s.updated_by`;

/** Every synonym group, oldest first (the seeded defaults, then what administrators added), with who changed it last. */
export async function listSearchSynonyms(db: Queryable): Promise<SearchSynonymRow[]> {
  return (await db.query<SearchSynonymRow>(`select ${columns} order by s.id`)).rows;
}

/** One group, locked for the transaction that changes or removes it. */
export async function findSearchSynonymForUpdate(db: Queryable, id: number): Promise<SearchSynonymRow | undefined> {
  const result = await db.query<SearchSynonymRow>(
    `select s.id, s.terms, s.note, s.updated_at, null::text as updated_by_name from search_synonyms s where s.id = $1 for update`,
    [id],
  );
  return result.rows[0];
}

/**
 * Keeps two changes from putting one term in two groups at once: the check reads every group,
 * so writers take turns (readers, the search included, are not held up: EXCLUSIVE mode lets
 * plain selects through).
 */
export async function lockSearchSynonymsForWrite(db: Queryable): Promise<void> {
  await db.query('lock table search_synonyms in exclusive mode');
}

/** Groups other than `exceptId` that hold any of `terms`, with the terms they share. */
export async function findGroupsHoldingTerms(
  db: Queryable,
  terms: readonly string[],
  exceptId: number | null,
): Promise<{ id: number; terms: string[]; shared: string[] }[]> {
  const result = await db.query<{ id: number; terms: string[]; shared: string[] }>(
    `select s.id, s.terms, array(select t from unnest(s.terms) t where t = any($1::text[])) as shared
       from search_synonyms s
      where s.terms && $1::text[] and ($2::bigint is null or s.id <> $2::bigint)
      order by s.id`,
    [terms, exceptId],
  );
  return result.rows;
}

export async function insertSearchSynonym(
  db: Queryable,
  input: { terms: readonly string[]; note: string; updatedBy: string | null; at: Date },
): Promise<number> {
  const result = await db.query<{ id: number }>(
    'insert into search_synonyms (terms, note, updated_by, updated_at) values ($1::text[], $2, $3, $4) returning id',
    [input.terms, input.note, input.updatedBy, input.at],
  );
  return result.rows[0]!.id;
}

export async function updateSearchSynonym(
  db: Queryable,
  id: number,
  input: { terms: readonly string[]; note: string; updatedBy: string | null; at: Date },
): Promise<void> {
  await db.query('update search_synonyms set terms = $2::text[], note = $3, updated_by = $4, updated_at = $5 where id = $1', [
    id,
    input.terms,
    input.note,
    input.updatedBy,
    input.at,
  ]);
}

export async function deleteSearchSynonym(db: Queryable, id: number): Promise<void> {
  await db.query('delete from search_synonyms where id = $1', [id]);
}
