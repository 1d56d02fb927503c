import { Type, type Static } from 'typebox';
import { LocalizedText, Nullable, oneOf, Uuid } from './common.ts';
import { UnitRef } from './units.ts';

/**
 * The shapes of the administrators' organisation pages: the unit tree as they walk it, moving a
 * unit, routing rules in names, and "where would this complaint go?".
 */

/** An area with its parents, most specific first: [แขวงพระบรมมหาราชวัง, เขตพระนคร, กรุงเทพมหานคร]. */
export const AreaLabel = Type.Array(
  Type.Object({ code: Type.String(), level: oneOf(['province', 'district', 'subdistrict'] as const), name: LocalizedText }),
);
export type AreaLabel = Static<typeof AreaLabel>;

export const UnitTreeItem = Type.Intersect([
  UnitRef,
  Type.Object({
    parentId: Nullable(Uuid),
    parentName: Nullable(LocalizedText),
    childCount: Type.Integer(),
    area: AreaLabel,
  }),
]);
export type UnitTreeItem = Static<typeof UnitTreeItem>;

export const UnitTreePage = Type.Object({
  parent: Nullable(
    Type.Object({
      unit: UnitTreeItem,
      ancestors: Type.Array(UnitRef, { description: 'From the root down to the parent of this unit' }),
    }),
  ),
  items: Type.Array(UnitTreeItem),
  total: Type.Integer({ description: 'How many units match in all' }),
  offset: Type.Integer(),
  limit: Type.Integer(),
});
export type UnitTreePage = Static<typeof UnitTreePage>;

export const UnitTreeQuery = Type.Object(
  {
    parentId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type UnitTreeQuery = Static<typeof UnitTreeQuery>;

export const MoveUnitBody = Type.Object({ parentId: Uuid }, { additionalProperties: false });
export type MoveUnitBody = Static<typeof MoveUnitBody>;

/** A routing rule in names: the category (any when null), the area with its parents (the whole country when empty), the unit. */
export const RoutingRuleView = Type.Object({
  id: Uuid,
  categoryCode: Nullable(Type.String()),
  category: Nullable(LocalizedText),
  areaCode: Nullable(Type.String()),
  area: AreaLabel,
  unit: Type.Object({ id: Uuid, code: Type.String(), name: LocalizedText }),
});
export type RoutingRuleView = Static<typeof RoutingRuleView>;
export const RoutingRuleList = Type.Object({ items: Type.Array(RoutingRuleView) });
export type RoutingRuleList = Static<typeof RoutingRuleList>;

export const RoutingTestBody = Type.Object(
  {
    categoryCode: Type.Optional(Nullable(Type.String({ pattern: '^[a-z0-9_]{1,40}$' }))),
    areaCode: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$' }))),
    text: Type.Optional(
      Type.String({ maxLength: 5000, description: 'The complaint as a citizen would write it, when no category is given' }),
    ),
  },
  { additionalProperties: false },
);
export type RoutingTestBody = Static<typeof RoutingTestBody>;

export const routedByKinds = ['rule', 'district_office', 'provincial_hall', 'intake_centre'] as const;
export const categoryChoices = ['given', 'classifier', 'general'] as const;

export const RoutingTestResult = Type.Object({
  category: Type.Object({ code: Type.String(), name: LocalizedText }),
  categoryChosenBy: oneOf(categoryChoices),
  area: AreaLabel,
  unit: Type.Object({ id: Uuid, code: Type.String(), name: LocalizedText }),
  routedBy: oneOf(routedByKinds),
  rule: Nullable(RoutingRuleView),
});
export type RoutingTestResult = Static<typeof RoutingTestResult>;
