import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createUser } from '../../../commands/accounts/createUser.ts';
import { hashSecret } from '../../../commands/accounts/tokens.ts';
import { listUsersForAdmin } from '../../../commands/accounts/listUsersForAdmin.ts';
import { readUser } from '../../../commands/accounts/readUser.ts';
import { updateUserAccount } from '../../../commands/accounts/updateUserAccount.ts';
import { AppError } from '../../../domain/errors.ts';
import { canManageUsers } from '../../../domain/policies/adminPolicy.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentUser, UserView } from '../../presenters/presentUser.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import { CreateUserBody, UpdateUserBody, UserList, UserListQuery } from './userSchema.ts';

export const userRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/users',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Staff accounts (administrators)',
        querystring: UserListQuery,
        response: { 200: UserList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const page = await listUsersForAdmin({ ...deps, actor }, { cursor: request.query.cursor, limit: request.query.limit ?? 25 });
      return { items: page.rows.map(presentUser), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/users',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Create a staff account (administrators)',
        body: CreateUserBody,
        response: { 201: UserView, ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canManageUsers(actor)) throw new AppError('forbidden');
      const body = request.body;
      const id = await createUser(
        { ...deps, actor },
        {
          username: body.username,
          displayName: body.displayName,
          email: body.email ?? null,
          password: body.password,
          role: body.role,
          unit: { id: body.unitId },
          locale: body.locale ?? 'th',
        },
      );
      reply.status(201);
      return presentUser(await readUser({ ...deps, actor }, id));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Change a staff account: role, unit, name, password, or deactivate it (administrators)',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserView, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const keepSessionHash = request.sessionToken ? hashSecret(request.sessionToken) : null;
      await updateUserAccount({ ...deps, actor }, request.params.id, request.body, { keepSessionHash });
      return presentUser(await readUser({ ...deps, actor }, request.params.id));
    },
  );
};
