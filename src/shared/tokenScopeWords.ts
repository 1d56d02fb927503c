/**
 * What an API token may do: `read` the safe methods, `write` the staff writes (and reads), `admin` the
 * administration routes. The server's rules (`domain/accounts/tokenScopes.ts`) and the browser's token
 * page both take the words from here.
 */
export const tokenScopeWords = ['read', 'write', 'admin'] as const;
export type TokenScopeWord = (typeof tokenScopeWords)[number];
