import { Type, type Static } from 'typebox';
import { complaintLimits as L } from '../complaintLimits.ts';
import { limits } from '../limits.ts';
import { IsoDateTime, LocalizedText, Nullable, Uuid } from './common.ts';

/**
 * The shapes of complaints: what a citizen (or an operator taking a call)
 * sends, what the tracking page and the staff panel show, and the category
 * settings. The browser builds the bodies and reads the views with these types.
 */
export const AreaCode = Type.String({
  pattern: '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$',
  description: 'Province (2 digits), district (4) or subdistrict (6) code',
});
export const CategoryCode = Type.String({ pattern: '^[a-z0-9_]{1,40}$' });

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
export type Complainant = Static<typeof Complainant>;

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
export type PublicComplaintBody = Static<typeof PublicComplaintBody>;
export const StaffComplaintBody = Type.Object(
  { ...intakeFields, channel: Type.Union([Type.Literal('hotline'), Type.Literal('mail'), Type.Literal('walk_in')]) },
  { additionalProperties: false },
);
export type StaffComplaintBody = Static<typeof StaffComplaintBody>;

export const DuplicateCheckBody = Type.Object(
  {
    categoryCode: Nullable(CategoryCode),
    description: Type.String({ maxLength: L.descriptionMax }),
    areaCode: Nullable(AreaCode),
    location: intakeFields.location,
  },
  { additionalProperties: false },
);
export type DuplicateCheckBody = Static<typeof DuplicateCheckBody>;

/** A likely duplicate for staff: the case to open, and the public id (its tracking code belongs to its citizen). */
const Duplicate = Type.Object({ caseId: Uuid, publicId: Type.String(), score: Type.Number() });
/** A likely duplicate for the public: its public id only. */
export const DuplicateHint = Type.Object({ publicId: Type.String(), score: Type.Number() });
export type DuplicateHint = Static<typeof DuplicateHint>;
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
export type CreatedComplaintView = Static<typeof CreatedComplaintView>;
export const PublicCreatedView = Type.Object({
  trackingCode: Type.String({ description: "The filer's own secret: it follows, rates and reopens this complaint" }),
  publicId: Type.String({ description: 'What others may see, e.g. as Open311 service_request_id' }),
  unit: CreatedUnit,
  duplicates: Type.Array(DuplicateHint),
  replayed: Type.Boolean(),
});
export type PublicCreatedView = Static<typeof PublicCreatedView>;

const CitizenStatus = Type.String({
  description:
    'received, acknowledged, in_progress, waiting_for_citizen, reported_fixed (the office says it is done, not yet checked), resolved, reopened, merged, closed',
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
  replies: Type.Array(Type.Object({ at: IsoDateTime, message: Type.String() }), {
    description: 'What the office wrote to the citizen (public replies), oldest first, personal data masked',
  }),
  mergedIntoPublicId: Nullable(Type.String()),
});
export type TrackedView = Static<typeof TrackedView>;

export const RatingBody = Type.Object(
  { rating: Type.Integer({ minimum: 1, maximum: 5 }), comment: Type.Optional(Type.String({ maxLength: limits.noteMax })) },
  { additionalProperties: false },
);
export type RatingBody = Static<typeof RatingBody>;
export const ReopenBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: limits.reasonMax }) },
  { additionalProperties: false },
);
export type ReopenBody = Static<typeof ReopenBody>;

export const CategoryView = Type.Object({
  code: Type.String(),
  name: LocalizedText,
  acknowledgeHours: Nullable(Type.Integer()),
  resolveHours: Nullable(Type.Integer()),
  active: Type.Boolean(),
  keywords: Type.Array(Type.String(), { description: 'Words people use for it, Thai and English, counted by the category suggester' }),
});
export type CategoryView = Static<typeof CategoryView>;
export const CategoryBody = Type.Object(
  {
    nameTh: Type.String({ minLength: 1, maxLength: 100 }),
    nameEn: Type.String({ minLength: 1, maxLength: 100 }),
    acknowledgeHours: Nullable(Type.Integer({ minimum: 1, maximum: 8760 })),
    resolveHours: Nullable(Type.Integer({ minimum: 1, maximum: 8760 })),
    active: Type.Boolean(),
    keywords: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
        maxItems: 50,
        description: 'Words people use for it, Thai and English; left out: kept as they are',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CategoryBody = Static<typeof CategoryBody>;
export const StaffComplaintView = Type.Object({
  caseId: Uuid,
  version: Type.Integer({ description: "The case's version: send it as If-Match on the staff actions (409 stale_write when it moved)" }),
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
  allowed: Type.Object({
    readComplainants: Type.Boolean(),
    reroute: Type.Boolean(),
    pause: Type.Boolean(),
    merge: Type.Boolean(),
    reply: Type.Boolean({ description: 'May write to the citizen (POST /api/complaints/{id}/public-reply)' }),
    recategorise: Type.Boolean({ description: 'May correct the category (POST /api/complaints/{id}/category)' }),
  }),
});
export type StaffComplaintView = Static<typeof StaffComplaintView>;

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
export type ContactView = Static<typeof ContactView>;

/** An earlier complaint from the same phone number, for the operator taking a call. */
export const Caller = Type.Object({
  caseId: Uuid,
  trackingCode: Type.String(),
  name: Nullable(Type.String()),
  title: Type.String(),
  caseStatus: Type.String(),
  categoryCode: Type.String(),
  receivedAt: IsoDateTime,
});
export type Caller = Static<typeof Caller>;

export const CallerView = Type.Object({ items: Type.Array(Caller) });
export type CallerView = Static<typeof CallerView>;
export const PhotoView = Type.Object({ id: Uuid, sizeBytes: Type.Integer() });
export type PhotoView = Static<typeof PhotoView>;

export const CategoryList = Type.Object({ items: Type.Array(CategoryView) });
export type CategoryList = Static<typeof CategoryList>;

export const DuplicateHintList = Type.Object({ items: Type.Array(DuplicateHint) });
export type DuplicateHintList = Static<typeof DuplicateHintList>;

/** Likely duplicates as staff see them while taking a call. */
export const StaffDuplicateList = Type.Object({
  items: Type.Array(Type.Object({ caseId: Type.String(), publicId: Type.String(), score: Type.Number() })),
});
export type StaffDuplicateList = Static<typeof StaffDuplicateList>;

export const ContactList = Type.Object({ items: Type.Array(ContactView) });
export type ContactList = Static<typeof ContactList>;

/** Staff's words to the citizen, apart from internal notes: shown on /track and sent to them, personal data masked. */
export const PublicReplyBody = Type.Object(
  { message: Type.String({ minLength: limits.reasonMin, maxLength: limits.reasonMax }) },
  { additionalProperties: false },
);
export type PublicReplyBody = Static<typeof PublicReplyBody>;
