import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { clusterRule } from '../../../domain/statistics/complaintClusterRule.ts';
import { listComplaintClusters } from '../../../commands/clusters/listComplaintClusters.ts';
import { raiseComplaintCluster } from '../../../commands/clusters/raiseComplaintCluster.ts';
import { readAreaComplaintTrend } from '../../../commands/clusters/readAreaComplaintTrend.ts';
import { endOfThaiDay } from '../../../shared/thaiTime.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentAreaComplaintTrend, presentCluster } from '../../presenters/presentCluster.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import { AreaComplaintTrendView, ClusterList, ClusterRaised, RaiseClusterBody } from './clusterSchema.ts';

const tags = ['clusters'];

/** Complaint clusters (issue #11 item 7): the delivery unit sees them and raises them into directives. */
export const clusterRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/complaint-clusters',
    {
      schema: {
        tags,
        summary:
          "This month's and last month's complaint clusters: a district's category against its own previous 6 months (national reach)",
        response: { 200: ClusterList, ...standardErrors },
      },
    },
    async (request) => {
      const answer = await listComplaintClusters({ ...deps, db: request.readDb, actor: requireActor(request) });
      return { rule: { ...clusterRule }, months: answer.months, clusters: answer.clusters.map(presentCluster) };
    },
  );

  app.post(
    '/api/complaint-clusters/raise',
    {
      schema: {
        tags,
        summary: 'Raise a complaint cluster into a directive of the delivery unit that carries the cluster and its complaints',
        body: RaiseClusterBody,
        response: { 201: ClusterRaised, ...standardErrors },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const created = await raiseComplaintCluster(
        { ...deps, actor: requireActor(request) },
        {
          districtCode: body.districtCode,
          categoryCode: body.categoryCode,
          month: body.month,
          dueAt: body.dueDate ? endOfThaiDay(body.dueDate) : null,
        },
      );
      reply.status(201);
      return created;
    },
  );

  app.get(
    '/api/cases/:id/complaint-trend',
    {
      schema: {
        tags,
        summary: "Complaints in a case's area and category, 6 months before the month it was issued and up to 6 after",
        params: IdParams,
        response: { 200: AreaComplaintTrendView, ...standardErrors },
      },
    },
    async (request) =>
      presentAreaComplaintTrend(await readAreaComplaintTrend({ ...deps, actor: requireActor(request) }, request.params.id)),
  );
};
