import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createApiToken } from '../../../commands/accounts/createApiToken.ts';
import { listMyApiTokens } from '../../../commands/accounts/listApiTokens.ts';
import { revokeApiToken } from '../../../commands/accounts/revokeApiToken.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { CreatedToken, presentApiToken, TokenList } from '../../presenters/presentApiToken.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { CreateTokenBody } from './tokenSchema.ts';

/**
 * API tokens for machine clients act as the user who made them, within the token's scopes and
 * never beyond the user's role. They are managed only from a browser session (`apiToken: 'never'`):
 * a token cannot make, list or revoke tokens, so a leaked one cannot make itself a successor.
 */
export const tokenRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/tokens',
    {
      config: { apiToken: 'never' },
      schema: {
        tags: ['tokens'],
        security: [{ session: [] }],
        summary: 'My API tokens, with their scopes and expiry (browser session only)',
        response: { 200: TokenList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: (await listMyApiTokens({ ...deps, actor })).map(presentApiToken) };
    },
  );

  app.post(
    '/api/tokens',
    {
      // Re-entering the password here is a second place to guess it: as few tries as at sign-in.
      config: {
        apiToken: 'never',
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) => `token:${request.user?.id ?? request.ip}`,
        },
      },
      schema: {
        tags: ['tokens'],
        security: [{ session: [] }],
        summary: 'Create an API token, re-entering the password (browser session only); the secret is shown once',
        body: CreateTokenBody,
        response: { 201: CreatedToken, ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { name, password, scopes, expiresInDays } = request.body;
      const { row, token } = await createApiToken(
        { ...deps, actor },
        { name, password, scopes: scopes ?? ['read'], ...(expiresInDays !== undefined ? { expiresInDays } : {}) },
      );
      reply.status(201);
      return { ...presentApiToken(row), token };
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { apiToken: 'never' },
      schema: {
        tags: ['tokens'],
        security: [{ session: [] }],
        summary: 'Revoke one of my API tokens (browser session only)',
        params: IdParams,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await revokeApiToken({ ...deps, actor }, request.params.id);
      return { ok: true as const };
    },
  );
};
