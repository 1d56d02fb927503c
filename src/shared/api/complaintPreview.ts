import { Type, type Static } from 'typebox';
import { complaintLimits as L } from '../complaintLimits.ts';
import { LocalizedText, Nullable, oneOf } from './common.ts';
import { AreaCode, CategoryCode } from './complaints.ts';

/**
 * Where a complaint not yet filed would go, shown before saving on the public
 * form and the operator console: the classifier's top categories and the unit
 * the routing rules pick. Read-only; intake makes the same decision on save.
 */
export const RoutingPreviewBody = Type.Object(
  {
    categoryCode: Nullable(CategoryCode),
    title: Type.Optional(Type.String({ maxLength: L.titleMax })),
    description: Type.String({ maxLength: L.descriptionMax }),
    areaCode: Nullable(AreaCode),
  },
  { additionalProperties: false },
);
export type RoutingPreviewBody = Static<typeof RoutingPreviewBody>;

const NamedCategory = Type.Object({ code: CategoryCode, name: LocalizedText });
export type NamedCategory = Static<typeof NamedCategory>;

export const RoutingPreviewView = Type.Object({
  suggestions: Type.Array(
    Type.Object({
      code: CategoryCode,
      name: LocalizedText,
      confidence: Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'The calibrated probability that this category is right (a complaint may have several)',
      }),
    }),
    { description: 'Up to 3 active categories, most likely first; empty without text' },
  ),
  category: NamedCategory,
  unit: Type.Object({ code: Type.String(), name: LocalizedText }),
  routedBy: oneOf(['rule', 'district_office', 'provincial_hall', 'intake_centre'] as const, {
    description: 'rule, district_office, provincial_hall or intake_centre (the 1111 centre routes it by hand)',
  }),
});
export type RoutingPreviewView = Static<typeof RoutingPreviewView>;
