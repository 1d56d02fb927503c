import type { ApiTokenRow } from '../../db/queries/sessionQueries.ts';
import type { TokenView } from '../../shared/api/tokens.ts';

/** The schemas of the shape presented here, for routes that describe their answers with them. */
export { CreatedToken, TokenList, TokenScopeSchema, TokenView } from '../../shared/api/tokens.ts';

/** An API token as its owner sees it: what it may do and until when; never the secret or its hash. */
export function presentApiToken(row: ApiTokenRow): TokenView {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes as TokenView['scopes'],
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
