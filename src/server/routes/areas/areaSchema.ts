import { Type, type Static } from 'typebox';
import { literals } from '../../../shared/api/common.ts';
import { groupingKinds } from '../../../shared/unitKinds.ts';

export * from '../../../shared/api/areas.ts';

export const AreaQuery = Type.Object(
  {
    level: Type.Optional(Type.Union([Type.Literal('province'), Type.Literal('district'), Type.Literal('subdistrict')])),
    parent: Type.Optional(Type.String({ pattern: '^[0-9]{2}([0-9]{2})?$', description: 'Province or district code' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of a Thai or English name, or a postcode' })),
  },
  { additionalProperties: false },
);
export type AreaQuery = Static<typeof AreaQuery>;

export const GroupingQuery = Type.Object(
  {
    kind: Type.Optional(literals(groupingKinds)),
  },
  { additionalProperties: false },
);

export const AreaSearchQuery = Type.Object(
  {
    q: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'A name with or without its prefix (ตำบล, อ., เขต, จังหวัด ...), then parents',
    }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  { additionalProperties: false },
);
