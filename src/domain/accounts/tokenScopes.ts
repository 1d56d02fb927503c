import { tokenScopeWords } from '../../shared/tokenScopeWords.ts';
import { canManageUsers } from '../policies/adminPolicy.ts';
import type { Actor } from '../roles.ts';

/**
 * What an API token may do, on top of (never beyond) what its user's role allows:
 * `read` the safe methods, `write` the staff writes (and reads), `admin` the
 * administration routes. Least privilege for machine clients (OWASP ASVS 4.0
 * 1.4.3 and 13.1.4; the `insufficient_scope` answer of RFC 6750 §3.1).
 */
export const tokenScopes = tokenScopeWords;
export type TokenScope = (typeof tokenScopes)[number];

/** A token made without a choice lives 90 days; none lives more than a year (ASVS 3.5: tokens expire). */
export const TOKEN_DAYS_DEFAULT = 90;
export const TOKEN_DAYS_MAX = 365;

/** What a route asks of a token beyond its method: `admin` for administration, `never` for routes only a browser session may call. */
export type RouteTokenRule = 'admin' | 'never';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The scope a request needs; undefined when no token may make it at all (token management). */
export function scopeNeeded(method: string, rule: RouteTokenRule | undefined): TokenScope | undefined {
  if (rule === 'never') return undefined;
  if (rule === 'admin') return 'admin';
  return SAFE_METHODS.has(method.toUpperCase()) ? 'read' : 'write';
}

/** Whether a token's scopes cover the scope needed: `write` includes `read`; `admin` stands alone. */
export function scopesAllow(granted: readonly string[], needed: TokenScope): boolean {
  return granted.includes(needed) || (needed === 'read' && granted.includes('write'));
}

/** The scopes an actor may put on a token: `admin` only for an administrator, since a scope never widens a role. */
export function grantableScopes(actor: Actor): TokenScope[] {
  return canManageUsers(actor) ? [...tokenScopes] : ['read', 'write'];
}
