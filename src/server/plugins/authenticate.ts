import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { csrfHmacKey } from '../../commands/accounts/csrfHmacKey.ts';
import { resolveApiTokenUser, resolveSessionUser } from '../../commands/accounts/resolveActor.ts';
import { API_TOKEN_PREFIX, hashSecret } from '../../commands/accounts/tokens.ts';
import type { Database } from '../../db/database.ts';
import type { UserRow } from '../../db/queries/userQueries.ts';
import { scopeNeeded, scopesAllow, type RouteTokenRule } from '../../domain/accounts/tokenScopes.ts';
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
  interface FastifyContextConfig {
    /** What an API token needs here beyond its method's `read`/`write`: `admin` for administration, `never` for session-only routes. */
    apiToken?: RouteTokenRule;
    /**
     * A public catalogue for outside clients (the CKAN Action API): an `Authorization` header that is
     * not a Tidtam token (a CKAN harvester sends its own site's API key) is ignored, not refused, since
     * the answer is the same for everyone.
     */
    ignoresForeignAuthorization?: boolean;
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
 * What binds a CSRF token to its session: the SHA-256 of the session token
 * (the same hash the sessions table keeps), never the token itself.
 */
export function csrfBinding(sessionToken: string): string {
  return hashSecret(sessionToken);
}

/**
 * A CSRF token for the browser session `sessionToken`: valid only with that
 * session's cookie, so a CSRF cookie and token taken from another session
 * (cookie tossing from a sibling subdomain, or an attacker's own pair) are
 * refused (issue 9 finding 7; OWASP CSRF cheat sheet, signed double-submit).
 */
export function csrfTokenFor(reply: FastifyReply, sessionToken: string): string {
  return reply.generateCsrf({ userInfo: csrfBinding(sessionToken) });
}

/**
 * Who is asking: a browser session (HttpOnly cookie holding a random token,
 * with a CSRF token bound to that session required on every unsafe request) or
 * a machine client (`Authorization: Bearer tdt_...`, no cookies, so no CSRF),
 * limited to its token's scopes.
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
    // The token is an HMAC over the session's hash, under a key every process shares (server_keys).
    getUserInfo: (request) => (request.sessionToken ? csrfBinding(request.sessionToken) : ''),
    csrfOpts: { userInfo: true, hmacKey: await csrfHmacKey(deps) },
  });
  app.decorateRequest('user', null);
  app.decorateRequest('authMethod', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    const authorization = request.headers.authorization;
    const foreign =
      request.routeOptions.config.ignoresForeignAuthorization === true &&
      typeof authorization === 'string' &&
      !/^Bearer\s+tdt_/i.test(authorization);
    if (typeof authorization === 'string' && authorization.length > 0 && !foreign) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const token = match?.[1];
      if (!token || !token.startsWith(API_TOKEN_PREFIX) || token.length > 200) throw new AppError('unauthenticated');
      const found = await resolveApiTokenUser(deps, token);
      if (!found) throw new AppError('unauthenticated');
      request.user = found.user;
      request.authMethod = 'token';
      const needed = scopeNeeded(request.method, request.routeOptions.config.apiToken);
      if (!needed) throw new AppError('session_required');
      if (!scopesAllow(found.scopes, needed)) throw new AppError('insufficient_scope');
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie && cookie.length <= 200) {
      const user = await resolveSessionUser(deps, cookie);
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
