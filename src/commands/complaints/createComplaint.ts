import { createHash, randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/database.ts';
import type { OutboxChannel } from '../../db/queries/outboxQueries.ts';
import {
  findLikelyDuplicates,
  writeIntakes,
  type DuplicateFound,
  type IntakeOutcome,
  type IntakeRow,
} from '../../db/queries/intakeStatement.ts';
import { caseRefPrefix } from '../../domain/cases/caseKinds.ts';
import type { Clock } from '../../domain/clock.ts';
import { receiptMessage } from '../../domain/complaints/citizenMessages.ts';
import { citizenSmsText, thaiMobileE164 } from '../../domain/complaints/citizenSms.ts';
import { complaintLimits } from '../../shared/complaintLimits.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { textSignatureHex } from '../../domain/complaints/textSignature.ts';
import { newPublicId } from '../../domain/complaints/publicId.ts';
import { newTrackingCode } from '../../domain/complaints/trackingCode.ts';
import {
  checkIntakeFields,
  cleanComplainant,
  roundedLocation,
  throwIfProblems,
  titleFromDescription,
  type CleanComplainant,
  type ComplainantInput,
} from '../../domain/complaints/validateIntake.ts';
import { AppError, type FieldProblem } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import { toSearchWords } from '../../domain/thai/segmentWords.ts';
import { hours } from '../../shared/thaiTime.ts';
import { cachedComplaintConfig, currentComplaintConfig, type ComplaintConfig } from './complaintConfig.ts';
import { writeIntakeBatched } from './intakeBatcher.ts';
import { chooseCategory, decideIntake } from './previewComplaintRouting.ts';
import { recordIntakeExample } from './recordIntakeExample.ts';

export type IntakeChannel = 'web' | 'hotline' | 'mail' | 'walk_in' | 'app' | 'line' | 'open311' | 'import';

export interface ComplaintIntake {
  channel: IntakeChannel;
  /** null: the classifier's suggestion, else the general category. */
  categoryCode: string | null;
  /** Default: the first words of the description. */
  title?: string;
  description: string;
  /** Province (2 digits), district (4) or subdistrict (6) code. */
  areaCode: string | null;
  location: { lat: number; lon: number } | null;
  address?: string;
  /** null: anonymous. */
  complainant: ComplainantInput | null;
  /** Photos already stored (not yet attached to a case). */
  attachmentIds?: string[];
  idempotencyKey?: string;
  /** E.g. a Traffy ticket id or an Open311 client's id. */
  externalRef?: string;
  /** Imports keep the original time; default clock.now(). */
  receivedAt?: Date;
  /** Imports. */
  skipDuplicateCheck?: boolean;
}

/** A likely duplicate shown before and after filing. */
export type DuplicateCandidate = DuplicateFound;

export interface CreatedComplaint {
  caseId: string;
  ref: string;
  /** The citizen's secret: answered to the one who filed it, never shown to anyone else. */
  trackingCode: string;
  /** What others may see (Open311's service_request_id). */
  publicId: string;
  unitId: string;
  unitCode: string;
  /** Absent in answers stored before it was added (an idempotent replay of an old request). */
  unitName?: { th: string; en: string | null };
  duplicates: DuplicateCandidate[];
  replayed: boolean;
}

/** null actor: the public, a channel (LINE, Open311) or an import. */
export interface IntakeContext {
  db: Database;
  clock: Clock;
  actor: Actor | null;
}

/**
 * Files a complaint from any channel: validates it, routes it to the unit
 * that can fix it, and in one statement (so one transaction) finds its likely
 * duplicates and writes the case, the complaint row, the lead assignment, the
 * `created` and `assigned` events, the complainant's contact details (apart
 * from the case), the photos' link and the citizen's receipt in the outbox
 * (`writeIntakes`). The same `idempotencyKey` again answers the first answer
 * without writing anything.
 *
 * Built for speed (the intake bench): categories, rules and areas come from
 * an in-memory copy that the statement checks against the version number,
 * and intakes arriving together share a statement (`intakeBatcher.ts`).
 */
export async function createComplaint(ctx: IntakeContext, input: ComplaintIntake): Promise<CreatedComplaint> {
  const { actor, clock } = ctx;
  const now = clock.now();
  const receivedAt = input.receivedAt ?? now;
  const problems: FieldProblem[] = [];
  checkIntakeFields(input, problems);
  const complainant = cleanComplainant(input.complainant, problems);
  const key = input.idempotencyKey?.trim() || null;
  if (key && key.length > complaintLimits.idempotencyKeyMax)
    problems.push({ path: '/idempotencyKey', th: 'Idempotency-Key ยาวเกินกำหนด', en: 'The Idempotency-Key is too long.' });
  throwIfProblems(problems);

  const description = input.description.trim();
  // The title is a label every unit sees in lists, inboxes and the `created` event: stored masked, and
  // made from the masked description so that cutting it short cannot leave half a number unmasked.
  const title = input.title?.trim() ? maskPersonalData(input.title.trim()) : titleFromDescription(maskPersonalData(description));
  const facts: IntakeFacts = {
    input,
    complainant,
    description,
    title,
    now,
    receivedAt,
    location: roundedLocation(input.location),
    key,
    scope: actor ? `user:${actor.userId}` : `channel:${input.channel}`,
    requestHash: key ? hashRequest(input) : null,
    // A title made from the description is its first words: cutting them into words again adds nothing.
    searchWords: input.title?.trim() ? toSearchWords(title, description) : toSearchWords(description),
    signature: textSignatureHex(`${title} ${description}`),
  };

  let config = await cachedComplaintConfig(ctx.db);
  for (let attempt = 0; attempt < 3; attempt++) {
    const { row, response } = intakeRow(ctx, config, facts);
    const outcome = input.attachmentIds?.length
      ? await writeWithPhotos(ctx.db, config.version, row)
      : await writeIntakeBatched(ctx.db, config.version, row);
    if (outcome.kind === 'key_taken') return replay(ctx.db, facts.scope, key!, facts.requestHash!);
    if (outcome.kind === 'written') {
      // Staff chose the category: the suggester learns from it (issue #14, item 2).
      if (actor && input.categoryCode) {
        await recordIntakeExample(ctx.db, config, { ...facts, caseId: response.caseId, categoryCode: input.categoryCode, actor });
      }
      return { ...response, ref: outcome.ref, duplicates: outcome.duplicates };
    }
    config = await currentComplaintConfig(ctx.db);
  }
  throw new AppError('internal', { en: 'The complaint settings kept changing while this complaint was filed.' });
}

interface IntakeFacts {
  input: ComplaintIntake;
  complainant: CleanComplainant | null;
  description: string;
  title: string;
  now: Date;
  receivedAt: Date;
  location: { lat: number; lon: number } | null;
  key: string | null;
  scope: string;
  requestHash: string | null;
  searchWords: string;
  signature: string;
}

/** The row the intake statement writes, and the answer without its running number and duplicates. */
function intakeRow(
  ctx: IntakeContext,
  config: ComplaintConfig,
  facts: IntakeFacts,
): { row: Omit<IntakeRow, 'i'>; response: Omit<CreatedComplaint, 'ref' | 'duplicates'> } {
  const { actor } = ctx;
  const { input, title, description, now, receivedAt, complainant } = facts;
  // The same decision the preview shows before saving (`previewComplaintRouting.ts`).
  const routed = decideIntake(config, { categoryCode: input.categoryCode, text: `${title} ${description}`, areaCode: input.areaCode });
  const { categoryCode, unit } = routed;
  const area = input.areaCode ? config.areas.get(input.areaCode) : undefined;
  const owner = actor ? { id: actor.unitId } : (config.intakeUnit ?? unit);

  const caseId = randomUUID();
  const assignmentId = randomUUID();
  const trackingCode = newTrackingCode();
  const publicId = newPublicId();
  const category = config.categories.get(categoryCode)!;
  const resolveHours = category.resolve_hours ?? config.defaultResolveHours;
  const dueAt = resolveHours ? new Date(now.getTime() + hours(resolveHours)) : null;
  const response = {
    caseId,
    trackingCode,
    publicId,
    unitId: unit.id,
    unitCode: unit.code,
    unitName: { th: unit.nameTh, en: unit.nameEn },
    replayed: false,
  };
  const row: Omit<IntakeRow, 'i'> = {
    case_id: caseId,
    assignment_id: assignmentId,
    ref_prefix: caseRefPrefix('complaint', receivedAt),
    title,
    body: description,
    category_code: categoryCode,
    area_code: input.areaCode,
    subdistrict_code: area?.level === 'subdistrict' ? input.areaCode : null,
    lat: facts.location?.lat ?? null,
    lon: facts.location?.lon ?? null,
    address: input.address?.trim() || null,
    owner_unit_id: owner.id,
    unit_id: unit.id,
    created_by: actor?.userId ?? null,
    actor_unit_id: actor?.unitId ?? null,
    received_at: receivedAt.toISOString(),
    now: now.toISOString(),
    due_at: dueAt?.toISOString() ?? null,
    channel: input.channel,
    tracking_code: trackingCode,
    public_id: publicId,
    anonymous: complainant === null,
    external_ref: input.externalRef ?? null,
    details: { channel: input.channel, trackingCode },
    search_words: facts.searchWords,
    created_event: { kind: 'complaint', title, priority: 'normal', channel: input.channel, trackingCode },
    assigned_event: {
      role: 'lead',
      dueAt: dueAt?.toISOString() ?? null,
      note: null,
      units: [{ assignmentId, unitId: unit.id, code: unit.code }],
      skipped: [],
      routedBy: routed.routedBy,
    },
    complainant,
    receipts: receiptFor(complainant, { trackingCode, unitNameTh: unit.nameTh, unitNameEn: unit.nameEn }),
    idempotency_scope: facts.key ? facts.scope : null,
    idempotency_key: facts.key,
    request_hash: facts.requestHash,
    response,
    attachment_ids: input.attachmentIds ?? [],
    check_duplicates: !input.skipDuplicateCheck,
    signature: facts.signature,
  };
  return { row, response };
}

/** Photos must all be found and still free, or nothing is written: a transaction of its own. */
async function writeWithPhotos(db: Database, version: number, row: Omit<IntakeRow, 'i'>): Promise<IntakeOutcome> {
  return db.transaction(async (tx) => {
    const [outcome] = await writeIntakes(tx, version, [{ ...row, i: 0 }]);
    if (outcome!.kind === 'written' && outcome!.attached !== row.attachment_ids.length) {
      throw new AppError('validation_failed', {
        fields: [
          {
            path: '/attachmentIds',
            th: 'ไม่พบรูปที่แนบ หรือรูปนี้แนบกับเรื่องอื่นแล้ว โปรดแนบรูปใหม่',
            en: 'An attached photo was not found or already belongs to another complaint. Attach it again.',
          },
        ],
      });
    }
    return outcome!;
  });
}

/**
 * Likely duplicates of a complaint not yet filed, for the form and the
 * operator console to show before saving (the same check intake makes).
 */
export async function likelyDuplicates(
  deps: { db: Database },
  input: {
    categoryCode: string | null;
    description: string;
    areaCode: string | null;
    location: { lat: number; lon: number } | null;
    now: Date;
  },
): Promise<DuplicateCandidate[]> {
  const config = await currentComplaintConfig(deps.db);
  const description = input.description.trim();
  const text = `${titleFromDescription(description)} ${description}`;
  const categoryCode = chooseCategory(config, input.categoryCode, text);
  const area = input.areaCode ? config.areas.get(input.areaCode) : undefined;
  return findLikelyDuplicates(deps.db, {
    categoryCode,
    subdistrictCode: area?.level === 'subdistrict' ? input.areaCode : null,
    location: roundedLocation(input.location),
    signature: textSignatureHex(text),
    receivedAt: input.now,
  });
}

function receiptFor(complainant: CleanComplainant | null, facts: Parameters<typeof receiptMessage>[0]) {
  if (!complainant) return [];
  const message = receiptMessage(facts);
  const to: { channel: OutboxChannel; recipient: string; body: string }[] = [];
  if (complainant.email) to.push({ channel: 'email', recipient: complainant.email, body: message.body });
  if (complainant.lineUserId) to.push({ channel: 'line', recipient: complainant.lineUserId, body: message.body });
  // A caller who gave only a mobile number gets the tracking code by SMS (issue 13, item 3).
  const mobile = complainant.phone && to.length === 0 ? thaiMobileE164(complainant.phone) : null;
  if (mobile) to.push({ channel: 'sms', recipient: mobile, body: citizenSmsText(message.body) });
  return to.map((address) => ({ ...address, subject: message.subject }));
}

function hashRequest(input: ComplaintIntake): string {
  const { idempotencyKey: _key, ...rest } = input;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

async function replay(tx: Queryable, scope: string, key: string, requestHash: string): Promise<CreatedComplaint> {
  const stored = await tx.query<{ request_hash: string; response: CreatedComplaint | null; public_id: string | null }>(
    `select i.request_hash, i.response, k.public_id
       from idempotency_keys i left join complaints k on k.case_id = i.case_id
      where i.scope = $1 and i.key = $2`,
    [scope, key],
  );
  const row = stored.rows[0];
  if (!row?.response || row.request_hash !== requestHash) {
    throw new AppError('conflict', {
      th: 'Idempotency-Key นี้ใช้กับคำขออื่นไปแล้ว โปรดใช้คีย์ใหม่',
      en: 'This Idempotency-Key was already used for a different request. Use a new key.',
    });
  }
  // Answers stored before public ids existed named their duplicates by tracking code: those are left out.
  const duplicates = (row.response.duplicates ?? []).filter((d) => typeof d.publicId === 'string');
  return { ...row.response, publicId: row.public_id ?? row.response.publicId, duplicates, replayed: true };
}
