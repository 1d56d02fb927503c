import { appendEvent } from '../../db/queries/eventQueries.ts';
import { listCaseAttachments } from '../../db/queries/attachmentQueries.ts';
import {
  deleteComplaintStory,
  findComplaintStory,
  listComplaintPlaces,
  upsertComplaintStory,
} from '../../db/queries/publicationQueries.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { AppError, type FieldProblem } from '../../domain/errors.ts';
import { canPublishComplaintStory } from '../../domain/policies/publicationPolicy.ts';
import type { CommandContext } from '../context.ts';
import { loadComplaint } from '../complaints/loadComplaint.ts';

export interface ComplaintStoryInput {
  publicText: string;
  publicReply: string;
  /** The area the story names: the complaint's subdistrict or, coarser, its district. */
  placeAreaCode: string | null;
  beforeAttachmentId: string | null;
  afterAttachmentId: string | null;
}

/** Text that the personal-data mask would change still holds a phone, ID, e-mail, LINE ID or name. */
function personalDataProblems(input: ComplaintStoryInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value] of [
    ['publicText', input.publicText],
    ['publicReply', input.publicReply],
  ] as const) {
    if (maskPersonalData(value) !== value) {
      problems.push({
        path: `/${field}`,
        th: 'ข้อความยังมีข้อมูลส่วนบุคคล (ชื่อ เบอร์โทรศัพท์ เลขประจำตัว อีเมล หรือไลน์ไอดี) โปรดลบออกก่อนเผยแพร่',
        en: 'The text still holds personal data (a name, phone, ID number, e-mail or LINE ID). Remove it before publishing.',
      });
    }
  }
  return problems;
}

/**
 * Publishes a resolved complaint on the portal as a story, or changes a published one: the public
 * text and reply are checked against the personal-data mask on every save (over-masking is the
 * chosen failure), the place is one of the complaint's own areas (never its point or address) and
 * photos are the complaint's own images, stored without metadata at upload. Appends
 * `story_published` in the same transaction.
 */
export async function publishComplaintStory(ctx: CommandContext, caseId: string, input: ComplaintStoryInput): Promise<void> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const { complaint, facts } = await loadComplaint(tx, actor, caseId, { forUpdate: true });
    if (!canPublishComplaintStory(actor, facts)) throw new AppError('forbidden');
    if (!complaint.resolved_at || complaint.merged_into) {
      throw new AppError('invalid_transition', {
        th: 'เผยแพร่ได้เฉพาะเรื่องร้องเรียนที่แก้ไขเสร็จแล้ว',
        en: 'Only a resolved complaint can be published.',
      });
    }
    const problems = personalDataProblems(input);
    const places = await listComplaintPlaces(tx, caseId);
    if (input.placeAreaCode !== null && !places.some((place) => place.code === input.placeAreaCode)) {
      problems.push({ path: '/placeAreaCode', th: 'โปรดเลือกตำบลหรืออำเภอของเรื่องนี้', en: "Choose the complaint's subdistrict or district." });
    }
    const images = new Set((await listCaseAttachments(tx, caseId)).filter((f) => f.content_type.startsWith('image/')).map((f) => f.id));
    for (const field of ['beforeAttachmentId', 'afterAttachmentId'] as const) {
      const id = input[field];
      if (id !== null && !images.has(id)) {
        problems.push({ path: `/${field}`, th: 'โปรดเลือกรูปภาพของเรื่องนี้', en: "Choose one of this complaint's photos." });
      }
    }
    if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
    const existing = await findComplaintStory(tx, caseId);
    await upsertComplaintStory(tx, { caseId, ...input, by: actor.userId, now });
    await appendEvent(tx, {
      caseId,
      type: 'story_published',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { updated: existing !== undefined },
      at: now,
    });
  });
}

/** Takes a story off the portal (its photos stop being served at once); appends `story_withdrawn`. */
export async function withdrawComplaintStory(ctx: CommandContext, caseId: string): Promise<void> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const { facts } = await loadComplaint(tx, actor, caseId, { forUpdate: true });
    if (!canPublishComplaintStory(actor, facts)) throw new AppError('forbidden');
    if (!(await deleteComplaintStory(tx, caseId))) return;
    await appendEvent(tx, { caseId, type: 'story_withdrawn', actorUserId: actor.userId, actorUnitId: actor.unitId, data: {}, at: now });
  });
}
