import { Type, type Static } from 'typebox';
import { UnitKind } from '../../../shared/api/units.ts';
import { Nullable, PageQuery, Uuid } from '../../schemas/common.ts';

export * from '../../../shared/api/units.ts';

export const UnitListQuery = Type.Object(
  {
    parentId: Type.Optional(Uuid),
    underId: Type.Optional(Type.Union([Uuid], { description: 'Only units below this one (its whole subtree)' })),
    kind: Type.Optional(UnitKind),
    areaPrefix: Type.Optional(Type.String({ pattern: '^[0-9]{2,6}$' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type UnitListQuery = Static<typeof UnitListQuery>;

const code = Type.String({ minLength: 2, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });
const name = Type.String({ minLength: 2, maxLength: 300 });

export const CreateUnitBody = Type.Object(
  {
    code,
    parentId: Uuid,
    kind: UnitKind,
    nameTh: name,
    nameEn: Type.Optional(Nullable(name)),
    abbrTh: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 60 }))),
    areaCode: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$' }))),
  },
  { additionalProperties: false },
);
export type CreateUnitBody = Static<typeof CreateUnitBody>;

export const UpdateUnitBody = Type.Object(
  {
    nameTh: Type.Optional(name),
    nameEn: Type.Optional(Nullable(name)),
    abbrTh: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 60 }))),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUnitBody = Static<typeof UpdateUnitBody>;

export { MoveUnitBody, UnitTreePage, UnitTreeQuery } from '../../../shared/api/adminOrg.ts';
