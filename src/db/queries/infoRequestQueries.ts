import type { Queryable } from '../database.ts';
import type { InfoRequestChannel, InfoRequestForm, InfoRequestState } from '../../shared/infoRequests.ts';

/** An information request's own row (beside its case). */
export interface InfoRequestRow {
  case_id: string;
  tracking_code: string;
  channel: InfoRequestChannel;
  agency_unit_id: string;
  form_wanted: InfoRequestForm;
  state: InfoRequestState;
  state_changed_at: Date;
  received_at: Date;
  due_at: Date | null;
  long_overdue_at: Date | null;
  clarification_since: Date | null;
  answered_at: Date | null;
  withdrawn_at: Date | null;
  publish_consent: boolean;
  published_at: Date | null;
  published_title: string | null;
  published_body: string | null;
  external_ref: string | null;
}

/** A unit that may receive a request: any active unit but the government root. */
export async function findRequestableAgency(db: Queryable, unitId: string) {
  const result = await db.query<{ id: string; code: string; path: string; name_th: string; name_en: string | null }>(
    `select id, code, path, name_th, name_en from units where id = $1 and active and kind <> 'government'`,
    [unitId],
  );
  return result.rows[0];
}

export async function insertInfoRequest(
  db: Queryable,
  row: {
    caseId: string;
    trackingCode: string;
    channel: InfoRequestChannel;
    agencyUnitId: string;
    formWanted: InfoRequestForm;
    receivedAt: Date;
    dueAt: Date | null;
    longOverdueAt: Date | null;
    publishConsent: boolean;
  },
): Promise<void> {
  await db.query(
    `insert into info_requests (case_id, tracking_code, channel, agency_unit_id, form_wanted, state, state_changed_at,
                                received_at, due_at, long_overdue_at, publish_consent)
     values ($1, $2, $3, $4, $5, 'awaiting_response', $6, $6, $7, $8, $9)`,
    [
      row.caseId,
      row.trackingCode,
      row.channel,
      row.agencyUnitId,
      row.formWanted,
      row.receivedAt,
      row.dueAt,
      row.longOverdueAt,
      row.publishConsent,
    ],
  );
}

export async function findInfoRequestByCase(db: Queryable, caseId: string, options: { forUpdate?: boolean } = {}) {
  const result = await db.query<InfoRequestRow>(`select * from info_requests where case_id = $1${options.forUpdate ? ' for update' : ''}`, [
    caseId,
  ]);
  return result.rows[0];
}

export async function findInfoRequestByCode(db: Queryable, trackingCode: string, options: { forUpdate?: boolean } = {}) {
  const result = await db.query<InfoRequestRow>(
    `select * from info_requests where tracking_code = $1${options.forUpdate ? ' for update' : ''}`,
    [trackingCode],
  );
  return result.rows[0];
}

/** The requester's identity and contact, kept apart like a complainant's (read only through the logged contact read). */
export async function insertRequesterContact(
  db: Queryable,
  input: {
    caseId: string;
    name: string;
    citizenId: string | null;
    phone: string | null;
    email: string | null;
    address: string | null;
    now: Date;
  },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `insert into complainant_contacts (case_id, original_case_id, name, citizen_id, phone, email, address, consent, created_at)
     values ($1, $1, $2, $3, $4, $5, $6, true, $7) returning id`,
    [input.caseId, input.name, input.citizenId, input.phone, input.email, input.address, input.now],
  );
  return result.rows[0]!.id;
}
