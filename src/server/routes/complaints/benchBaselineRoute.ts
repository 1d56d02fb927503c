import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../appDeps.ts';
import { IdempotencyHeaders, PublicComplaintBody } from './complaintSchema.ts';

/**
 * The intake bench's baseline (`npm run bench -- intake`): the same request
 * as POST /api/public/complaints, parsed and validated by the same schema,
 * answered after one plain INSERT. Registered only when the bench asks for it
 * (`AppDeps.benchBaseline`), never in the product, and hidden from the API description.
 */
export const benchBaselineRoute: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.post(
    '/api/bench/baseline-intake',
    {
      schema: {
        hide: true,
        headers: IdempotencyHeaders,
        body: PublicComplaintBody,
        response: { 201: Type.Object({ id: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const result = await deps.db.query<{ id: number }>(
        'insert into bench_intake_baseline (description, area_code, created_at) values ($1, $2, $3) returning id',
        [request.body.description, request.body.areaCode, deps.clock.now()],
      );
      reply.status(201);
      return { id: result.rows[0]!.id };
    },
  );
};
