import { Type, type Static } from 'typebox';
import { infoRequestDisplayStates, infoRequestForms, infoRequestLimits as L, infoRequestStates } from '../infoRequests.ts';
import { IsoDateTime, LocalizedText, literals, Nullable, oneOf, Uuid } from './common.ts';

/**
 * The shapes of requests for official information (Official Information Act B.E. 2540): what a
 * requester or an operator sends, what the tracking page shows (no staff names, no personal data),
 * and what the agency's staff read and do.
 */
export const Requester = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: L.nameMax })),
    citizenId: Type.Optional(Type.String({ maxLength: 20 })),
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    address: Type.Optional(Type.String({ maxLength: L.addressMax })),
  },
  { additionalProperties: false },
);

const filingFields = {
  agencyUnitId: Uuid,
  title: Type.String({ maxLength: L.titleMax }),
  body: Type.String({ maxLength: L.bodyMax, description: 'What information is asked for' }),
  formWanted: literals(infoRequestForms),
  requester: Nullable(Requester),
  publishConsent: Type.Boolean({ description: 'The request and its answer may be published without the name' }),
};
export const PublicInfoRequestBody = Type.Object(filingFields, { additionalProperties: false });
export type PublicInfoRequestBody = Static<typeof PublicInfoRequestBody>;
export const StaffInfoRequestBody = Type.Object(
  { ...filingFields, channel: literals(['hotline', 'mail', 'walk_in'] as const) },
  { additionalProperties: false },
);
export type StaffInfoRequestBody = Static<typeof StaffInfoRequestBody>;

export const FiledInfoRequestView = Type.Object({
  ref: Type.String(),
  trackingCode: Type.String(),
  agency: LocalizedText,
  dueAt: Nullable(IsoDateTime),
  replayed: Type.Boolean(),
});
export type FiledInfoRequestView = Static<typeof FiledInfoRequestView>;
export const StaffFiledInfoRequestView = Type.Object({ ...FiledInfoRequestView.properties, caseId: Uuid });
export type StaffFiledInfoRequestView = Static<typeof StaffFiledInfoRequestView>;

export const AgencyQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100 }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, default: 0 })),
  },
  { additionalProperties: false },
);
export const AgencyChoice = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: LocalizedText,
  abbreviation: Nullable(Type.String()),
  parent: Nullable(LocalizedText),
});
export type AgencyChoice = Static<typeof AgencyChoice>;
export const AgencyList = Type.Object({ items: Type.Array(AgencyChoice), total: Type.Integer() });
export type AgencyList = Static<typeof AgencyList>;

export const InfoRequestCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) }, { additionalProperties: false });
export const DocumentParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 20 }), documentId: Uuid },
  { additionalProperties: false },
);

const Ground = Type.Object({ code: Type.String(), name: LocalizedText });
export const TransferView = Type.Object({ at: IsoDateTime, from: LocalizedText, to: LocalizedText, reason: Type.String() });
export const DocumentView = Type.Object({
  id: Uuid,
  title: Type.String(),
  disclosure: Type.String(),
  grounds: Type.Array(Ground),
  downloadable: Type.Boolean(),
});
export const AnswerView = Type.Object({
  at: IsoDateTime,
  outcome: Type.String(),
  message: Type.String(),
  feeBaht: Type.Number(),
  feeNote: Nullable(Type.String()),
  appealDeadlineAt: Nullable(IsoDateTime),
  grounds: Type.Array(Ground),
  documents: Type.Array(DocumentView),
});
export const PublicStep = Type.Object({ at: IsoDateTime, kind: Type.String(), text: LocalizedText, message: Nullable(Type.String()) });

export const TrackedInfoRequestView = Type.Object({
  ref: Type.String(),
  title: Type.String(),
  body: Type.String(),
  formWanted: oneOf(infoRequestForms),
  state: oneOf(infoRequestStates),
  displayState: oneOf(infoRequestDisplayStates),
  agency: LocalizedText,
  receivedAt: IsoDateTime,
  dueAt: Nullable(IsoDateTime),
  clarificationQuestion: Nullable(Type.String()),
  transfers: Type.Array(TransferView),
  answers: Type.Array(AnswerView),
  steps: Type.Array(PublicStep),
  canWithdraw: Type.Boolean(),
  canObject: Type.Boolean(),
});
export type TrackedInfoRequestView = Static<typeof TrackedInfoRequestView>;

export const WithdrawBody = Type.Object({}, { additionalProperties: false });
export const ClarificationAnswerBody = Type.Object(
  { answer: Type.String({ minLength: 1, maxLength: L.bodyMax }) },
  { additionalProperties: false },
);
export const ClarificationQuestionBody = Type.Object(
  { question: Type.String({ minLength: 1, maxLength: L.reasonMax }) },
  { additionalProperties: false },
);
export const TransferBody = Type.Object(
  { toUnitId: Uuid, reason: Type.String({ minLength: 1, maxLength: L.reasonMax }) },
  { additionalProperties: false },
);

export const InfoRequestListQuery = Type.Object(
  {
    state: Type.Optional(literals(infoRequestDisplayStates)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
  },
  { additionalProperties: false },
);
export const InfoRequestListItem = Type.Object({
  id: Uuid,
  ref: Type.String(),
  title: Type.String(),
  displayState: oneOf(infoRequestDisplayStates),
  agency: LocalizedText,
  receivedAt: IsoDateTime,
  dueAt: Nullable(IsoDateTime),
});
export type InfoRequestListItem = Static<typeof InfoRequestListItem>;
export const InfoRequestList = Type.Object({ items: Type.Array(InfoRequestListItem), total: Type.Integer() });
export type InfoRequestList = Static<typeof InfoRequestList>;

export const infoRequestActions = ['transfer', 'clarify', 'read_requester', 'answer', 'publish'] as const;
export const StaffInfoRequestView = Type.Object({
  id: Uuid,
  ...TrackedInfoRequestView.properties,
  channel: Type.String(),
  publishConsent: Type.Boolean(),
  longOverdueAt: Nullable(IsoDateTime),
  leadAssignment: Nullable(Type.Object({ id: Uuid, status: Type.String(), unitId: Uuid })),
  objections: Type.Array(
    Type.Object({ id: Uuid, kind: Type.String(), status: Type.String(), filedAt: IsoDateTime, dueAt: Nullable(IsoDateTime) }),
  ),
  allowedActions: Type.Array(oneOf(infoRequestActions)),
});
export type StaffInfoRequestView = Static<typeof StaffInfoRequestView>;

export const RequesterView = Type.Object({
  name: Nullable(Type.String()),
  citizenId: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  address: Nullable(Type.String()),
});
export type RequesterView = Static<typeof RequesterView>;
