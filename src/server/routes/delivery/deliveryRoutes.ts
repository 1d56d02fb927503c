import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../appDeps.ts';
import { caseKindRoutes } from './caseKindRoutes.ts';

/** The policy-delivery area's routes, registered by buildApp as one plugin. */
export const deliveryRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  for (const routes of [caseKindRoutes]) await app.register(routes, deps);
};
