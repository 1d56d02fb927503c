import type { CasePublication as CasePublicationRead } from '../../commands/publication/publishCase.ts';
import type { ComplaintStoryDraft as DraftRead } from '../../commands/publication/readComplaintStoryDraft.ts';
import type { CasePublication, ComplaintStoryDraft } from '../../shared/api/publication.ts';

export function presentCasePublication(read: CasePublicationRead & { canPublish: boolean }): CasePublication {
  return { caseId: read.caseId, publishedAt: read.publishedAt?.toISOString() ?? null, canPublish: read.canPublish };
}

/** The staff story form; the suggested text is already masked, and staff of the case read it anyway. */
export function presentComplaintStoryDraft(read: DraftRead): ComplaintStoryDraft {
  const { story } = read;
  return {
    caseId: read.caseId,
    canPublish: read.canPublish,
    resolved: read.resolved,
    story: story
      ? {
          publicText: story.public_text,
          publicReply: story.public_reply,
          placeAreaCode: story.place_area_code,
          beforeAttachmentId: story.before_attachment_id,
          afterAttachmentId: story.after_attachment_id,
          publishedAt: story.published_at.toISOString(),
          updatedAt: story.updated_at.toISOString(),
        }
      : null,
    suggestedText: read.suggestedText,
    places: read.places.map((place) => ({ code: place.code, level: place.level, nameTh: place.name_th, nameEn: place.name_en })),
    photos: read.photos,
  };
}
