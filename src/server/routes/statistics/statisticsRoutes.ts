import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readComplaintStatistics } from '../../../commands/statistics/readComplaintStatistics.ts';
import type { AppDeps } from '../../appDeps.ts';
import { presentComplaintStatistics } from '../../presenters/presentComplaintStatistics.ts';
import { standardErrors } from '../../schemas/common.ts';
import { ComplaintStatistics, StatisticsQuery } from './statisticsSchema.ts';

/** Complaint statistics are aggregates without personal data: readable without signing in. */
export const statisticsRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/statistics/complaints',
    {
      schema: {
        tags: ['statistics'],
        summary:
          'Complaints received, finished, in progress and overdue, days to finish, satisfaction and reopening, for a scope and a fiscal year or range of months',
        querystring: StatisticsQuery,
        response: { 200: ComplaintStatistics, ...standardErrors },
      },
    },
    async (request) => presentComplaintStatistics(await readComplaintStatistics({ ...deps, db: request.readDb }, request.query)),
  );
};
