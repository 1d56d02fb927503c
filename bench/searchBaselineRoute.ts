import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../src/server/appDeps.ts';

/**
 * The search bench's baseline (`npm run bench -- search`): the plain search anyone writes first,
 * `title ILIKE '%q%' OR body ILIKE '%q%'` ordered by created_at desc, limit 20, with no word
 * index, no ranking and no reach check. It lives with the bench, not the product: `bench/search.ts`
 * hands it to `buildApp` as an extra route, so it is measured through the same HTTP server and the
 * same pool as GET /api/cases, and a server started by `tidtam serve` never has it. Hidden from the API description.
 */
export const searchBaselineRoute: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/bench/baseline-search',
    { schema: { hide: true, querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 200 }) }) } },
    async (request) => {
      const like = `%${request.query.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      const result = await deps.db.query<{ id: string; ref: string; title: string; created_at: Date }>(
        `select id, ref, title, created_at from cases where title ilike $1 or body ilike $1 order by created_at desc limit 20`,
        [like],
      );
      return { items: result.rows };
    },
  );
};
