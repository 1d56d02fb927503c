import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { signIn, signOut, SESSION_HOURS } from '../../../commands/accounts/signIn.ts';
import type { UserRow } from '../../../db/queries/userQueries.ts';
import { canManageUsers } from '../../../domain/policies/adminPolicy.ts';
import { creatableKinds } from '../../../domain/policies/casePolicy.ts';
import { readScope } from '../../../domain/policies/readScope.ts';
import type { AppDeps } from '../../appDeps.ts';
import { actorOf, csrfTokenFor, requireActor, SESSION_COOKIE } from '../../plugins/authenticate.ts';
import { presentUser } from '../../presenters/presentUser.ts';
import { Ok, standardErrors } from '../../schemas/common.ts';
import { SessionView, SignInBody } from './sessionSchema.ts';
import { hours } from '../../../shared/thaiTime.ts';

/** The session's user and permissions, with a CSRF token bound to `sessionToken` (empty for an API token, which needs none). */
function sessionView(user: UserRow, reply: FastifyReply, sessionToken: string | null) {
  const actor = actorOf(user);
  return {
    user: presentUser(user),
    csrfToken: sessionToken ? csrfTokenFor(reply, sessionToken) : '',
    permissions: {
      creatableKinds: [...creatableKinds(actor)],
      manageUsers: canManageUsers(actor),
      nationalReach: readScope(actor).national,
    },
  };
}

export const sessionRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const secure = deps.cookieSecure ?? true;

  app.post(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign in with username and password; sets the session cookie',
        body: SignInBody,
        response: { 200: SessionView, ...standardErrors },
      },
      // Ten tries a minute per username from one address: stops password guessing without locking out
      // a call centre whose operators all sign in from one address. The address is the peer's own unless
      // TRUST_PROXY names the proxy; the username's own limit across all addresses is in `signIn`.
      config: {
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) =>
            `${normalizeIP(request.ip)}:${String((request.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const { token, user, expiresAt } = await signIn(deps, { ...request.body, ip: request.ip });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        secure,
        sameSite: 'lax',
        maxAge: hours(SESSION_HOURS) / 1000,
      });
      return { ...sessionView(user, reply, token), expiresAt: expiresAt.toISOString() };
    },
  );

  app.get(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'The signed-in user, a CSRF token and what the user may do; 204 when no one is signed in',
        response: { 200: SessionView, 204: Type.Null({ description: 'No one is signed in (no session, or it ended)' }), ...standardErrors },
      },
    },
    async (request, reply) => {
      // Every page asks who is here, and most visitors of the public pages are nobody: "no one" is an
      // answer, not an error, so it is not a 401 logged in each visitor's console (issue #13, item 5).
      // An API token that is not valid is still refused with 401 by the authentication hook.
      if (!request.user) return reply.code(204).send(null);
      return sessionView(request.user, reply, request.sessionToken);
    },
  );

  app.delete(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Sign out', response: { 200: Ok, ...standardErrors } } },
    async (request, reply) => {
      requireActor(request);
      if (request.sessionToken) await signOut(deps, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
};
