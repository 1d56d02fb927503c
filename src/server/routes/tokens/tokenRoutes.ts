import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../../../commands/accounts/tokens.ts';
import { insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRow } from '../../../db/queries/sessionQueries.ts';
import { AppError } from '../../../domain/errors.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { IdParams, IsoDateTime, Nullable, Ok, standardErrors, Uuid } from '../../schemas/common.ts';
import { days as daysToMs } from '../../../shared/thaiTime.ts';

const TokenView = Type.Object({
  id: Uuid,
  name: Type.String(),
  createdAt: IsoDateTime,
  expiresAt: Nullable(IsoDateTime),
  revokedAt: Nullable(IsoDateTime),
});
const CreateTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
  },
  { additionalProperties: false },
);

function present(row: ApiTokenRow) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** API tokens for machine clients act as the user who made them, with that user's role and unit. */
export const tokenRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'My API tokens',
        response: { 200: Type.Object({ items: Type.Array(TokenView) }), ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: (await listApiTokens(deps.db, actor.userId)).map(present) };
    },
  );

  app.post(
    '/api/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is shown once',
        body: CreateTokenBody,
        response: { 201: Type.Intersect([TokenView, Type.Object({ token: Type.String() })]), ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = deps.clock.now();
      const token = newSecret(API_TOKEN_PREFIX);
      const days = request.body.expiresInDays;
      const row = await insertApiToken(deps.db, {
        userId: actor.userId,
        name: request.body.name,
        tokenHash: hashSecret(token),
        now,
        expiresAt: days ? new Date(now.getTime() + daysToMs(days)) : null,
      });
      reply.status(201);
      return { ...present(row), token };
    },
  );

  app.delete(
    '/api/tokens/:id',
    { schema: { tags: ['tokens'], summary: 'Revoke one of my API tokens', params: IdParams, response: { 200: Ok, ...standardErrors } } },
    async (request) => {
      const actor = requireActor(request);
      const revoked = await revokeApiToken(deps.db, { id: request.params.id, userId: actor.userId, now: deps.clock.now() });
      if (!revoked) throw new AppError('not_found');
      return { ok: true as const };
    },
  );
};
