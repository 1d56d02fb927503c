import type { Queryable } from '../database.ts';

/**
 * The synonym groups as search applies them, read for every search: the table is small (a few
 * hundred terms at most) and several server processes share it, so an administrator's change
 * shows in the next search of every process without a cache to expire. Written by
 * `searchSynonymQueries.ts` (the administrators' page).
 */
export async function readSynonymGroups(db: Queryable): Promise<string[][]> {
  const result = await db.query<{ terms: string[] }>('select terms from search_synonyms order by id');
  return result.rows.map((row) => row.terms);
}
