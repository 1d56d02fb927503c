import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readLeagueTable } from '../../../commands/statistics/readLeagueTable.ts';
import type { AppDeps } from '../../appDeps.ts';
import { actorOf } from '../../plugins/authenticate.ts';
import { presentLeagueTable } from '../../presenters/presentLeagueTable.ts';
import { standardErrors } from '../../schemas/common.ts';
import { LeagueQuery, LeagueTable } from './leagueSchema.ts';

/**
 * The league table of provinces, ministries or units: public, because complaint figures are; a
 * signed-in caller also gets directive acknowledgement and people helped within their reach.
 */
export const leagueRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/statistics/league',
    {
      schema: {
        tags: ['statistics'],
        summary: 'Provinces, ministries or units ranked by volume-adjusted resolution, acknowledgement or people helped, for a fiscal year',
        querystring: LeagueQuery,
        response: { 200: LeagueTable, ...standardErrors },
      },
    },
    async (request) => {
      const actor = request.user ? actorOf(request.user) : null;
      const result = await readLeagueTable(
        { db: request.readDb, clock: deps.clock, actor },
        { level: request.query.level, fiscalYear: request.query.fiscalYear, rankBy: request.query.rankBy },
      );
      return presentLeagueTable(result);
    },
  );
};
