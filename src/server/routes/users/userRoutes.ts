import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createUser } from '../../../commands/accounts/createUser.ts';
import { hashSecret } from '../../../commands/accounts/tokens.ts';
import { listUsersForAdmin } from '../../../commands/accounts/listUsersForAdmin.ts';
import { readUser } from '../../../commands/accounts/readUser.ts';
import { resetUserPassword } from '../../../commands/accounts/resetUserPassword.ts';
import { updateUserAccount } from '../../../commands/accounts/updateUserAccount.ts';
import { generateOneTimePassword } from '../../../domain/accounts/oneTimePassword.ts';
import { AppError } from '../../../domain/errors.ts';
import { canManageUsers } from '../../../domain/policies/adminPolicy.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentUser, UserView } from '../../presenters/presentUser.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import {
  CreatedUser,
  CreateUserBody,
  PasswordResetBody,
  PasswordResetResult,
  UpdateUserBody,
  UserList,
  UserListQuery,
} from './userSchema.ts';

export const userRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/users',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Staff accounts, optionally matching a search, with how many match (administrators)',
        querystring: UserListQuery,
        response: { 200: UserList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { cursor, limit, q } = request.query;
      const page = await listUsersForAdmin({ ...deps, actor }, { cursor, limit: limit ?? 25, q });
      return { items: page.rows.map(presentUser), nextCursor: page.nextCursor, total: page.total };
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'One staff account (administrators)',
        params: IdParams,
        response: { 200: UserView, ...standardErrors },
      },
    },
    async (request) => presentUser(await readUser({ ...deps, actor: requireActor(request) }, request.params.id)),
  );

  app.post(
    '/api/users',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Create a staff account (administrators); without a password, a one-time password is made and answered once',
        body: CreateUserBody,
        response: { 201: CreatedUser, ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canManageUsers(actor)) throw new AppError('forbidden');
      const body = request.body;
      const oneTimePassword = body.password === undefined ? generateOneTimePassword() : null;
      const id = await createUser(
        { ...deps, actor },
        {
          username: body.username,
          displayName: body.displayName,
          email: body.email ?? null,
          password: body.password ?? oneTimePassword!,
          role: body.role,
          unit: { id: body.unitId },
          locale: body.locale ?? 'th',
        },
      );
      reply.status(201);
      return { ...presentUser(await readUser({ ...deps, actor }, id)), oneTimePassword };
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

  app.post(
    '/api/users/:id/password',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Reset a staff account’s password, ending its sessions and revoking its API tokens (administrators)',
        description: 'Without a password, a one-time password is made and answered this once.',
        params: IdParams,
        body: PasswordResetBody,
        response: { 200: PasswordResetResult, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const keepSessionHash = request.sessionToken ? hashSecret(request.sessionToken) : null;
      const done = await resetUserPassword({ ...deps, actor }, request.params.id, { password: request.body.password }, { keepSessionHash });
      return { user: presentUser(await readUser({ ...deps, actor }, request.params.id)), ...done };
    },
  );
};
