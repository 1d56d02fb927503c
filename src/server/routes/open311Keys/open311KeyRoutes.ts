import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createOpen311ApiKey } from '../../../commands/channels/createOpen311ApiKey.ts';
import { listOpen311Keys } from '../../../commands/channels/listOpen311Keys.ts';
import { revokeOpen311Key } from '../../../commands/channels/revokeOpen311Key.ts';
import { AppError } from '../../../domain/errors.ts';
import { canManageUsers } from '../../../domain/policies/adminPolicy.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentOpen311Key } from '../../presenters/presentOpen311Key.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { CreatedOpen311Key, CreateOpen311KeyBody, Open311KeyList } from './open311KeySchema.ts';

/**
 * Open311 keys from the browser (issue 13, items 13 and 16): administrators list, make and revoke
 * the keys civic apps post with, while the server runs, without the command line. Each change is in
 * the administration trail; a key is answered once, when made.
 */
export const open311KeyRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/open311-keys',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['open311'],
        summary: 'Open311 API keys, live and revoked, with quota and last use (administrators)',
        response: { 200: Open311KeyList, ...standardErrors },
      },
    },
    async (request) => ({ items: (await listOpen311Keys({ ...deps, actor: requireActor(request) })).map(presentOpen311Key) }),
  );

  app.post(
    '/api/open311-keys',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['open311'],
        summary: 'Make an Open311 API key for a civic app (administrators); the key is answered once',
        body: CreateOpen311KeyBody,
        response: { 201: CreatedOpen311Key, ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canManageUsers(actor)) throw new AppError('forbidden');
      const { id, key } = await createOpen311ApiKey({ ...deps, actor }, request.body);
      const made = (await listOpen311Keys({ ...deps, actor })).find((row) => row.id === id)!;
      reply.status(201);
      return { ...presentOpen311Key(made), key };
    },
  );

  app.delete(
    '/api/open311-keys/:id',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['open311'],
        summary: 'Revoke an Open311 API key: its next post is refused (administrators)',
        params: IdParams,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await revokeOpen311Key({ ...deps, actor: requireActor(request) }, request.params.id);
      return { ok: true as const };
    },
  );
};
