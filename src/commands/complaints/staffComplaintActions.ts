import type { Queryable } from '../../db/database.ts';
import {
  pauseAssignment,
  reinstateLeadAssignment,
  resumeAssignment,
  returnUnfinishedAssignments,
} from '../../db/queries/assignmentQueries.ts';
import { findComplaintsByPhone, readContactsLogged, type ContactRow } from '../../db/queries/complaintQueries.ts';
import { touchCase } from '../../db/queries/caseQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { enqueueForComplainants } from '../../db/queries/outboxQueries.ts';
import { findUnitByCode } from '../../db/queries/unitQueries.ts';
import type { AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { CaseStatus } from '../../domain/cases/caseKinds.ts';
import { statusChangedMessage } from '../../domain/complaints/citizenMessages.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { normalisePhone } from '../../domain/complaints/validateIntake.ts';
import { checkExpectedVersion } from '../../domain/cases/checkExpectedVersion.ts';
import { AppError } from '../../domain/errors.ts';
import {
  canMergeComplaint,
  canPauseComplaint,
  canRecategoriseComplaint,
  canReadComplainants,
  canReplyToCitizen,
  canRerouteComplaint,
  canTakeComplaints,
  isHandlingComplaint,
} from '../../domain/policies/complaintPolicy.ts';
import { limits } from '../../shared/limits.ts';
import { changeAssignmentStatus } from '../assignments/changeAssignmentStatus.ts';
import type { CommandContext } from '../context.ts';
import { loadComplaint } from './loadComplaint.ts';
import { currentComplaintConfig } from './complaintConfig.ts';
import { changeComplaintCategory, checkCategoryCode } from './recategoriseComplaint.ts';
import { notifyCitizen } from './notifyCitizen.ts';

function checkReason(reason: string, path = '/reason'): string {
  const trimmed = reason.trim();
  if (trimmed.length < limits.reasonMin || trimmed.length > limits.reasonMax) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path,
          th: `โปรดระบุเหตุผล ${limits.reasonMin}–${limits.reasonMax} ตัวอักษร`,
          en: `Give a reason of ${limits.reasonMin}–${limits.reasonMax} characters.`,
        },
      ],
    });
  }
  return trimmed;
}

/** A complaint as staff see it: its facts, the text unmasked only for the unit handling it. */
export async function readComplaintForStaff(ctx: CommandContext, caseId: string) {
  const { complaint, lead, facts } = await loadComplaint(ctx.db, ctx.actor, caseId);
  const handling = isHandlingComplaint(ctx.actor, facts);
  const photos = await ctx.db.query<{ id: string }>(
    `select id from attachments where case_id = $1 and event_id is null order by created_at`,
    [caseId],
  );
  return {
    complaint,
    lead,
    handling,
    canReadComplainants: canReadComplainants(ctx.actor, facts),
    canReroute: canRerouteComplaint(ctx.actor, facts),
    canRecategorise: canRecategoriseComplaint(ctx.actor, facts),
    canPause: canPauseComplaint(ctx.actor, facts),
    canMerge: canMergeComplaint(ctx.actor, facts),
    canReply: canReplyToCitizen(ctx.actor, facts) && complaint.merged_into === null,
    // The title is a label shown across units: masked for everyone (see complaintRowFor).
    title: maskPersonalData(complaint.title),
    description: handling ? complaint.body : maskPersonalData(complaint.body),
    photoIds: photos.rows.map((row) => row.id),
  };
}

/** The complainants' personal data: only for the unit handling the complaint, and every read is recorded. */
export async function readComplainants(ctx: CommandContext, caseId: string): Promise<ContactRow[]> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { facts } = await loadComplaint(tx, ctx.actor, caseId);
    if (!canReadComplainants(ctx.actor, facts)) throw new AppError('forbidden');
    return readContactsLogged(tx, { caseId, userId: ctx.actor.userId, unitId: ctx.actor.unitId, purpose: 'handling', now });
  });
}

/** A returning caller: their earlier complaints by phone number (a read of personal data, recorded on each case). */
export async function findCaller(ctx: CommandContext, phoneInput: string) {
  if (!canTakeComplaints(ctx.actor)) throw new AppError('forbidden');
  const phone = normalisePhone(phoneInput);
  if (!phone) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/phone', th: 'หมายเลขโทรศัพท์ไม่ถูกต้อง', en: 'The phone number is not valid.' }],
    });
  }
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const rows = await findComplaintsByPhone(tx, phone);
    for (const row of rows) {
      await tx.query(
        `insert into complainant_contact_reads (contact_id, case_id, user_id, purpose, created_at) values ($1, $2, $3, 'caller_lookup', $4)`,
        [row.contact_id, row.case_id, ctx.actor.userId, now],
      );
    }
    return rows;
  });
}

async function leadOrFail(tx: Queryable, ctx: CommandContext, caseId: string, expectedVersion: number | undefined) {
  const loaded = await loadComplaint(tx, ctx.actor, caseId, { forUpdate: true, expectedVersion });
  if (!loaded.lead) throw new AppError('invalid_transition');
  return { ...loaded, lead: loaded.lead };
}

/**
 * Sends the complaint to another unit, with a reason: the current lead
 * assignment is returned and the new unit gets a fresh one (its service
 * level clock starts now).
 */
export async function rerouteComplaint(
  ctx: CommandContext,
  caseId: string,
  input: { unitCode: string; reason: string; category?: string; expectedVersion?: number },
) {
  const reason = checkReason(input.reason);
  const now = ctx.clock.now();
  // A new category may come with the move (issue #14, item 2): the suggester learns from it.
  const config = input.category === undefined ? null : await currentComplaintConfig(ctx.db);
  const category = config && input.category !== undefined ? checkCategoryCode(config, input.category) : null;
  return ctx.db.transaction(async (tx) => {
    const { complaint, lead, facts } = await leadOrFail(tx, ctx, caseId, input.expectedVersion);
    if (!canRerouteComplaint(ctx.actor, facts)) throw new AppError('forbidden');
    const unit = await findUnitByCode(tx, input.unitCode);
    if (!unit || !unit.active)
      throw new AppError('invalid_target', { fields: [{ path: '/unitCode', th: 'ไม่พบหน่วยงานนี้', en: 'There is no such unit.' }] });
    if (unit.id === lead.unit_id)
      throw new AppError('conflict', { th: 'เรื่องอยู่ที่หน่วยงานนี้แล้ว', en: 'The complaint is already with this unit.' });
    const newId = await reinstateLeadAssignment(tx, {
      caseId,
      unitId: unit.id,
      assignedByUnitId: ctx.actor.unitId,
      assignedBy: ctx.actor.userId,
      now,
    });
    await tx.query('update complaints set waiting_since = null where case_id = $1', [caseId]);
    // The old lead is returned; the event is filed under the new one, which the complaint is with now.
    await changeAssignmentStatus(tx, {
      kase: { id: caseId, kind: 'complaint', status: complaint.case_status as CaseStatus },
      assignment: { id: lead.id, status: lead.status as AssignmentStatus },
      move: 'reroute',
      by: ctx.actor,
      returnReason: reason,
      event: {
        type: 'rerouted',
        assignmentId: newId,
        data: { from: { code: lead.unit_code, assignmentId: lead.id }, to: { code: unit.code, assignmentId: newId }, reason },
      },
      now,
    });
    if (config && category && category !== complaint.category_code) {
      await changeComplaintCategory(tx, { config, complaint, categoryCode: category, reason, actor: ctx.actor, assignmentId: newId, now });
    }
    return { assignmentId: newId, unitCode: unit.code };
  });
}

/** Stops the service-level clock while the unit waits for the citizen's answer, and asks them. */
export async function waitForCitizen(ctx: CommandContext, caseId: string, input: { message: string; expectedVersion?: number }) {
  const message = checkReason(input.message, '/message');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const { complaint, lead, facts } = await leadOrFail(tx, ctx, caseId, input.expectedVersion);
    if (!canPauseComplaint(ctx.actor, facts)) throw new AppError('forbidden');
    if (lead.paused_at || !['sent', 'acknowledged', 'in_progress'].includes(lead.status)) throw new AppError('invalid_transition');
    await pauseAssignment(tx, { id: lead.id, now });
    // The case's version moves with it, so a page showing the complaint before the pause is stale.
    await touchCase(tx, caseId, now);
    await tx.query('update complaints set waiting_since = $2 where case_id = $1', [caseId, now]);
    await appendEvent(tx, {
      caseId,
      assignmentId: lead.id,
      type: 'waiting_for_citizen',
      actorUserId: ctx.actor.userId,
      actorUnitId: ctx.actor.unitId,
      data: { message },
      at: now,
    });
    await notifyCitizen(tx, { caseId, trackingCode: complaint.tracking_code, status: 'waiting_for_citizen', note: message, now });
  });
}

/** The citizen answered: the clock runs again, the paused time not counted. */
export async function resumeComplaint(ctx: CommandContext, caseId: string, input: { note: string | null; expectedVersion?: number }) {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const { complaint, lead, facts } = await leadOrFail(tx, ctx, caseId, input.expectedVersion);
    if (!canPauseComplaint(ctx.actor, facts)) throw new AppError('forbidden');
    if (!lead.paused_at) throw new AppError('invalid_transition');
    const pausedMs = now.getTime() - lead.paused_at.getTime();
    await resumeAssignment(tx, { id: lead.id, pausedMs, now });
    await touchCase(tx, caseId, now);
    await tx.query('update complaints set waiting_since = null where case_id = $1', [caseId]);
    await appendEvent(tx, {
      caseId,
      assignmentId: lead.id,
      type: 'citizen_resumed',
      actorUserId: ctx.actor.userId,
      actorUnitId: ctx.actor.unitId,
      data: { pausedMs, ...(input.note ? { note: input.note } : {}) },
      at: now,
    });
    await notifyCitizen(tx, { caseId, trackingCode: complaint.tracking_code, status: 'in_progress', now });
  });
}

/**
 * Joins a duplicate into the complaint that stays: its complainants follow
 * the surviving case from now on (its messages reach them), its assignment is
 * returned and it is closed; both cases record the merge.
 */
export async function mergeComplaint(
  ctx: CommandContext,
  caseId: string,
  input: { intoCaseId: string; reason: string; expectedVersion?: number },
) {
  const reason = checkReason(input.reason);
  if (caseId === input.intoCaseId)
    throw new AppError('validation_failed', {
      fields: [{ path: '/intoCaseId', th: 'รวมเรื่องกับตัวเองไม่ได้', en: 'A complaint cannot be merged into itself.' }],
    });
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // Lock both in id order so two opposite merges cannot deadlock.
    const [first, second] = [caseId, input.intoCaseId].sort();
    const loaded = new Map([
      [first!, await loadComplaint(tx, ctx.actor, first!, { forUpdate: true })],
      [second!, await loadComplaint(tx, ctx.actor, second!, { forUpdate: true })],
    ]);
    const from = loaded.get(caseId)!;
    // The version sent is the one of the complaint being merged away (the page the officer acts on).
    const fromCase = await tx.query<{ version: number }>('select version from cases where id = $1', [caseId]);
    checkExpectedVersion(fromCase.rows[0]!, input.expectedVersion);
    const into = loaded.get(input.intoCaseId)!;
    if (!canMergeComplaint(ctx.actor, from.facts)) throw new AppError('forbidden');
    if (from.complaint.merged_into || into.complaint.merged_into || into.facts.caseClosed) throw new AppError('invalid_transition');
    await tx.query('update complainant_contacts set case_id = $2 where case_id = $1', [caseId, input.intoCaseId]);
    await tx.query('update complaints set merged_into = $2 where case_id = $1', [caseId, input.intoCaseId]);
    await returnUnfinishedAssignments(tx, { caseId, reason, now });
    await tx.query(`update cases set status = 'closed', closed_at = $2, updated_at = $2 where id = $1`, [caseId, now]);
    await appendEvent(tx, {
      caseId,
      type: 'merged',
      actorUserId: ctx.actor.userId,
      actorUnitId: ctx.actor.unitId,
      data: { into: { caseId: input.intoCaseId, publicId: into.complaint.public_id }, reason },
      at: now,
    });
    await appendEvent(tx, {
      caseId: input.intoCaseId,
      type: 'merged_in',
      actorUserId: ctx.actor.userId,
      actorUnitId: ctx.actor.unitId,
      data: { from: { caseId, publicId: from.complaint.public_id }, reason },
      at: now,
    });
    // The moved complainants are told once, under their own code (a tracking code is its holder's
    // secret: it rates and reopens); the survivor's own complainants are not disturbed.
    const ownCode = from.complaint.tracking_code;
    const message = statusChangedMessage({
      trackingCode: ownCode,
      status: 'merged',
      note: `เรื่องนี้รวมกับเรื่องเลขอ้างอิง ${into.complaint.public_id} ท่านจะได้รับแจ้งความคืบหน้าด้วยรหัส ${ownCode} / It was joined with complaint ${into.complaint.public_id}; we will keep you informed under your code ${ownCode}`,
    });
    await enqueueForComplainants(tx, {
      caseId: input.intoCaseId,
      originalCaseId: caseId,
      kind: 'status_changed',
      subject: message.subject,
      body: message.body,
      payload: { trackingCode: ownCode, status: 'merged' },
      now,
    });
  });
}
