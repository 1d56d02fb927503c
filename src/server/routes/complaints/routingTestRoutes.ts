import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listRoutingRulesForAdmin } from '../../../commands/complaints/listRoutingRulesForAdmin.ts';
import { testRoutingRule } from '../../../commands/complaints/testRoutingRule.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentRoutingRule, presentRoutingTest } from '../../presenters/presentAdminOrg.ts';
import { standardErrors } from '../../schemas/common.ts';
import { RoutingRuleList, RoutingTestBody, RoutingTestResult } from '../../../shared/api/adminOrg.ts';

const errors = { ...standardErrors, 422: Type.Ref('ErrorResponse') };
const tags = ['complaint settings'];

/** Routing rules in names, and "where would this complaint go?", for the administrators' routing-rules page. */
export const routingTestRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/complaint-routing-rules/named',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: "Routing rules with the category's name, the area with its parents and the unit's name (administrators)",
        response: { 200: RoutingRuleList, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: (await listRoutingRulesForAdmin({ ...deps, actor })).map(presentRoutingRule) };
    },
  );

  app.post(
    '/api/complaint-routing-rules/test',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary:
          'Where a complaint of this category (or text) and area would go now, and which rule decided (administrators; writes nothing)',
        body: RoutingTestBody,
        response: { 200: RoutingTestResult, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentRoutingTest(await testRoutingRule({ ...deps, actor }, request.body));
    },
  );
};
