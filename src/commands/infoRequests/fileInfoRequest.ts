import type { Database, Queryable } from '../../db/database.ts';
import { insertAssignments } from '../../db/queries/assignmentQueries.ts';
import { insertCase } from '../../db/queries/caseQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { findRequestableAgency, insertInfoRequest, insertRequesterContact } from '../../db/queries/infoRequestQueries.ts';
import { formatCaseRef } from '../../domain/cases/caseKinds.ts';
import type { Clock } from '../../domain/clock.ts';
import { newTrackingCode } from '../../domain/complaints/trackingCode.ts';
import { AppError } from '../../domain/errors.ts';
import { requestReceivedMessage } from '../../domain/infoRequests/requesterMessages.ts';
import { validateFiling, type FilingInput } from '../../domain/infoRequests/validateFiling.ts';
import { canFileInfoRequestFor } from '../../domain/policies/infoRequestPolicy.ts';
import type { Actor } from '../../domain/roles.ts';
import { toSearchWords } from '../../domain/thai/segmentWords.ts';
import { randomUUID } from 'node:crypto';
import { infoRequestDeadline } from './infoRequestDeadline.ts';
import { notifyRequester } from './notifyRequester.ts';

export interface FiledInfoRequest {
  id: string;
  ref: string;
  trackingCode: string;
  agencyUnitId: string;
  /** The agency's name, for the receipt the requester reads. */
  agency: { th: string; en: string };
  dueAt: Date | null;
}

/**
 * Files a request for official information: from the public form (no actor) or by staff for someone
 * who asked by phone, letter or at a counter. In one transaction: the case (owned by the agency
 * addressed), its `created` event, the request's own row with its tracking code and the agency's
 * deadline, the requester's contact kept apart, and the lead assignment to the agency with its
 * `assigned` event.
 */
export async function fileInfoRequest(
  ctx: { db: Database; clock: Clock; actor: Actor | null },
  input: FilingInput,
): Promise<FiledInfoRequest> {
  const filing = checkFiling(ctx.actor, input);
  return ctx.db.transaction((tx) => fileInfoRequestInTx(tx, ctx.clock.now(), ctx.actor, filing));
}

/** Who may file by which channel (the public only on the web form), then the request's fields checked. */
export function checkFiling(actor: Actor | null, input: FilingInput): ReturnType<typeof validateFiling> {
  if (actor && !canFileInfoRequestFor(actor)) throw new AppError('forbidden');
  if (!actor && input.channel !== 'web') throw new AppError('forbidden');
  return validateFiling(input);
}

/** The filing inside the caller's transaction (the public route's Idempotency-Key wraps it). */
export async function fileInfoRequestInTx(
  tx: Queryable,
  now: Date,
  actor: Actor | null,
  filing: ReturnType<typeof validateFiling>,
): Promise<FiledInfoRequest> {
  const agency = await findRequestableAgency(tx, filing.agencyUnitId);
  if (!agency) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path: '/agencyUnitId',
          th: 'ไม่พบหน่วยงานนี้ โปรดเลือกหน่วยงานจากรายการ',
          en: 'There is no such agency. Choose one from the list.',
        },
      ],
    });
  }
  const deadline = await infoRequestDeadline(tx, agency.id, now);
  const created = await insertCase(tx, {
    kind: 'info_request',
    title: filing.title,
    body: filing.body,
    priority: 'normal',
    category: null,
    areaCode: null,
    dueAt: deadline.dueAt,
    details: {},
    ownerUnitId: agency.id,
    createdBy: actor?.userId ?? null,
    searchWords: toSearchWords(filing.title, filing.body),
    now,
    refFor: (sequence) => formatCaseRef('info_request', now, sequence),
  });
  const trackingCode = newTrackingCode();
  await insertInfoRequest(tx, {
    caseId: created.id,
    trackingCode,
    channel: filing.channel,
    agencyUnitId: agency.id,
    formWanted: filing.formWanted,
    receivedAt: now,
    dueAt: deadline.dueAt,
    longOverdueAt: deadline.longOverdueAt,
    publishConsent: filing.publishConsent,
  });
  await insertRequesterContact(tx, { caseId: created.id, ...filing.requester, now });
  const actorIds = { actorUserId: actor?.userId ?? null, actorUnitId: actor?.unitId ?? agency.id };
  await appendEvent(tx, {
    caseId: created.id,
    type: 'created',
    ...actorIds,
    data: { kind: 'info_request', title: filing.title, channel: filing.channel, formWanted: filing.formWanted },
    at: now,
  });
  const assignmentId = randomUUID();
  await insertAssignments(tx, {
    caseId: created.id,
    parentId: null,
    assignedByUnitId: agency.id,
    assignedBy: actor?.userId ?? null,
    now,
    assignments: [{ id: assignmentId, unitId: agency.id, role: 'lead', dueAt: deadline.dueAt, note: null }],
  });
  await appendEvent(tx, {
    caseId: created.id,
    assignmentId,
    type: 'assigned',
    ...actorIds,
    data: { role: 'lead', dueAt: deadline.dueAt?.toISOString() ?? null, units: [{ assignmentId, unitId: agency.id, code: agency.code }] },
    at: now,
  });
  await notifyRequester(tx, {
    caseId: created.id,
    kind: 'info_request_received',
    trackingCode,
    message: requestReceivedMessage({ trackingCode, ref: created.ref, agency: { th: agency.name_th, en: agency.name_en } }),
    now,
  });
  return {
    id: created.id,
    ref: created.ref,
    trackingCode,
    agencyUnitId: agency.id,
    agency: { th: agency.name_th, en: agency.name_en ?? agency.name_th },
    dueAt: deadline.dueAt,
  };
}
