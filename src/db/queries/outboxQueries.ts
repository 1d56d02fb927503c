import { citizenSmsText } from '../../domain/complaints/citizenSms.ts';
import type { Queryable } from '../database.ts';

export type OutboxChannel = 'email' | 'line' | 'sms';

/** What a complaint's status change says to the citizen; written in the transaction of the change. */
export interface OutboxMessage {
  caseId: string | null;
  channel: OutboxChannel;
  recipient: string;
  /** 'acknowledged_receipt', 'status_changed', 'reply', ... */
  kind: string;
  subject: string | null;
  body: string;
  payload?: Record<string, unknown>;
  now: Date;
  /** Not before this time (default: now). */
  availableAt?: Date;
}

/** Adds one message to the outbox; the delivery worker sends it after the transaction commits. */
export async function enqueueOutbox(tx: Queryable, message: OutboxMessage): Promise<number> {
  const result = await tx.query<{ id: number }>(
    `insert into outbox (case_id, channel, recipient, kind, subject, body, payload, created_at, available_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      message.caseId,
      message.channel,
      message.recipient,
      message.kind,
      message.subject,
      message.body,
      JSON.stringify(message.payload ?? {}),
      message.now,
      message.availableAt ?? message.now,
    ],
  );
  return result.rows[0]!.id;
}

export interface OutboxRow {
  id: number;
  case_id: string | null;
  channel: OutboxChannel;
  recipient: string;
  kind: string;
  subject: string | null;
  body: string;
  payload: Record<string, unknown>;
  created_at: Date;
  available_at: Date;
  attempts: number;
  sent_at: Date | null;
  last_error: string | null;
}

/**
 * Tells every complainant who follows a case (its own and those of complaints
 * merged into it) who gave an e-mail or LINE id: one outbox row per address;
 * one who gave only a mobile number gets an SMS (`citizenSmsText` of the same
 * message, to the number in E.164 as `thaiMobileE164` writes it). Because
 * reading their contact details is a read of personal data, a row in the read
 * log and one `contact_read` event by the system, all in one statement.
 * Answers how many messages were queued.
 */
export async function enqueueForComplainants(
  tx: Queryable,
  input: {
    caseId: string;
    /** Only the complainants who first filed under this case (a merged complaint's own citizens); all when absent. */
    originalCaseId?: string;
    kind: string;
    subject: string;
    body: string;
    payload?: Record<string, unknown>;
    now: Date;
  },
): Promise<number> {
  const result = await tx.query<{ queued: number }>(
    `with reachable as (
       select id, email, line_user_id,
              case when email is null and line_user_id is null and phone ~ '^0[689][0-9]{8}$'
                   then '+66' || substr(phone, 2) end as sms_to
         from complainant_contacts
        where case_id = $1 and ($7::uuid is null or original_case_id = $7::uuid)
     ), contacts as (
       select * from reachable where email is not null or line_user_id is not null or sms_to is not null
     ), addresses as (
       select id, 'email' as channel, email as recipient, $4::text as body from contacts where email is not null
       union all
       select id, 'line', line_user_id, $4 from contacts where line_user_id is not null
       union all
       select id, 'sms', sms_to, $8 from contacts where sms_to is not null
     ), queued as (
       insert into outbox (case_id, channel, recipient, kind, subject, body, payload, created_at, available_at)
       select $1, channel, recipient, $2, $3, body, $5, $6, $6 from addresses
       returning id
     ), logged as (
       insert into complainant_contact_reads (contact_id, case_id, user_id, purpose, created_at)
       select id, $1, null, 'notification:' || $2, $6 from contacts
       returning contact_id
     ), evented as (
       insert into case_events (case_id, type, actor_user_id, actor_unit_id, data, created_at)
       select $1, 'contact_read', null, null,
              jsonb_build_object('purpose', 'notification'::text, 'kind', $2::text, 'contacts', count(*)), $6
         from contacts having count(*) > 0
       returning id
     )
     select (select count(*) from queued)::int as queued, (select count(*) from logged)::int as logged,
            (select count(*) from evented)::int as evented`,
    [
      input.caseId,
      input.kind,
      input.subject,
      input.body,
      JSON.stringify(input.payload ?? {}),
      input.now,
      input.originalCaseId ?? null,
      citizenSmsText(input.body),
    ],
  );
  return result.rows[0]!.queued;
}

/**
 * The complaints whose citizens now follow this case: itself, and those merged into it. Each group
 * of complainants hears of the case under its own tracking code, never another citizen's.
 */
export async function listFollowingCodes(tx: Queryable, caseId: string): Promise<{ original_case_id: string; tracking_code: string }[]> {
  const result = await tx.query<{ original_case_id: string; tracking_code: string }>(
    `select distinct p.original_case_id, k.tracking_code
       from complainant_contacts p join complaints k on k.case_id = p.original_case_id
      where p.case_id = $1`,
    [caseId],
  );
  return result.rows;
}
