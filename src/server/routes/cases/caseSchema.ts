import { Type, type Static } from 'typebox';
import { assignmentRoles } from '../../../domain/cases/assignmentLifecycle.ts';
import { caseKinds, caseStatuses, priorities } from '../../../domain/cases/caseKinds.ts';
import { limits } from '../../../shared/limits.ts';
import { AssignmentView, CaseSummary, EventView } from '../../presenters/presentCase.ts';
import { UnitKind } from '../units/unitSchema.ts';
import { IsoDate, IsoDateTime, LocalizedText, Nullable, PageQuery, Uuid } from '../../schemas/common.ts';

const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((value) => Type.Literal(value)));

export const CaseKind = literals(caseKinds);
export const CaseStatus = literals(caseStatuses);
export const Priority = literals(priorities);
export const AssignmentRole = literals(assignmentRoles);

/** Which units to send to: named units, and/or every unit of a kind in some provinces or an area grouping. */
export const TargetSelection = Type.Object(
  {
    unitIds: Type.Optional(Type.Array(Uuid, { maxItems: limits.targetsMax, uniqueItems: true })),
    unitCodes: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: limits.targetsMax, uniqueItems: true })),
    kind: Type.Optional(UnitKind),
    provinceCodes: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9]{2}$' }), { maxItems: 77, uniqueItems: true })),
    groupingId: Type.Optional(Type.String({ pattern: '^(region|zone|group):[a-z0-9-]{1,40}$' })),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description:
      'Units to send to. With kind, every unit of that kind below the sender, optionally only in provinceCodes or in a grouping such as zone:1',
  },
);

export const AssignBody = Type.Object(
  {
    targets: TargetSelection,
    role: Type.Optional(AssignmentRole),
    dueDate: Type.Optional(Nullable(IsoDate)),
    note: Type.Optional(Nullable(Type.String({ maxLength: limits.noteMax }))),
  },
  { additionalProperties: false },
);
export type AssignBody = Static<typeof AssignBody>;

export const CreateCaseBody = Type.Object(
  {
    kind: CaseKind,
    title: Type.String({ minLength: 3, maxLength: limits.titleMax }),
    body: Type.Optional(Type.String({ maxLength: limits.bodyMax })),
    priority: Type.Optional(Priority),
    category: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9_-]+$' }))),
    areaCode: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$' }))),
    dueDate: Type.Optional(Nullable(IsoDate)),
    details: Type.Optional(Type.Record(Type.String({ maxLength: 60 }), Type.Unknown(), { maxProperties: 50 })),
    assignments: Type.Optional(Type.Array(AssignBody, { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type CreateCaseBody = Static<typeof CreateCaseBody>;

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

export const CaseList = Type.Object({ items: Type.Array(CaseSummary), nextCursor: Nullable(Type.String()) });

export const AttachmentView = Type.Object({
  id: Uuid,
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  eventId: Nullable(Type.Integer()),
  createdAt: IsoDateTime,
});

export const CaseDetail = Type.Object({
  case: Type.Intersect([
    CaseSummary,
    Type.Object({ body: Type.String(), details: Type.Record(Type.String(), Type.Unknown()), closedAt: Nullable(IsoDateTime) }),
  ]),
  assignments: Type.Array(AssignmentView, { description: 'The assignments the viewer may see; parentId makes the tree' }),
  attachments: Type.Array(AttachmentView),
  allowedActions: Type.Array(Type.String(), { description: 'Case-level actions open to the viewer: assign, close' }),
  kindName: LocalizedText,
});

export const EventList = Type.Object({ items: Type.Array(EventView) });

export const CloseCaseBody = Type.Object(
  { note: Type.String({ minLength: limits.reasonMin, maxLength: limits.noteMax }) },
  { additionalProperties: false },
);

export const AssignResult = Type.Object({
  created: Type.Array(Type.Object({ assignmentId: Uuid, unitId: Uuid, code: Type.String() })),
  skipped: Type.Array(Type.String({ description: 'Codes of units that already held the case' })),
});
