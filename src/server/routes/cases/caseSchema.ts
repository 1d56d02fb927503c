import { Type, type Static } from 'typebox';
import { caseKinds, caseStatuses } from '../../../domain/cases/caseKinds.ts';
import { limits } from '../../../shared/limits.ts';
import { IsoDate, PageQuery, Uuid } from '../../schemas/common.ts';

export * from '../../../shared/api/assignments.ts';
export * from '../../../shared/api/cases.ts';

const csv = (pattern: string) => Type.String({ pattern, maxLength: 200, description: 'Comma-separated' });

export const CaseListQuery = Type.Object(
  {
    kind: Type.Optional(csv(`^(${caseKinds.join('|')})(,(${caseKinds.join('|')}))*$`)),
    status: Type.Optional(csv(`^(${caseStatuses.join('|')})(,(${caseStatuses.join('|')}))*$`)),
    unitId: Type.Optional(Uuid),
    area: Type.Optional(
      Type.String({ pattern: '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$', description: 'Province, district or subdistrict code' }),
    ),
    category: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    createdFrom: Type.Optional(IsoDate),
    createdTo: Type.Optional(IsoDate),
    overdue: Type.Optional(Type.Boolean()),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: limits.searchMax, description: 'Thai or English words; the exact phrase ranks first' }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type CaseListQuery = Static<typeof CaseListQuery>;

/** A page of the timeline: the newest `limit` events (before event `before`), oldest first. */
export const EventPageQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000, default: 200 })),
    before: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Only events older than this event id (the first item of the page shown)' }),
    ),
  },
  { additionalProperties: false },
);
