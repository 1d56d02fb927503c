import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
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
      await deps.db.query('select 1');
      return { status: 'ok' as const, engine: deps.db.engine, time: deps.clock.now().toISOString() };
    },
  );
};
