import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../../../commands/accounts/tokens.ts';
import { recordAdminChange } from '../../../commands/audit/recordAdminChange.ts';
import { insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRow } from '../../../db/queries/sessionQueries.ts';
import { AppError } from '../../../domain/errors.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { IdParams, IsoDateTime, Nullable, Ok, standardErrors, Uuid } from '../../schemas/common.ts';

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
      const row = await deps.db.transaction(async (tx) => {
        const made = await insertApiToken(tx, {
          userId: actor.userId,
          name: request.body.name,
          tokenHash: hashSecret(token),
          now,
          expiresAt: days ? new Date(now.getTime() + days * 86_400_000) : null,
        });
        const after = { userId: actor.userId, name: made.name, expiresAt: made.expires_at?.toISOString() ?? null };
        await recordAdminChange(
          tx,
          { actor, at: now },
          { action: 'api_token.create', targetType: 'api_token', targetId: made.id, before: null, after },
        );
        return made;
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
      const now = deps.clock.now();
      await deps.db.transaction(async (tx) => {
        const revoked = await revokeApiToken(tx, { id: request.params.id, userId: actor.userId, now });
        if (!revoked) throw new AppError('not_found');
        await recordAdminChange(
          tx,
          { actor, at: now },
          {
            action: 'api_token.revoke',
            targetType: 'api_token',
            targetId: request.params.id,
            before: { revokedAt: null },
            after: { revokedAt: now.toISOString() },
          },
        );
      });
      return { ok: true as const };
    },
  );
};
