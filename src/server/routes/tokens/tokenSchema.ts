import { Type, type Static } from 'typebox';
import { TOKEN_DAYS_DEFAULT, TOKEN_DAYS_MAX } from '../../../domain/accounts/tokenScopes.ts';
import { limits } from '../../../shared/limits.ts';
import { TokenScopeSchema } from '../../presenters/presentApiToken.ts';

export const CreateTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({
      minLength: 1,
      maxLength: limits.passwordMax,
      description: 'The signed-in user’s password, entered again: a token outlives the session that makes it',
    }),
    scopes: Type.Optional(
      Type.Array(TokenScopeSchema, {
        minItems: 1,
        maxItems: 3,
        uniqueItems: true,
        description: 'read (GET), write (staff writes and reads), admin (administration; administrators only). Default: read',
      }),
    ),
    expiresInDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: TOKEN_DAYS_MAX, description: `Default ${TOKEN_DAYS_DEFAULT}, at most ${TOKEN_DAYS_MAX}` }),
    ),
  },
  { additionalProperties: false },
);
export type CreateTokenBody = Static<typeof CreateTokenBody>;
