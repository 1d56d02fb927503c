import { Type, type Static } from 'typebox';
import type { ApiTokenRow } from '../../db/queries/sessionQueries.ts';
import { tokenScopes } from '../../domain/accounts/tokenScopes.ts';
import { literals } from '../../shared/api/common.ts';
import { IsoDateTime, Nullable, Uuid } from '../schemas/common.ts';

export const TokenScopeSchema = literals(tokenScopes);

/** An API token as its owner sees it: what it may do and until when; never the secret or its hash. */
export const TokenView = Type.Object({
  id: Uuid,
  name: Type.String(),
  scopes: Type.Array(TokenScopeSchema),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  revokedAt: Nullable(IsoDateTime),
});
export type TokenView = Static<typeof TokenView>;

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
