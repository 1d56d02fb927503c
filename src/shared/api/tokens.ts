import { Type, type Static } from 'typebox';
import { tokenScopeWords } from '../tokenScopeWords.ts';
import { IsoDateTime, literals, Nullable, Uuid } from './common.ts';

/** The shapes of `/api/tokens`: a user's API tokens, never the secret or its hash, except the secret once when made. */
export const TokenScopeSchema = literals(tokenScopeWords);

export const TokenView = Type.Object({
  id: Uuid,
  name: Type.String(),
  scopes: Type.Array(TokenScopeSchema),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  revokedAt: Nullable(IsoDateTime),
});
export type TokenView = Static<typeof TokenView>;

export const TokenList = Type.Object({ items: Type.Array(TokenView) });
export type TokenList = Static<typeof TokenList>;

export const CreatedToken = Type.Intersect([TokenView, Type.Object({ token: Type.String() })]);
export type CreatedToken = Static<typeof CreatedToken>;
