import type { SearchSynonymRow } from '../../db/queries/searchSynonymQueries.ts';
import type { SearchSynonymView } from '../../shared/api/searchSynonyms.ts';

/** A synonym group as administrators see it: its terms, note, and who changed it last (a staff name, no contact details). */
export function presentSearchSynonym(row: SearchSynonymRow): SearchSynonymView {
  return { id: row.id, terms: row.terms, note: row.note, updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by_name };
}
