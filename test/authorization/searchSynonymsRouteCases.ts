import { randomBytes } from 'node:crypto';
import { insertSearchSynonym } from '../../src/db/queries/searchSynonymQueries.ts';
import { only, same, type Ctx, type RouteCase } from './kit.ts';

/** Terms no other group holds, so each call reaches the rule being tested rather than the one-group-per-term refusal. */
const freshTerms = () => {
  const tag = randomBytes(4).toString('hex');
  return [`ไฟถนน${tag}`, `ไฟส่องสว่าง${tag}`];
};
const group = async ({ t }: Ctx) => insertSearchSynonym(t.db, { terms: freshTerms(), note: '', updatedBy: null, at: t.clock.now() });

/** Issue #14, item 5: the search synonym groups, kept by administrators only. */
export const searchSynonymsRouteCases: RouteCase[] = [
  {
    route: 'GET /api/search-synonyms',
    call: async () => ({ method: 'GET', url: '/api/search-synonyms' }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'POST /api/search-synonyms',
    call: async () => ({ method: 'POST', url: '/api/search-synonyms', payload: { terms: freshTerms() } }),
    expected: same(only({ admin: 201 }, 403)),
  },
  {
    route: 'PUT /api/search-synonyms/{id}',
    call: async (ctx) => ({
      method: 'PUT',
      url: `/api/search-synonyms/${await group(ctx)}`,
      payload: { terms: freshTerms(), note: 'ไฟทาง' },
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'DELETE /api/search-synonyms/{id}',
    call: async (ctx) => ({ method: 'DELETE', url: `/api/search-synonyms/${await group(ctx)}` }),
    expected: same(only({ admin: 200 }, 403)),
  },
];
