import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable, Uuid } from './common.ts';

/**
 * The shapes of `/api/open311-keys`: the keys civic apps post Open311 requests with. A key is
 * answered once when made; afterwards only its name, quota and dates are shown.
 */
export const Open311KeyView = Type.Object({
  id: Uuid,
  name: Type.String(),
  perMinute: Type.Integer({ description: 'Requests a minute the key may post' }),
  createdAt: IsoDateTime,
  lastUsedAt: Nullable(IsoDateTime),
  revokedAt: Nullable(IsoDateTime),
});
export type Open311KeyView = Static<typeof Open311KeyView>;

export const Open311KeyList = Type.Object({ items: Type.Array(Open311KeyView) });
export type Open311KeyList = Static<typeof Open311KeyList>;

export const CreateOpen311KeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'Who uses the key: the civic app or partner' }),
    perMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Default 600' })),
  },
  { additionalProperties: false },
);
export type CreateOpen311KeyBody = Static<typeof CreateOpen311KeyBody>;

export const CreatedOpen311Key = Type.Intersect([Open311KeyView, Type.Object({ key: Type.String() })]);
export type CreatedOpen311Key = Static<typeof CreatedOpen311Key>;
