import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { API_TOKEN_PREFIX, hashSecret } from '../../commands/accounts/tokens.ts';
import type { Database } from '../../db/database.ts';
import { findApiTokenUser, findSessionUser } from '../../db/queries/sessionQueries.ts';
import type { UserRow } from '../../db/queries/userQueries.ts';
import type { Clock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';

export const SESSION_COOKIE = 'tidtam_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserRow | null;
    authMethod: 'session' | 'token' | null;
    sessionToken: string | null;
  }
}

export function actorOf(user: UserRow): Actor {
  return { userId: user.id, role: user.role, unitId: user.unit_id, unitPath: user.unit_path };
}

/** The actor of a signed-in request; a request without one is refused with 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.user) throw new AppError('unauthenticated');
  return actorOf(request.user);
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Who is asking: a browser session (HttpOnly cookie holding a random token,
 * with a CSRF token required on every unsafe request) or a machine client
 * (`Authorization: Bearer tdt_...`, no cookies, so no CSRF).
 */
async function authenticate(app: FastifyInstance, deps: { db: Database; clock: Clock; cookieSecure: boolean }) {
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'tidtam_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.cookieSecure, signed: false },
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return typeof header === 'string' ? header : undefined;
    },
  });
  app.decorateRequest('user', null);
  app.decorateRequest('authMethod', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    const now = deps.clock.now();
    const authorization = request.headers.authorization;
    if (typeof authorization === 'string' && authorization.length > 0) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const token = match?.[1];
      if (!token || !token.startsWith(API_TOKEN_PREFIX) || token.length > 200) throw new AppError('unauthenticated');
      const user = await findApiTokenUser(deps.db, hashSecret(token), now);
      if (!user) throw new AppError('unauthenticated');
      request.user = user;
      request.authMethod = 'token';
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie && cookie.length <= 200) {
      const user = await findSessionUser(deps.db, hashSecret(cookie), now);
      if (user) {
        request.user = user;
        request.authMethod = 'session';
        request.sessionToken = cookie;
      }
    }
  });

  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (request.authMethod !== 'session' || !UNSAFE.has(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });
}

export const authenticatePlugin = fp(authenticate, { name: 'tidtam-authenticate' });
