import { Type, type Static } from 'typebox';
import { caseActions, caseKinds, caseStatuses, priorities } from '../caseKinds.ts';
import { limits } from '../limits.ts';
import { AssignBody, AssignmentView } from './assignments.ts';
import { IsoDate, IsoDateTime, LocalizedText, literals, Nullable, oneOf, Uuid } from './common.ts';

/** The shapes of `/api/cases`: lists, a case with its assignments and attachments, its events, and what the browser sends to open and close one. */
export const CaseKind = literals(caseKinds);
export const CaseStatus = literals(caseStatuses);
export const Priority = literals(priorities);

export const CaseSummary = Type.Object({
  id: Uuid,
  ref: Type.String(),
  kind: oneOf(caseKinds),
  title: Type.String(),
  status: oneOf(caseStatuses),
  priority: oneOf(priorities),
  category: Nullable(Type.String()),
  areaCode: Nullable(Type.String()),
  ownerUnit: Type.Object({ id: Uuid, code: Type.String(), name: LocalizedText }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  dueAt: Nullable(IsoDateTime),
  overdue: Type.Boolean(),
});
export type CaseSummary = Static<typeof CaseSummary>;

export const CaseList = Type.Object({ items: Type.Array(CaseSummary), nextCursor: Nullable(Type.String()) });
export type CaseList = Static<typeof CaseList>;

export const AttachmentView = Type.Object({
  id: Uuid,
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  eventId: Nullable(Type.Integer()),
  createdAt: IsoDateTime,
});
export type AttachmentView = Static<typeof AttachmentView>;

export const CaseDetail = Type.Object({
  case: Type.Intersect([
    CaseSummary,
    Type.Object({
      body: Type.String(),
      details: Type.Record(Type.String(), Type.Unknown()),
      closedAt: Nullable(IsoDateTime),
      version: Type.Integer({
        description: 'Raised by every change of the case: send it as If-Match on its writes (409 stale_write when it moved)',
      }),
    }),
  ]),
  assignments: Type.Array(AssignmentView, { description: 'The assignments the viewer may see; parentId makes the tree' }),
  attachments: Type.Array(AttachmentView),
  allowedActions: Type.Array(oneOf(caseActions), { description: 'Case-level actions open to the viewer: assign, close' }),
  kindName: LocalizedText,
});
export type CaseDetail = Static<typeof CaseDetail>;

export const EventView = Type.Object({
  id: Type.Integer(),
  type: Type.String(),
  assignmentId: Nullable(Uuid),
  actor: Nullable(Type.Object({ name: Nullable(Type.String()), unit: Nullable(LocalizedText) })),
  data: Type.Record(Type.String(), Type.Unknown()),
  createdAt: IsoDateTime,
});
export type EventView = Static<typeof EventView>;

export const EventList = Type.Object({
  items: Type.Array(EventView),
  /** Whether older events remain: ask again with `before` = the first item's id. */
  hasEarlier: Type.Boolean(),
});
export type EventList = Static<typeof EventList>;

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

export const CloseCaseBody = Type.Object(
  { note: Type.String({ minLength: limits.reasonMin, maxLength: limits.noteMax }) },
  { additionalProperties: false },
);
export type CloseCaseBody = Static<typeof CloseCaseBody>;
