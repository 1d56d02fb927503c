import { Type, type Static } from 'typebox';
import { unitKinds } from '../unitKinds.ts';
import { LocalizedText, literals, Nullable, oneOf, Uuid } from './common.ts';

/** The shapes of `/api/units`: the unit tree as the API shows it. */
export const UnitKind = literals(unitKinds);

export const UnitRef = Type.Object({
  id: Uuid,
  code: Type.String(),
  kind: oneOf(unitKinds),
  name: LocalizedText,
  abbr: Nullable(Type.String()),
  areaCode: Nullable(Type.String()),
});
export type UnitRef = Static<typeof UnitRef>;

export const UnitListItem = Type.Intersect([UnitRef, Type.Object({ parentId: Nullable(Uuid), childCount: Type.Integer() })]);
export type UnitListItem = Static<typeof UnitListItem>;
export const UnitList = Type.Object({
  items: Type.Array(UnitListItem),
  nextCursor: Nullable(Type.String()),
  total: Type.Integer({ description: 'How many units match the filter on all pages together' }),
});
export type UnitList = Static<typeof UnitList>;

export const UnitDetail = Type.Object({
  unit: UnitRef,
  parentId: Nullable(Uuid),
  ancestors: Type.Array(UnitRef, { description: 'From the root down to the parent' }),
  childCount: Type.Integer(),
});
export type UnitDetail = Static<typeof UnitDetail>;
