import { listCaseAttachments } from '../../db/queries/attachmentQueries.ts';
import {
  findComplaintStory,
  listComplaintPlaces,
  type ComplaintStoryRow,
  type StoryPlaceRow,
} from '../../db/queries/publicationQueries.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { canPublishComplaintStory } from '../../domain/policies/publicationPolicy.ts';
import type { ReadContext } from '../context.ts';
import { loadComplaint } from '../complaints/loadComplaint.ts';

export interface ComplaintStoryDraft {
  caseId: string;
  canPublish: boolean;
  resolved: boolean;
  story: ComplaintStoryRow | null;
  /** What the form starts from when nothing is published: the description with personal data masked. */
  suggestedText: string;
  places: StoryPlaceRow[];
  photos: { id: string; filename: string }[];
}

/** The staff form of a complaint's story: the published one, or a masked draft, with the choices of place and photo. */
export async function readComplaintStoryDraft(ctx: ReadContext, caseId: string): Promise<ComplaintStoryDraft> {
  const { complaint, facts } = await loadComplaint(ctx.db, ctx.actor, caseId);
  const [story, places, files] = await Promise.all([
    findComplaintStory(ctx.db, caseId),
    listComplaintPlaces(ctx.db, caseId),
    listCaseAttachments(ctx.db, caseId),
  ]);
  return {
    caseId,
    canPublish: canPublishComplaintStory(ctx.actor, facts),
    resolved: complaint.resolved_at !== null && complaint.merged_into === null,
    story: story ?? null,
    suggestedText: maskPersonalData(complaint.body),
    places,
    photos: files.filter((file) => file.content_type.startsWith('image/')).map((file) => ({ id: file.id, filename: file.filename })),
  };
}
