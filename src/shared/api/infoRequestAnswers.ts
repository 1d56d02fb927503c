import { Type, type Static } from 'typebox';
import { documentDisclosures, infoRequestOutcomes, infoRequestStates, objectionKinds, objectionStatuses } from '../infoRequests.ts';
import { infoAnswerLimits as L, objectionDecisions } from '../infoRequestAnswers.ts';
import { IsoDateTime, literals, Nullable, oneOf, Uuid } from './common.ts';

/** Answers, legal grounds and objections (issue #16): the API's shapes, shared with the browser. */
const GroundCode = Type.String({ pattern: '^[a-z0-9_]{1,40}$', description: 'A legal ground code, such as s15_5' });
const GroundCodes = Type.Array(GroundCode, { maxItems: L.groundCodesMax });

export const AnswerDocumentBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: L.documentTitleMax }),
    disclosure: literals(documentDisclosures),
    groundCodes: Type.Optional(GroundCodes),
    attachmentId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);

export const AnswerBody = Type.Object(
  {
    outcome: literals(infoRequestOutcomes),
    message: Type.String({ minLength: 1, maxLength: L.messageMax }),
    groundCodes: Type.Optional(GroundCodes),
    feeBaht: Type.Optional(Type.Number({ minimum: 0, maximum: L.feeMax })),
    feeNote: Type.Optional(Nullable(Type.String({ maxLength: L.feeNoteMax }))),
    documents: Type.Optional(Type.Array(AnswerDocumentBody, { maxItems: L.documentsMax })),
  },
  { additionalProperties: false },
);
export type AnswerBody = Static<typeof AnswerBody>;

export const AnswerCreated = Type.Object({
  answerId: Uuid,
  documentIds: Type.Array(Uuid),
  appealDeadlineAt: Nullable(IsoDateTime),
  messagesQueued: Type.Integer(),
});
export type AnswerCreated = Static<typeof AnswerCreated>;

export const UploadedDocumentView = Type.Object({
  id: Uuid,
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
});
export type UploadedDocumentView = Static<typeof UploadedDocumentView>;

export const DocumentParams = Type.Object({ id: Uuid, docId: Uuid }, { additionalProperties: false });

export const GroundView = Type.Object({
  code: Type.String(),
  section: Type.String(),
  item: Nullable(Type.String()),
  nameTh: Type.String(),
  nameEn: Type.String(),
  active: Type.Boolean(),
  sortOrder: Type.Integer(),
});
export type GroundView = Static<typeof GroundView>;
export const GroundList = Type.Object({ items: Type.Array(GroundView) });
export type GroundList = Static<typeof GroundList>;

const groundFields = {
  section: Type.String({ minLength: 1, maxLength: 10 }),
  item: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
  nameTh: Type.String({ minLength: 1, maxLength: 500 }),
  nameEn: Type.String({ minLength: 1, maxLength: 500 }),
  active: Type.Optional(Type.Boolean()),
  sortOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
};
export const GroundCreateBody = Type.Object({ code: GroundCode, ...groundFields }, { additionalProperties: false });
export type GroundCreateBody = Static<typeof GroundCreateBody>;
export const GroundUpdateBody = Type.Object(groundFields, { additionalProperties: false });
export type GroundUpdateBody = Static<typeof GroundUpdateBody>;
export const GroundParams = Type.Object({ code: GroundCode }, { additionalProperties: false });

export const ObjectionBody = Type.Object(
  { kind: literals(objectionKinds), reason: Type.String({ minLength: 1, maxLength: L.objectionReasonMax }) },
  { additionalProperties: false },
);
export type ObjectionBody = Static<typeof ObjectionBody>;
export const ObjectionCreated = Type.Object({ id: Uuid, dueAt: IsoDateTime });

export const ObjectionWayView = Type.Object({
  open: Type.Boolean(),
  /** Why it is closed (`not_refused`, `deadline_passed`, `not_yet_due`, ...), null when open. */
  reason: Nullable(Type.String()),
  /** Appeal: its deadline; complaint: the agency's due date. */
  deadline: Nullable(IsoDateTime),
  basis: Nullable(Type.String()),
});
export type ObjectionWayView = Static<typeof ObjectionWayView>;

export const PublicObjectionView = Type.Object({
  id: Uuid,
  kind: oneOf(objectionKinds),
  status: oneOf(objectionStatuses),
  filedAt: IsoDateTime,
  dueAt: Nullable(IsoDateTime),
  decision: Nullable(Type.String()),
  decidedAt: Nullable(IsoDateTime),
});
export type PublicObjectionView = Static<typeof PublicObjectionView>;

export const ObjectionWaysView = Type.Object({
  ref: Type.String(),
  title: Type.String(),
  state: oneOf(infoRequestStates),
  dueAt: Nullable(IsoDateTime),
  answeredAt: Nullable(IsoDateTime),
  outcome: Nullable(Type.String()),
  appeal: ObjectionWayView,
  oicComplaint: ObjectionWayView,
  objections: Type.Array(PublicObjectionView),
});
export type ObjectionWaysView = Static<typeof ObjectionWaysView>;

export const ObjectionParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 20 }), objectionId: Uuid },
  { additionalProperties: false },
);

export const StaffObjectionView = Type.Object({
  ...PublicObjectionView.properties,
  caseId: Uuid,
  ref: Type.String(),
  title: Type.String(),
  agency: Type.Object({ id: Uuid, nameTh: Type.String(), nameEn: Nullable(Type.String()) }),
  reason: Type.String(),
  decisionNote: Nullable(Type.String()),
  extendedAt: Nullable(IsoDateTime),
  extensionNote: Nullable(Type.String()),
  overdue: Type.Boolean(),
});
export type StaffObjectionView = Static<typeof StaffObjectionView>;

export const ObjectionListQuery = Type.Object(
  {
    status: Type.Optional(literals(['open', 'all'] as const)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0 })),
  },
  { additionalProperties: false },
);
export const ObjectionList = Type.Object({ items: Type.Array(StaffObjectionView), total: Type.Integer(), canDecide: Type.Boolean() });
export type ObjectionList = Static<typeof ObjectionList>;

export const DecisionBody = Type.Object(
  { decision: literals(objectionDecisions), note: Type.Optional(Nullable(Type.String({ maxLength: L.decisionNoteMax }))) },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;
export const DecisionResult = Type.Object({
  status: oneOf(['open', 'decided'] as const),
  dueAt: Nullable(IsoDateTime),
  reopened: Type.Boolean(),
});
