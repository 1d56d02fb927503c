import { Type, type Static } from 'typebox';
import { assignmentActions, assignmentRoles, assignmentStatuses } from '../assignmentStates.ts';
import { limits } from '../limits.ts';
import { IsoDate, IsoDateTime, LocalizedText, literals, Nullable, oneOf, Uuid } from './common.ts';
import { UnitKind, UnitRef } from './units.ts';

/** The shapes of assignments (one unit's share of one case): as the API shows them, and what the browser sends to make and move them. */
export const AssignmentRole = literals(assignmentRoles);

export const AssignmentView = Type.Object({
  id: Uuid,
  caseId: Uuid,
  parentId: Nullable(Uuid),
  unit: Type.Object({ id: Uuid, code: Type.String(), kind: Type.String(), name: LocalizedText, areaCode: Nullable(Type.String()) }),
  role: oneOf(assignmentRoles),
  status: oneOf(assignmentStatuses),
  dueAt: Nullable(IsoDateTime),
  overdue: Type.Boolean(),
  note: Nullable(Type.String()),
  createdAt: IsoDateTime,
  acknowledgedAt: Nullable(IsoDateTime),
  doneAt: Nullable(IsoDateTime),
  closedAt: Nullable(IsoDateTime),
  returnReason: Nullable(Type.String()),
  version: Type.Integer({ description: 'Raised by every change: send it as If-Match on the actions (409 stale_write when it moved)' }),
  allowedActions: Type.Array(oneOf(assignmentActions), { description: 'What the signed-in user may do with this assignment now' }),
});
export type AssignmentView = Static<typeof AssignmentView>;

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
export type TargetSelection = Static<typeof TargetSelection>;

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

export const AssignResult = Type.Object({
  created: Type.Array(Type.Object({ assignmentId: Uuid, unitId: Uuid, code: Type.String() })),
  skipped: Type.Array(Type.String({ description: 'Codes of units that already held the case' })),
});
export type AssignResult = Static<typeof AssignResult>;

/** Before sending: which units a selection would reach, a page at a time. */
export const CascadePreviewBody = Type.Object(
  {
    targets: TargetSelection,
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: limits.targetsMax, default: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type CascadePreviewBody = Static<typeof CascadePreviewBody>;

export const CascadePreview = Type.Object({
  willReceive: Type.Integer({ description: 'Units that would get a new assignment: the number a cascade sends to' }),
  alreadyHolding: Type.Integer({ description: 'Units reached that already hold the case; a cascade leaves them as they are' }),
  total: Type.Integer({ description: 'Every unit the selection reaches' }),
  offset: Type.Integer(),
  items: Type.Array(Type.Intersect([UnitRef, Type.Object({ holds: Type.Boolean({ description: 'Already holds the case' }) })])),
});
export type CascadePreview = Static<typeof CascadePreview>;

export const NoteBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: limits.noteMax })) }, { additionalProperties: false });
export type NoteBody = Static<typeof NoteBody>;

/** Reporting work done: the internal note, and for a complaint's lead the words the citizen reads (a public reply). */
export const CompleteBody = Type.Object(
  {
    note: Type.Optional(Type.String({ maxLength: limits.noteMax })),
    publicReply: Type.Optional(
      Type.String({
        maxLength: limits.reasonMax,
        description:
          "A complaint's lead only: what was done, in words for the citizen; shown on /track (personal data masked) and sent to them",
      }),
    ),
  },
  { additionalProperties: false },
);
export type CompleteBody = Static<typeof CompleteBody>;

export const ReasonBody = Type.Object(
  { reason: Type.String({ minLength: limits.reasonMin, maxLength: limits.reasonMax, description: 'Why; shown to the other unit' }) },
  { additionalProperties: false },
);
export type ReasonBody = Static<typeof ReasonBody>;

export const ProgressBody = Type.Object(
  {
    note: Type.String({ minLength: 1, maxLength: limits.noteMax }),
    attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: limits.attachmentsPerReport, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type ProgressBody = Static<typeof ProgressBody>;
