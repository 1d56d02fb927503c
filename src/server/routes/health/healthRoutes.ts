import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { checkHealth } from '../../../commands/health/checkHealth.ts';
import type { AppDeps } from '../../appDeps.ts';

export const healthRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Is the service up, and on which database engine',
        response: {
          200: Type.Object({ status: Type.Literal('ok'), engine: Type.String(), time: Type.String({ format: 'date-time' }) }),
        },
      },
    },
    async () => {
      const health = await checkHealth(deps);
      return { status: 'ok' as const, engine: health.engine, time: health.at.toISOString() };
    },
  );
};
