import type { Queryable } from '../database.ts';
import { queryOne } from '../database.ts';

export async function insertOpen311ApiKey(
  db: Queryable,
  input: { name: string; keyHash: string; perMinute: number; now: Date },
): Promise<{ id: string }> {
  const result = await db.query<{ id: string }>(
    `insert into open311_api_keys (name, key_hash, per_minute, created_at) values ($1, $2, $3, $4) returning id`,
    [input.name, input.keyHash, input.perMinute, input.now],
  );
  return result.rows[0]!;
}

/** A live key's own quota of requests a minute, for the rate limiter; undefined for an unknown or revoked key. */
export async function findOpen311KeyQuota(db: Queryable, keyHash: string): Promise<{ id: string; per_minute: number } | undefined> {
  return queryOne(db, `select id, per_minute from open311_api_keys where key_hash = $1 and revoked_at is null`, [keyHash]);
}

export async function findOpen311ApiKey(db: Queryable, keyHash: string): Promise<{ id: string; name: string } | undefined> {
  return queryOne(db, `select id, name from open311_api_keys where key_hash = $1 and revoked_at is null`, [keyHash]);
}

/** Records a LINE webhook event; false when it was recorded before (a redelivery). */
export async function recordLineWebhookEvent(
  db: Queryable,
  input: { eventId: string; lineUserId: string | null; now: Date },
): Promise<boolean> {
  const result = await db.query(
    `insert into line_webhook_events (webhook_event_id, line_user_id, received_at) values ($1, $2, $3) on conflict do nothing`,
    [input.eventId, input.lineUserId, input.now],
  );
  return result.rowCount === 1;
}

export interface LineConversationRow {
  line_user_id: string;
  description: string;
  lat: number | null;
  lon: number | null;
  address: string | null;
  attachment_ids: string[];
}

/** The citizen's conversation, locked for the rest of the transaction (one event of one user at a time). */
export async function lockLineConversation(db: Queryable, lineUserId: string, now: Date): Promise<LineConversationRow> {
  await db.query(`insert into line_conversations (line_user_id, updated_at) values ($1, $2) on conflict do nothing`, [lineUserId, now]);
  return (await queryOne<LineConversationRow>(
    db,
    `select line_user_id, description, lat, lon, address, attachment_ids from line_conversations where line_user_id = $1 for update`,
    [lineUserId],
  ))!;
}

export async function saveLineConversation(db: Queryable, row: LineConversationRow, now: Date): Promise<void> {
  await db.query(
    `update line_conversations set description = $2, lat = $3, lon = $4, address = $5, attachment_ids = $6, updated_at = $7
      where line_user_id = $1`,
    [row.line_user_id, row.description, row.lat, row.lon, row.address, row.attachment_ids, now],
  );
}

export async function clearLineConversation(db: Queryable, lineUserId: string): Promise<void> {
  await db.query(`delete from line_conversations where line_user_id = $1`, [lineUserId]);
}

/** Stores a photo a citizen sent through a channel (no staff uploader), not yet linked to a case. */
export async function insertChannelPhoto(
  db: Queryable,
  input: { filename: string; contentType: string; sha256: string; data: Buffer; now: Date },
): Promise<{ id: string }> {
  const result = await db.query<{ id: string }>(
    `insert into attachments (uploaded_by, filename, content_type, size_bytes, sha256, data, created_at)
     values (null, $1, $2, $3, $4, $5, $6) returning id`,
    [input.filename, input.contentType, input.data.length, input.sha256, input.data, input.now],
  );
  return result.rows[0]!;
}

/**
 * Lets the citizen's receipt (queued by intake) go out as the reply to their
 * LINE message: a reply is free and arrives in the same chat turn, where a
 * push is counted against the account's quota.
 */
export async function replyWithReceipt(db: Queryable, input: { caseId: string; lineUserId: string; replyToken: string }): Promise<number> {
  const result = await db.query(
    `update outbox set payload = payload || jsonb_build_object('replyToken', $3::text)
      where case_id = $1 and channel = 'line' and recipient = $2 and sent_at is null and attempts = 0`,
    [input.caseId, input.lineUserId, input.replyToken],
  );
  return result.rowCount;
}
