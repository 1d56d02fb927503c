import { Type, type Static } from 'typebox';
import { synonymLimits } from '../searchSynonymTerms.ts';
import { IsoDateTime, Nullable } from './common.ts';

/**
 * The shapes of `/api/search-synonyms` (issue #14, item 5): groups of words people use for the same
 * public service, which a search for any one of them widens to. The schema bounds what is read;
 * the exact rules (1 to 60 characters a term, 2 to 30 distinct terms, a term in one group only)
 * are checked after the terms are normalized, with a message that says which term to fix.
 */
export const SearchSynonymView = Type.Object({
  id: Type.Integer({ description: 'The group number, as refusals name it' }),
  terms: Type.Array(Type.String(), { description: 'Normalized: NFC, trimmed, Latin letters lower-cased' }),
  note: Type.String(),
  updatedAt: IsoDateTime,
  updatedBy: Nullable(Type.String({ description: 'Who changed the group last; null for the shipped defaults' })),
});
export type SearchSynonymView = Static<typeof SearchSynonymView>;

export const SearchSynonymList = Type.Object({ items: Type.Array(SearchSynonymView) });
export type SearchSynonymList = Static<typeof SearchSynonymList>;

export const SearchSynonymBody = Type.Object(
  {
    terms: Type.Array(Type.String({ maxLength: 4 * synonymLimits.termMax }), {
      maxItems: 4 * synonymLimits.termsMax,
      description: `${synonymLimits.termsMin} to ${synonymLimits.termsMax} distinct terms of 1 to ${synonymLimits.termMax} characters; repeats are dropped`,
    }),
    note: Type.Optional(Type.String({ maxLength: 4 * synonymLimits.noteMax, description: 'Why these words belong together' })),
  },
  { additionalProperties: false },
);
export type SearchSynonymBody = Static<typeof SearchSynonymBody>;

export const SearchSynonymParams = Type.Object(
  { id: Type.String({ pattern: '^[1-9][0-9]{0,14}$', description: 'The group number' }) },
  { additionalProperties: false },
);
