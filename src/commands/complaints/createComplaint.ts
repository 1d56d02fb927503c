import { createHash, randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/database.ts';
import { findDuplicateCandidates } from '../../db/queries/complaintQueries.ts';
import { caseKindNames } from '../../domain/cases/caseKinds.ts';
import type { Clock } from '../../domain/clock.ts';
import { generalCategoryCode } from '../../domain/complaints/categoryLabels.ts';
import { suggestCategory } from '../../domain/complaints/classifier/index.ts';
import { receiptMessage } from '../../domain/complaints/citizenMessages.ts';
import { complaintLimits } from '../../domain/complaints/complaintLimits.ts';
import { routeComplaint } from '../../domain/complaints/routeComplaint.ts';
import { newTrackingCode } from '../../domain/complaints/trackingCode.ts';
import {
  checkIntakeFields,
  cleanComplainant,
  distanceMetres,
  throwIfProblems,
  titleFromDescription,
  type CleanComplainant,
  type ComplainantInput,
} from '../../domain/complaints/validateIntake.ts';
import { AppError, type FieldProblem } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import { toSearchWords } from '../../domain/thai/segmentWords.ts';
import { complaintConfigAt, type ComplaintConfig } from './complaintConfig.ts';

export type IntakeChannel = 'web' | 'hotline' | 'mail' | 'walk_in' | 'app' | 'line' | 'open311' | 'import';
export const intakeChannels: readonly IntakeChannel[] = ['web', 'hotline', 'mail', 'walk_in', 'app', 'line', 'open311', 'import'];

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

export interface DuplicateCandidate {
  caseId: string;
  trackingCode: string;
  score: number;
}

export interface CreatedComplaint {
  caseId: string;
  ref: string;
  trackingCode: string;
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

const HOUR = 3_600_000;

/**
 * Files a complaint from any channel: validates it, routes it to the unit
 * that can fix it, finds likely duplicates, and in one transaction writes the
 * case, the complaint row, the lead assignment, the `created` and `assigned`
 * events, the complainant's contact details (apart from the case), the
 * photos' link and the citizen's receipt in the outbox. The same
 * `idempotencyKey` again answers the first answer without writing anything.
 *
 * Built for speed (the intake bench): categories, rules and areas come from
 * an in-memory cache checked against a version number read in the same
 * transaction, and the writes are one statement.
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
  const title = input.title?.trim() || titleFromDescription(description);
  const scope = actor ? `user:${actor.userId}` : `channel:${input.channel}`;
  const requestHash = key ? hashRequest(input) : '';

  return ctx.db.transaction(async (tx) => {
    const head = await tx.query<{ version: number; n: number; fresh: boolean }>(
      `with k as (
         insert into idempotency_keys (scope, key, request_hash, created_at)
         select $1, $2, $3, $4 where $2::text is not null
         on conflict (scope, key) do nothing returning key
       )
       select (select version from complaint_config_version) as version, nextval('case_ref_seq') as n,
              exists (select 1 from k) as fresh`,
      [scope, key, requestHash, now],
      { name: 'intake_head' },
    );
    const { version, n, fresh } = head.rows[0]!;
    if (key && !fresh) return replay(tx, scope, key, requestHash);

    const config = await complaintConfigAt(ctx.db, tx, Number(version));
    const categoryCode = chooseCategory(config, input.categoryCode, `${title} ${description}`);
    const area = input.areaCode ? config.areas.get(input.areaCode) : undefined;
    if (input.areaCode && !area) {
      throw new AppError('validation_failed', {
        fields: [{ path: '/areaCode', th: 'ไม่พบรหัสพื้นที่นี้', en: 'There is no area with this code.' }],
      });
    }
    const routed = routeComplaint(config.routing, { categoryCode, areaCode: input.areaCode });
    const unit = routed ? config.units.get(routed.unitId) : undefined;
    if (!routed || !unit) throw new AppError('internal', { en: 'No unit to route complaints to: the unit tree is not loaded.' });
    const owner = actor ? { id: actor.unitId } : (config.intakeUnit ?? unit);

    const subdistrictCode = area?.level === 'subdistrict' ? input.areaCode : null;
    const duplicates = input.skipDuplicateCheck
      ? []
      : await findDuplicates(tx, { categoryCode, subdistrictCode, location: input.location, text: `${title} ${description}`, receivedAt });

    const caseId = randomUUID();
    const assignmentId = randomUUID();
    const ref = `${caseKindNames.complaint.refPrefix}-${receivedAt.getUTCFullYear() + 543}-${String(n).padStart(6, '0')}`;
    const trackingCode = newTrackingCode();
    const category = config.categories.get(categoryCode)!;
    const resolveHours = category.resolve_hours ?? config.defaultResolveHours;
    const dueAt = resolveHours ? new Date(now.getTime() + resolveHours * HOUR) : null;
    const response: CreatedComplaint = {
      caseId,
      ref,
      trackingCode,
      unitId: unit.id,
      unitCode: unit.code,
      unitName: { th: unit.nameTh, en: unit.nameEn },
      duplicates,
      replayed: false,
    };
    const receipt = receiptFor(complainant, { trackingCode, unitNameTh: unit.nameTh, unitNameEn: unit.nameEn });

    const written = await tx.query<{ attached: number }>(
      INSERT_COMPLAINT,
      [
        caseId,
        ref,
        title,
        description,
        categoryCode,
        input.areaCode,
        owner.id,
        actor?.userId ?? null,
        receivedAt,
        JSON.stringify({ channel: input.channel, trackingCode }),
        toSearchWords(title, description),
        trackingCode,
        input.channel,
        subdistrictCode,
        input.location?.lat ?? null,
        input.location?.lon ?? null,
        input.address?.trim() || null,
        complainant === null,
        input.externalRef ?? null,
        assignmentId,
        unit.id,
        dueAt,
        now,
        JSON.stringify({ kind: 'complaint', title, priority: 'normal', channel: input.channel, trackingCode }),
        JSON.stringify({
          role: 'lead',
          dueAt: dueAt?.toISOString() ?? null,
          note: null,
          units: [{ assignmentId, unitId: unit.id, code: unit.code }],
          skipped: [],
          routedBy: routed.routedBy,
        }),
        actor?.unitId ?? null,
        complainant ? JSON.stringify(complainant) : null,
        JSON.stringify(receipt),
        key ? scope : null,
        key,
        JSON.stringify(response),
        input.attachmentIds ?? [],
      ],
      { name: 'intake_insert' },
    );
    if (written.rows[0]!.attached !== (input.attachmentIds?.length ?? 0)) {
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
    return response;
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
  return deps.db.transaction(async (tx) => {
    const version = await tx.query<{ version: number }>('select version from complaint_config_version');
    const config = await complaintConfigAt(deps.db, tx, Number(version.rows[0]!.version));
    const categoryCode = chooseCategory(config, input.categoryCode, input.description);
    const area = input.areaCode ? config.areas.get(input.areaCode) : undefined;
    return findDuplicates(tx, {
      categoryCode,
      subdistrictCode: area?.level === 'subdistrict' ? input.areaCode : null,
      location: input.location,
      text: titleFromDescription(input.description.trim()) + ' ' + input.description.trim(),
      receivedAt: input.now,
    });
  });
}

function chooseCategory(config: ComplaintConfig, requested: string | null, text: string): string {
  if (requested) {
    const category = config.categories.get(requested);
    if (!category || !category.active) {
      throw new AppError('validation_failed', {
        fields: [{ path: '/categoryCode', th: 'ไม่พบประเภทเรื่องนี้', en: 'There is no such complaint category.' }],
      });
    }
    return requested;
  }
  // The classifier's first suggestion among the active categories; the general category when it has none.
  const suggested = suggestCategory(text).find((s) => config.categories.get(s.code)?.active);
  return suggested?.code ?? generalCategoryCode;
}

async function findDuplicates(
  tx: Queryable,
  input: {
    categoryCode: string;
    subdistrictCode: string | null;
    location: { lat: number; lon: number } | null;
    text: string;
    receivedAt: Date;
  },
): Promise<DuplicateCandidate[]> {
  if (!input.subdistrictCode && !input.location) return [];
  const candidates = await findDuplicateCandidates(tx, {
    ...input,
    since: new Date(input.receivedAt.getTime() - complaintLimits.duplicateDays * 24 * HOUR),
    radiusMetres: complaintLimits.duplicateRadiusMetres,
    minSimilarity: complaintLimits.duplicateMinSimilarity,
  });
  return candidates
    .filter(
      (row) =>
        (input.subdistrictCode !== null && row.subdistrict_code === input.subdistrictCode) ||
        (input.location !== null &&
          row.lat !== null &&
          row.lon !== null &&
          distanceMetres(input.location, { lat: row.lat, lon: row.lon }) <= complaintLimits.duplicateRadiusMetres),
    )
    .slice(0, 5)
    .map((row) => ({ caseId: row.case_id, trackingCode: row.tracking_code, score: Math.round(row.score * 100) / 100 }));
}

function receiptFor(complainant: CleanComplainant | null, facts: Parameters<typeof receiptMessage>[0]) {
  if (!complainant) return [];
  const message = receiptMessage(facts);
  const to: { channel: 'email' | 'line'; recipient: string }[] = [];
  if (complainant.email) to.push({ channel: 'email', recipient: complainant.email });
  if (complainant.lineUserId) to.push({ channel: 'line', recipient: complainant.lineUserId });
  return to.map((address) => ({ ...address, subject: message.subject, body: message.body }));
}

function hashRequest(input: ComplaintIntake): string {
  const { idempotencyKey: _key, ...rest } = input;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

async function replay(tx: Queryable, scope: string, key: string, requestHash: string): Promise<CreatedComplaint> {
  const stored = await tx.query<{ request_hash: string; response: CreatedComplaint | null }>(
    'select request_hash, response from idempotency_keys where scope = $1 and key = $2',
    [scope, key],
  );
  const row = stored.rows[0];
  if (!row?.response || row.request_hash !== requestHash) {
    throw new AppError('conflict', {
      th: 'Idempotency-Key นี้ใช้กับคำขออื่นไปแล้ว โปรดใช้คีย์ใหม่',
      en: 'This Idempotency-Key was already used for a different request. Use a new key.',
    });
  }
  return { ...row.response, replayed: true };
}

/**
 * Every write of an intake in one statement (one round trip): the case, the
 * complaint, the lead assignment, the two events, the contact, the receipt
 * in the outbox, the idempotency answer and the photos' link to the case.
 * Foreign keys are checked at the end of the statement, so the children may
 * name the case inserted beside them.
 */
const INSERT_COMPLAINT = `
with c as (
  insert into cases (id, ref, kind, title, body, status, priority, category, area_code, owner_unit_id, created_by,
                     created_at, updated_at, details, search_words)
  values ($1, $2, 'complaint', $3, $4, 'open', 'normal', $5, $6, $7, $8, $9, $23, $10, $11)
  returning id
), k as (
  insert into complaints (case_id, tracking_code, channel, category_code, area_code, subdistrict_code, lat, lon, address,
                          anonymous, external_ref, received_at)
  select id, $12, $13, $5, $6, $14, $15, $16, $17, $18, $19, $9 from c
  returning case_id
), a as (
  insert into assignments (id, case_id, unit_id, parent_id, role, status, due_at, assigned_by_unit_id, assigned_by, note,
                           created_at, updated_at)
  select $20, id, $21, null::uuid, 'lead', 'sent', $22, $7, $8, null::text, $23, $23 from c
  returning id
), e as (
  insert into case_events (case_id, assignment_id, type, actor_user_id, actor_unit_id, data, created_at)
  select id, null::uuid, 'created', $8::uuid, $26::uuid, $24::jsonb, $23::timestamptz from c
  union all
  select id, null::uuid, 'assigned', $8::uuid, $26::uuid, $25::jsonb, $23::timestamptz from c
  returning id
), p as (
  insert into complainant_contacts (case_id, original_case_id, name, citizen_id, phone, email, line_user_id, consent, created_at)
  select c.id, c.id, x.name, x."citizenId", x.phone, x.email, x."lineUserId", x.consent, $23
    from c, jsonb_to_record($27::jsonb) as x(name text, "citizenId" text, phone text, email text, "lineUserId" text, consent boolean)
   where $27::jsonb is not null
  returning id
), o as (
  insert into outbox (case_id, channel, recipient, kind, subject, body, payload, created_at, available_at)
  select c.id, x.channel, x.recipient, 'acknowledged_receipt', x.subject, x.body, jsonb_build_object('trackingCode', $12::text), $23, $23
    from c, jsonb_to_recordset($28::jsonb) as x(channel text, recipient text, subject text, body text)
  returning id
), i as (
  update idempotency_keys set case_id = (select id from c), response = $31::jsonb
   where scope = $29 and key = $30
  returning key
), att as (
  update attachments set case_id = (select id from c)
   where id = any($32::uuid[]) and case_id is null and content_type like 'image/%'
  returning id
)
select (select count(*) from att)::int as attached,
       (select count(*) from e)::int + (select count(*) from a)::int + (select count(*) from k)::int
         + (select count(*) from p)::int + (select count(*) from o)::int + (select count(*) from i)::int as written`;
