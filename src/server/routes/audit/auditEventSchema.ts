import { Type, type Static } from 'typebox';
import { IsoDate, PageQuery, Uuid } from '../../schemas/common.ts';

export * from '../../../shared/api/audit.ts';

const Name = (description: string) => Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9_.]+$', description });

export const AuditEventListQuery = Type.Object(
  {
    category: Type.Optional(Type.Union([Type.Literal('admin'), Type.Literal('security')])),
    action: Type.Optional(Name('One action, such as user.update')),
    actorId: Type.Optional(Uuid),
    targetType: Type.Optional(Name('user, unit, complaint_category, routing_rule, open311_key, api_token...')),
    targetId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type AuditEventListQuery = Static<typeof AuditEventListQuery>;
