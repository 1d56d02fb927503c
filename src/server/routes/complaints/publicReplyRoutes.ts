import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { replyToCitizen } from '../../../commands/complaints/replyToCitizen.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { EventCreated, IdParams, standardErrors } from '../../schemas/common.ts';
import { PublicReplyBody } from './complaintSchema.ts';
import { expectedVersionOf, IfMatchHeaders } from '../../schemas/ifMatch.ts';

const errors = { ...standardErrors, 422: Type.Ref('ErrorResponse') };

/** Staff write to the citizen (a public reply), apart from internal notes and without moving the complaint. */
export const publicReplyRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.post(
    '/api/complaints/:id/public-reply',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Write to the citizen: shown on their tracking page and sent to them (the unit handling the complaint)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: PublicReplyBody,
        response: { 201: EventCreated, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await replyToCitizen({ ...deps, actor }, request.params.id, {
        message: request.body.message,
        expectedVersion: expectedVersionOf(request.headers),
      });
      reply.status(201);
      return result;
    },
  );
};
