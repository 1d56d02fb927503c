import { hasNationalReach, type Actor } from '../roles.ts';

/**
 * How much of the government an actor may read: all of it (administrators and the delivery
 * unit), or the subtree of their own unit, named by its materialised path (`/root/.../unit/`),
 * so "in scope" is one indexed prefix scan in SQL. Every list and read takes its reach from
 * here, never from the role directly, so the rule lives in one place (OWASP ASVS 4.0 4.1.3,
 * least privilege; 4.2.1, no access to records outside the user's reach).
 */
export type ReadScope = { readonly national: true } | { readonly national: false; readonly unitPath: string };

const NATIONAL: ReadScope = { national: true };

export function readScope(actor: Actor): ReadScope {
  return hasNationalReach(actor.role) ? NATIONAL : { national: false, unitPath: actor.unitPath };
}

/** The path prefix typed SQL filters on (`path like $n || '%'`), or null when nothing is filtered out. */
export function scopePathPrefix(scope: ReadScope): string | null {
  return scope.national ? null : scope.unitPath;
}

/** Whether a unit, by its path, is inside the scope: the same rule as `reaches(actor, path)`. */
export function inReadScope(scope: ReadScope, unitPath: string): boolean {
  return scope.national || unitPath.startsWith(scope.unitPath);
}
