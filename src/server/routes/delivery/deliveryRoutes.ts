import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../appDeps.ts';
import { caseKindRoutes } from './caseKindRoutes.ts';
import { groupRoutes } from './groupRoutes.ts';
import { mapRoutes } from './mapRoutes.ts';
import { questionBoardRoutes } from './questionBoardRoutes.ts';

/** The policy-delivery area's routes, registered by buildApp as one plugin. */
export const deliveryRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  for (const routes of [caseKindRoutes, groupRoutes, questionBoardRoutes, mapRoutes]) await app.register(routes, deps);
};
