import { Type } from 'typebox';
import { complaintLimits as L } from '../../../shared/complaintLimits.ts';
import { limits } from '../../../shared/limits.ts';
import { IsoDateTime, LocalizedText, Nullable, Uuid } from '../../schemas/common.ts';

const AreaCode = Type.String({
  pattern: '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$',
  description: 'Province (2 digits), district (4) or subdistrict (6) code',
});
const CategoryCode = Type.String({ pattern: '^[a-z0-9_]{1,40}$' });

export const Complainant = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: L.nameMax })),
    citizenId: Type.Optional(Type.String({ maxLength: 20, description: '13 digits, checked by their check digit' })),
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    email: Type.Optional(Type.String({ maxLength: L.emailMax })),
    lineUserId: Type.Optional(Type.String({ maxLength: 40 })),
    consent: Type.Optional(Type.Boolean({ description: 'Agrees to be contacted about this complaint (default true)' })),
  },
  { additionalProperties: false },
);

const intakeFields = {
  categoryCode: Nullable(CategoryCode),
  title: Type.Optional(Type.String({ maxLength: L.titleMax })),
  description: Type.String({ minLength: 1, maxLength: L.descriptionMax }),
  areaCode: Nullable(AreaCode),
  location: Nullable(
    Type.Object(
      { lat: Type.Number({ minimum: -90, maximum: 90 }), lon: Type.Number({ minimum: -180, maximum: 180 }) },
      { additionalProperties: false },
    ),
  ),
  address: Type.Optional(Type.String({ maxLength: L.addressMax })),
  complainant: Nullable(Complainant),
  attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: L.photosMax, description: 'Photos uploaded first' })),
};

export const PublicComplaintBody = Type.Object(intakeFields, { additionalProperties: false });
export const StaffComplaintBody = Type.Object(
  { ...intakeFields, channel: Type.Union([Type.Literal('hotline'), Type.Literal('mail'), Type.Literal('walk_in')]) },
  { additionalProperties: false },
);

export const DuplicateCheckBody = Type.Object(
  {
    categoryCode: Nullable(CategoryCode),
    description: Type.String({ maxLength: L.descriptionMax }),
    areaCode: Nullable(AreaCode),
    location: intakeFields.location,
  },
  { additionalProperties: false },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: L.idempotencyKeyMax, description: 'The same key again returns the first answer' }),
  ),
});

/** A likely duplicate for staff: the case to open, and the public id (its tracking code belongs to its citizen). */
const Duplicate = Type.Object({ caseId: Uuid, publicId: Type.String(), score: Type.Number() });
/** A likely duplicate for the public: its public id only. */
export const DuplicateHint = Type.Object({ publicId: Type.String(), score: Type.Number() });
/** The unit a new complaint was routed to, named so the operator can tell the caller and the citizen sees where it went. */
const CreatedUnit = Type.Object({ code: Type.String(), name: LocalizedText });

export const CreatedComplaintView = Type.Object({
  caseId: Uuid,
  ref: Type.String(),
  trackingCode: Type.String(),
  unit: CreatedUnit,
  duplicates: Type.Array(Duplicate),
  replayed: Type.Boolean(),
});
export const PublicCreatedView = Type.Object({
  trackingCode: Type.String({ description: "The filer's own secret: it follows, rates and reopens this complaint" }),
  publicId: Type.String({ description: 'What others may see, e.g. as Open311 service_request_id' }),
  unit: CreatedUnit,
  duplicates: Type.Array(DuplicateHint),
  replayed: Type.Boolean(),
});

export const TrackingParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) }, { additionalProperties: false });

const CitizenStatus = Type.String({
  description: 'received, acknowledged, in_progress, waiting_for_citizen, resolved, reopened, merged, closed',
});
export const TrackedView = Type.Object({
  trackingCode: Type.String(),
  title: Type.String(),
  description: Type.String(),
  category: Type.Object({ code: Type.String(), th: Type.String(), en: Type.String() }),
  areaCode: Nullable(Type.String()),
  receivedAt: IsoDateTime,
  status: CitizenStatus,
  statusName: LocalizedText,
  unit: Nullable(LocalizedText),
  steps: Type.Array(Type.Object({ status: CitizenStatus, statusName: LocalizedText, at: IsoDateTime, message: Nullable(Type.String()) })),
  rating: Nullable(Type.Integer()),
  canRate: Type.Boolean(),
  canReopen: Type.Boolean(),
  reopenUntil: Nullable(IsoDateTime),
  mergedIntoPublicId: Nullable(Type.String()),
});

export const RatingBody = Type.Object(
  { rating: Type.Integer({ minimum: 1, maximum: 5 }), comment: Type.Optional(Type.String({ maxLength: limits.noteMax })) },
  { additionalProperties: false },
);
export const ReopenBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: limits.reasonMax }) },
  { additionalProperties: false },
);

export const CategoryView = Type.Object({
  code: Type.String(),
  name: LocalizedText,
  acknowledgeHours: Nullable(Type.Integer()),
  resolveHours: Nullable(Type.Integer()),
  active: Type.Boolean(),
});
export const CategoryBody = Type.Object(
  {
    nameTh: Type.String({ minLength: 1, maxLength: 100 }),
    nameEn: Type.String({ minLength: 1, maxLength: 100 }),
    acknowledgeHours: Nullable(Type.Integer({ minimum: 1, maximum: 8760 })),
    resolveHours: Nullable(Type.Integer({ minimum: 1, maximum: 8760 })),
    active: Type.Boolean(),
  },
  { additionalProperties: false },
);
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

export const StaffComplaintView = Type.Object({
  caseId: Uuid,
  ref: Type.String(),
  trackingCode: Nullable(Type.String({ description: "The citizen's secret (it rates and reopens): only for the handling unit" })),
  publicId: Type.String(),
  channel: Type.String(),
  category: Type.Object({ code: Type.String(), th: Type.String(), en: Type.String() }),
  title: Type.String(),
  description: Type.String(),
  areaCode: Nullable(Type.String()),
  location: Nullable(Type.Object({ lat: Type.Number(), lon: Type.Number() })),
  address: Nullable(Type.String()),
  anonymous: Type.Boolean(),
  receivedAt: IsoDateTime,
  resolvedAt: Nullable(IsoDateTime),
  waitingSince: Nullable(IsoDateTime),
  status: CitizenStatus,
  rating: Nullable(Type.Integer()),
  ratingComment: Nullable(Type.String()),
  reopenedCount: Type.Integer(),
  mergedIntoPublicId: Nullable(Type.String()),
  lead: Nullable(
    Type.Object({ assignmentId: Uuid, unit: Type.Object({ code: Type.String(), name: LocalizedText }), status: Type.String() }),
  ),
  photoIds: Type.Array(Uuid),
  allowed: Type.Object({ readComplainants: Type.Boolean(), reroute: Type.Boolean(), pause: Type.Boolean(), merge: Type.Boolean() }),
});

export const ContactView = Type.Object({
  id: Uuid,
  name: Nullable(Type.String()),
  citizenId: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  lineUserId: Nullable(Type.String()),
  consent: Type.Boolean(),
  fromTrackingCase: Type.Boolean({ description: 'False when this complainant came with a complaint merged into this one' }),
});

export const RerouteBody = Type.Object(
  { unitCode: Type.String({ minLength: 1, maxLength: 50 }), reason: Type.String({ minLength: 1, maxLength: limits.reasonMax }) },
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
export const CallerView = Type.Object({
  items: Type.Array(
    Type.Object({
      caseId: Uuid,
      trackingCode: Type.String(),
      name: Nullable(Type.String()),
      title: Type.String(),
      caseStatus: Type.String(),
      categoryCode: Type.String(),
      receivedAt: IsoDateTime,
    }),
  ),
});
export const PhotoView = Type.Object({ id: Uuid, sizeBytes: Type.Integer() });
