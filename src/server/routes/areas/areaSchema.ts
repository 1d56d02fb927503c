import { Type, type Static } from 'typebox';
import { Nullable } from '../../schemas/common.ts';

export const AreaQuery = Type.Object(
  {
    level: Type.Optional(Type.Union([Type.Literal('province'), Type.Literal('district'), Type.Literal('subdistrict')])),
    parent: Type.Optional(Type.String({ pattern: '^[0-9]{2}([0-9]{2})?$', description: 'Province or district code' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of a Thai or English name, or a postcode' })),
  },
  { additionalProperties: false },
);
export type AreaQuery = Static<typeof AreaQuery>;

export const AreaView = Type.Object({
  code: Type.String(),
  level: Type.String(),
  parentCode: Nullable(Type.String()),
  name: Type.Object({ th: Type.String(), en: Type.String() }),
  postcode: Nullable(Type.String()),
});

export const AreaList = Type.Object({ total: Type.Integer(), items: Type.Array(AreaView) });

export const GroupingQuery = Type.Object(
  {
    kind: Type.Optional(Type.Union([Type.Literal('region'), Type.Literal('inspection_zone'), Type.Literal('province_group')])),
  },
  { additionalProperties: false },
);

export const GroupingView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  number: Nullable(Type.Integer()),
  name: Type.Object({ th: Type.String(), en: Type.String() }),
  provinceCodes: Type.Array(Type.String()),
});
