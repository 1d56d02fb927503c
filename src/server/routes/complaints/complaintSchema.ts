import { Type } from 'typebox';
import { AreaCode, CategoryBody, CategoryCode } from '../../../shared/api/complaints.ts';
import { complaintLimits as L } from '../../../shared/complaintLimits.ts';
import { limits } from '../../../shared/limits.ts';
import { LocalizedText, Nullable, Uuid } from '../../schemas/common.ts';

export * from '../../../shared/api/complaints.ts';

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: L.idempotencyKeyMax, description: 'The same key again returns the first answer' }),
  ),
});

export const TrackingParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) }, { additionalProperties: false });

export const NewCategoryBody = Type.Object({ code: CategoryCode, ...CategoryBody.properties }, { additionalProperties: false });
export const CategoryParams = Type.Object({ code: CategoryCode }, { additionalProperties: false });

export const RoutingRuleView = Type.Object({
  id: Uuid,
  categoryCode: Nullable(Type.String()),
  areaCode: Nullable(Type.String()),
  unit: Type.Object({ code: Type.String(), name: LocalizedText }),
});
export const RoutingRuleBody = Type.Object(
  { categoryCode: Nullable(CategoryCode), areaCode: Nullable(AreaCode), unitCode: Type.String({ minLength: 1, maxLength: 50 }) },
  { additionalProperties: false },
);

export const RerouteBody = Type.Object(
  {
    unitCode: Type.String({ minLength: 1, maxLength: 50 }),
    reason: Type.String({ minLength: 1, maxLength: limits.reasonMax }),
    category: Type.Optional(Type.String({ pattern: '^[a-z0-9_]{1,40}$', description: 'A new category, when the move corrects it too' })),
  },
  { additionalProperties: false },
);
export const WaitBody = Type.Object(
  { message: Type.String({ minLength: 1, maxLength: limits.reasonMax }) },
  { additionalProperties: false },
);
export const ResumeBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: limits.noteMax })) }, { additionalProperties: false });
export const MergeBody = Type.Object(
  { intoCaseId: Uuid, reason: Type.String({ minLength: 1, maxLength: limits.reasonMax }) },
  { additionalProperties: false },
);
export const CallerQuery = Type.Object({ phone: Type.String({ minLength: 1, maxLength: 30 }) }, { additionalProperties: false });
