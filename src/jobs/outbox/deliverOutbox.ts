import { loadChannelConfig, type ChannelConfig } from '../../channelConfig.ts';
import type { Database } from '../../db/database.ts';
import {
  claimDueOutbox,
  confirmOutboxClaim,
  markOutboxAbandoned,
  markOutboxFailed,
  markOutboxSent,
  type OutboxRow,
} from '../../db/queries/outboxDeliveryQueries.ts';
import type { Clock } from '../../domain/clock.ts';
import { sendEmail } from './sendEmail.ts';
import { sendLineMessage } from './sendLineMessage.ts';
import { sendSms, SmsSendError } from './sendSms.ts';
import { hours, minutes } from '../../shared/thaiTime.ts';

/** After this many attempts a message stays unsent with its last error, for a person to look at. */
export const outboxMaxAttempts = 10;

/** How long a claimed message is left to its worker before another may take it. */
export const outboxLeaseMs = minutes(5);

/** 1, 2, 4 ... minutes after each failure, at most six hours. */
export function outboxBackoffMs(attempts: number): number {
  return Math.min(minutes(2 ** Math.max(attempts - 1, 0)), hours(6));
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  /** Messages for a channel that has no settings here: left waiting, not counted as attempts. */
  waiting: number;
}

const outboxChannels = ['email', 'line', 'sms'] as const satisfies readonly OutboxRow['channel'][];

function channelReady(channel: OutboxRow['channel'], config: ChannelConfig): boolean {
  if (channel === 'email') return Boolean(config.smtpUrl);
  if (channel === 'sms') return Boolean(config.smsGatewayUrl);
  return Boolean(config.lineChannelAccessToken);
}

async function send(row: OutboxRow, config: ChannelConfig): Promise<void> {
  if (row.channel === 'email') {
    const domain = /@([^>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'tidtam.invalid';
    return sendEmail(row, { smtpUrl: config.smtpUrl!, from: config.mailFrom, domain });
  }
  if (row.channel === 'sms') {
    return sendSms(row, { url: config.smsGatewayUrl!, token: config.smsGatewayToken, sender: config.smsSender ?? 'Tidtam' });
  }
  return sendLineMessage(row, { apiBase: config.lineApiBase, accessToken: config.lineChannelAccessToken! });
}

/**
 * Sends what the outbox holds: e-mail by SMTP, LINE by the Messaging API, SMS by the HTTP gateway.
 * Each message is claimed first (see `claimDueOutbox`), then sent outside any
 * transaction (a slow mail server must not hold the database), then marked
 * sent, or failed with its error and a back-off. Runs under the scheduler's
 * lease and on demand (`tidtam sweep`); several runs at once (two processes,
 * a sweep beside the server) each send a message only while their claim on it
 * holds (`confirmOutboxClaim`).
 */
export async function deliverOutbox(
  deps: { db: Database; clock: Clock },
  options: { config?: ChannelConfig; limit?: number } = {},
): Promise<DeliveryResult> {
  const config = options.config ?? loadChannelConfig();
  const result: DeliveryResult = { sent: 0, failed: 0, waiting: 0 };
  const channels = outboxChannels.filter((channel) => channelReady(channel, config));
  if (channels.length < outboxChannels.length) {
    const { rows } = await deps.db.query<{ n: number }>(
      `select count(*)::int as n from outbox where sent_at is null and attempts < $1 and not (channel = any($2))`,
      [outboxMaxAttempts, channels],
    );
    result.waiting = rows[0]?.n ?? 0;
  }
  if (channels.length === 0) return result;
  for (;;) {
    const now = deps.clock.now();
    const claimed = await claimDueOutbox(deps.db, {
      now,
      leaseUntil: new Date(now.getTime() + outboxLeaseMs),
      limit: options.limit ?? 50,
      maxAttempts: outboxMaxAttempts,
      channels,
    });
    if (claimed.length === 0) return result;
    for (const row of claimed) {
      const leaseUntil = new Date(deps.clock.now().getTime() + outboxLeaseMs);
      if (!(await confirmOutboxClaim(deps.db, { id: row.id, attempts: row.attempts, leaseUntil }))) continue;
      try {
        await send(row, config);
        await markOutboxSent(deps.db, row.id, deps.clock.now());
        result.sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof SmsSendError && error.permanent) {
          await markOutboxAbandoned(deps.db, row.id, message, outboxMaxAttempts);
          result.failed++;
          continue;
        }
        await markOutboxFailed(deps.db, row.id, message, new Date(deps.clock.now().getTime() + outboxBackoffMs(row.attempts)));
        result.failed++;
      }
    }
    if (claimed.length < (options.limit ?? 50)) return result;
  }
}
