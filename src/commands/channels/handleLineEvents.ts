import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { ChannelConfig } from '../../channelConfig.ts';
import type { Database } from '../../db/database.ts';
import {
  clearLineConversation,
  insertChannelPhoto,
  lockLineConversation,
  recordLineWebhookEvent,
  replyWithReceipt,
  saveLineConversation,
  type LineConversationRow,
} from '../../db/queries/channelQueries.ts';
import { enqueueOutbox } from '../../db/queries/outboxQueries.ts';
import { districtAt } from '../../db/reference/districtBoundaries.ts';
import type { Clock } from '../../domain/clock.ts';
import { isAppError } from '../../domain/errors.ts';
import { lineReplies } from '../../domain/channels/lineReplies.ts';
import { createComplaint, type CreatedComplaint } from '../complaints/createComplaint.ts';

/**
 * The parts of a LINE webhook event the command reads
 * (developers.line.biz/en/reference/messaging-api/#webhook-event-objects).
 * The route's schema (`lineWebhookSchema.ts`) checks the body after its
 * signature and its type satisfies this one, so the command needs nothing
 * from HTTP.
 */
export interface IncomingLineEvent {
  type: string;
  webhookEventId: string;
  source?: { userId?: string };
  replyToken?: string;
  message?: LineMessage;
}

/** A text, a location, an image, or a kind the conversation ignores (stickers, video...). */
export type LineMessage =
  | { type: 'text'; id: string; text: string }
  | { type: 'location'; id: string; title?: string; address?: string; latitude: number; longitude: number }
  | { type: 'image'; id: string }
  | { type: string; id: string };

interface LineDeps {
  db: Database;
  clock: Clock;
  config: ChannelConfig;
}

const descriptionMax = 4000;
const photosMax = 5;

interface Photo {
  data: Buffer;
  contentType: string;
  extension: string;
}

/**
 * Fetches the image a citizen sent from LINE's content API, before any
 * transaction is opened, and keeps it only if its bytes are an image.
 */
async function fetchLineImage(config: ChannelConfig, messageId: string): Promise<Photo | null> {
  if (!config.lineChannelAccessToken) return null;
  const response = await fetch(`${config.lineDataApiBase}/v2/bot/message/${encodeURIComponent(messageId)}/content`, {
    headers: { authorization: `Bearer ${config.lineChannelAccessToken}` },
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) return null;
  const data = Buffer.from(await response.arrayBuffer());
  if (data.length === 0 || data.length > 10 * 1024 * 1024) return null;
  const type = await fileTypeFromBuffer(data);
  return type && ['image/jpeg', 'image/png', 'image/webp'].includes(type.mime)
    ? { data, contentType: type.mime, extension: type.ext }
    : null;
}

function applyMessage(conversation: LineConversationRow, message: LineMessage): LineConversationRow {
  if (message.type === 'text' && 'text' in message) {
    const text = [conversation.description, message.text.trim()].filter(Boolean).join('\n');
    return { ...conversation, description: text.slice(0, descriptionMax) };
  }
  if (message.type === 'location' && 'latitude' in message) {
    return { ...conversation, lat: message.latitude, lon: message.longitude, address: message.address ?? message.title ?? null };
  }
  return conversation;
}

const isReady = (c: LineConversationRow) => c.description.trim().length > 0 && c.lat !== null && c.lon !== null;

/**
 * Turns a LINE conversation into a complaint. Text describes, a location
 * places it, images attach photos; once there is a description and a place
 * the complaint is filed and the citizen gets its tracking code through the
 * outbox (intake's receipt, sent as the reply to the message that completed
 * it; a push when the reply token expired). Until then each message is
 * answered with what is still missing. LINE redelivers events it is unsure
 * about: each webhookEventId is handled once. Filing uses the event id as its
 * idempotency key; should the process stop between saving a message and
 * filing, the conversation stays complete and the citizen's next message
 * files it.
 */
export async function handleLineEvents(deps: LineDeps, events: readonly IncomingLineEvent[]): Promise<number> {
  let handled = 0;
  for (const event of events) {
    const userId = event.source?.userId;
    if (event.type !== 'message' || !event.message || !userId) continue;
    const image = event.message.type === 'image' ? await fetchLineImage(deps.config, event.message.id) : null;
    const now = deps.clock.now();
    const outcome = await deps.db.transaction(async (tx) => {
      if (!(await recordLineWebhookEvent(tx, { eventId: event.webhookEventId, lineUserId: userId, now }))) return 'duplicate' as const;
      let conversation = applyMessage(await lockLineConversation(tx, userId, now), event.message!);
      if (image && conversation.attachment_ids.length < photosMax) {
        const attachment = await insertChannelPhoto(tx, {
          filename: `line-${event.message!.id}.${image.extension}`,
          contentType: image.contentType,
          sha256: createHash('sha256').update(image.data).digest('hex'),
          data: image.data,
          now,
        });
        conversation = { ...conversation, attachment_ids: [...conversation.attachment_ids, attachment.id] };
      }
      await saveLineConversation(tx, conversation, now);
      return conversation;
    });
    if (outcome === 'duplicate') continue;
    const reply = (caseId: string | null, body: string, extra: Record<string, unknown> = {}) => ({
      caseId,
      channel: 'line' as const,
      recipient: userId,
      kind: 'reply',
      subject: null,
      body,
      payload: { ...(event.replyToken ? { replyToken: event.replyToken } : {}), ...extra },
      now,
    });
    handled++;
    if (!isReady(outcome)) {
      await deps.db.transaction((tx) =>
        enqueueOutbox(tx, reply(null, outcome.description ? lineReplies.askLocation : lineReplies.askDescription)),
      );
      continue;
    }
    const point = { lat: outcome.lat!, lon: outcome.lon! };
    let created: CreatedComplaint;
    try {
      created = await createComplaint(
        { db: deps.db, clock: deps.clock, actor: null },
        {
          channel: 'line',
          categoryCode: null,
          description: outcome.description,
          areaCode: districtAt(point),
          location: point,
          ...(outcome.address ? { address: outcome.address } : {}),
          complainant: { lineUserId: userId },
          attachmentIds: outcome.attachment_ids,
          idempotencyKey: `line:${event.webhookEventId}`,
        },
      );
    } catch (error) {
      // What the citizen sent cannot be filed as it is: say so in the chat (LINE shows no HTTP errors), keep the conversation.
      if (!isAppError(error) || error.code !== 'validation_failed') throw error;
      await deps.db.transaction((tx) => enqueueOutbox(tx, reply(null, lineReplies.notFiled(error.fields.map((f) => f.th).join(' ')))));
      continue;
    }
    await deps.db.transaction(async (tx) => {
      await clearLineConversation(tx, userId);
      // Intake queued the receipt with the tracking code to the LINE user; it goes out as this message's reply.
      const receipts = event.replyToken
        ? await replyWithReceipt(tx, { caseId: created.caseId, lineUserId: userId, replyToken: event.replyToken })
        : 0;
      if (receipts === 0 && !created.replayed) {
        await enqueueOutbox(tx, reply(created.caseId, lineReplies.filed(created.trackingCode), { trackingCode: created.trackingCode }));
      }
    });
  }
  return handled;
}
