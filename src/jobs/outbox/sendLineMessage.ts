import { createHash } from 'node:crypto';
import type { OutboxRow } from '../../db/queries/outboxDeliveryQueries.ts';

/** LINE refuses text messages over 5,000 characters. */
const lineTextMax = 5000;

export class LineSendError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A UUID fixed by the outbox row: LINE accepts a retry key once and answers 409 to a repeat, so a resend after a crash is not delivered twice. */
export function lineRetryKey(outboxId: number): string {
  const hex = createHash('sha256').update(`tidtam-outbox-${outboxId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Sends one outbox row through the LINE Messaging API: a reply (free, but
 * its token lives about a minute) on the first attempt when the row carries
 * the webhook's reply token, otherwise a push to the LINE user id
 * (developers.line.biz/en/reference/messaging-api/#send-push-message).
 */
export async function sendLineMessage(row: OutboxRow, options: { apiBase: string; accessToken: string }): Promise<void> {
  const messages = [{ type: 'text', text: row.body.slice(0, lineTextMax) }];
  const replyToken = typeof row.payload?.replyToken === 'string' ? row.payload.replyToken : undefined;
  const reply = replyToken !== undefined && row.attempts <= 1;
  const response = await fetch(`${options.apiBase}/v2/bot/message/${reply ? 'reply' : 'push'}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${options.accessToken}`,
      'content-type': 'application/json',
      ...(reply ? {} : { 'x-line-retry-key': lineRetryKey(row.id) }),
    },
    body: JSON.stringify(reply ? { replyToken, messages } : { to: row.recipient, messages }),
    signal: AbortSignal.timeout(15_000),
  });
  // 409: this retry key was accepted before; the message is already on its way.
  if (response.ok || (!reply && response.status === 409)) return;
  const text = await response.text().catch(() => '');
  throw new LineSendError(`LINE ${reply ? 'reply' : 'push'} answered ${response.status}: ${text.slice(0, 300)}`, response.status);
}
