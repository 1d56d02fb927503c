import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable, Uuid } from './common.ts';

export const CasePublication = Type.Object(
  { caseId: Uuid, publishedAt: Nullable(IsoDateTime), canPublish: Type.Boolean() },
  { $id: 'CasePublication', description: 'Whether a case is on the public portal, and whether the viewer may change that' },
);
export type CasePublication = Static<typeof CasePublication>;

const PublicText = Type.String({ minLength: 1, maxLength: 4000 });

export const ComplaintStoryBody = Type.Object(
  {
    publicText: PublicText,
    publicReply: PublicText,
    placeAreaCode: Nullable(Type.String({ pattern: '^[0-9]{4}([0-9]{2})?$' })),
    beforeAttachmentId: Nullable(Uuid),
    afterAttachmentId: Nullable(Uuid),
  },
  { additionalProperties: false },
);
export type ComplaintStoryBody = Static<typeof ComplaintStoryBody>;

const Place = Type.Object({ code: Type.String(), level: Type.String(), nameTh: Type.String(), nameEn: Nullable(Type.String()) });

export const ComplaintStoryDraft = Type.Object(
  {
    caseId: Uuid,
    canPublish: Type.Boolean(),
    resolved: Type.Boolean(),
    story: Nullable(
      Type.Object({
        publicText: Type.String(),
        publicReply: Type.String(),
        placeAreaCode: Nullable(Type.String()),
        beforeAttachmentId: Nullable(Uuid),
        afterAttachmentId: Nullable(Uuid),
        publishedAt: IsoDateTime,
        updatedAt: IsoDateTime,
      }),
    ),
    suggestedText: Type.String(),
    places: Type.Array(Place),
    photos: Type.Array(Type.Object({ id: Uuid, filename: Type.String() })),
  },
  { $id: 'ComplaintStoryDraft' },
);
export type ComplaintStoryDraft = Static<typeof ComplaintStoryDraft>;
