import { Type, type Static } from 'typebox';
import { redactionScopes } from '../infoRequests.ts';
import { IsoDateTime, literals, Nullable, Uuid } from './common.ts';

/**
 * The staff side of publishing information requests (issue #16, "in the open"): the publication
 * preview, document review and redaction rules. The browser's publish page and the admin page read
 * these types; the public disclosure log is server-rendered and has no API of its own.
 */
const Scope = literals(redactionScopes);

const Replaced = Type.Object({
  kind: Type.Union([Type.Literal('rule'), Type.Literal('requester'), Type.Literal('personal_data')]),
  ruleId: Type.Optional(Uuid),
  scope: Type.Optional(Scope),
  field: Type.Optional(Type.Union([Type.Literal('name'), Type.Literal('email'), Type.Literal('phone'), Type.Literal('citizen_id')])),
  original: Type.Optional(Type.String()),
});

export const RedactedText = Type.Object({
  text: Type.String(),
  parts: Type.Array(Type.Object({ text: Type.String(), replaced: Type.Optional(Replaced) })),
});
export type RedactedText = Static<typeof RedactedText>;

export const PublicationDocument = Type.Object({
  id: Uuid,
  answerId: Uuid,
  title: Type.String(),
  disclosure: Type.String(),
  groundCodes: Type.Array(Type.String()),
  reviewStatus: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]),
  reviewedAt: Nullable(IsoDateTime),
  reviewNote: Nullable(Type.String()),
  filename: Nullable(Type.String()),
  contentType: Nullable(Type.String()),
  sizeBytes: Nullable(Type.Integer()),
  canReview: Type.Boolean(),
});
export type PublicationDocument = Static<typeof PublicationDocument>;

export const InfoRequestPublication = Type.Object(
  {
    caseId: Uuid,
    ref: Type.String(),
    agency: Type.Object({ id: Uuid, code: Type.String(), nameTh: Type.String(), nameEn: Nullable(Type.String()) }),
    state: Type.String(),
    publishConsent: Type.Boolean(),
    publishedAt: Nullable(IsoDateTime),
    title: RedactedText,
    body: RedactedText,
    answers: Type.Array(
      Type.Object({ id: Uuid, outcome: Type.String(), createdAt: IsoDateTime, message: RedactedText, published: Type.Boolean() }),
    ),
    documents: Type.Array(PublicationDocument),
    canPublish: Type.Boolean(),
  },
  { $id: 'InfoRequestPublication', description: 'What would be published, already redacted, with every replacement marked' },
);
export type InfoRequestPublication = Static<typeof InfoRequestPublication>;

export const DocumentReviewBody = Type.Object(
  {
    status: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
    note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  },
  { additionalProperties: false },
);
export type DocumentReviewBody = Static<typeof DocumentReviewBody>;

export const DocumentReviewResult = Type.Object({ id: Uuid, reviewStatus: Type.String(), reviewedAt: IsoDateTime });

export const RedactionRule = Type.Object({
  id: Uuid,
  scope: Scope,
  unit: Nullable(Type.Object({ id: Uuid, code: Type.String(), nameTh: Type.String() })),
  caseId: Nullable(Uuid),
  pattern: Type.String(),
  replacement: Type.String(),
  reason: Nullable(Type.String()),
  createdAt: IsoDateTime,
  canDelete: Type.Boolean(),
});
export type RedactionRule = Static<typeof RedactionRule>;

export const RedactionRuleList = Type.Object({ items: Type.Array(RedactionRule) });
export type RedactionRuleList = Static<typeof RedactionRuleList>;

export const RedactionRuleQuery = Type.Object({ caseId: Type.Optional(Uuid) }, { additionalProperties: false });

export const RedactionRuleBody = Type.Object(
  {
    scope: Scope,
    unitId: Type.Optional(Uuid),
    caseId: Type.Optional(Uuid),
    pattern: Type.String({ minLength: 1, maxLength: 200 }),
    replacement: Type.Optional(Type.String({ maxLength: 100 })),
    reason: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type RedactionRuleBody = Static<typeof RedactionRuleBody>;

export const DocumentParams = Type.Object({ id: Uuid, docId: Uuid }, { additionalProperties: false });
