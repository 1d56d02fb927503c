import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../src/server/appDeps.ts';
import { IdempotencyHeaders, PublicComplaintBody } from '../src/server/routes/complaints/complaintSchema.ts';

/**
 * The intake bench's baseline (`npm run bench -- intake`): the same request
 * as POST /api/public/complaints, parsed and validated by the same schema,
 * answered after one plain INSERT. It lives with the bench, not the product:
 * `bench/intake.ts` hands it to `buildApp` as an extra route, so a server
 * started by `tidtam serve` never has it. Hidden from the API description.
 */
export const intakeBaselineRoute: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
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
