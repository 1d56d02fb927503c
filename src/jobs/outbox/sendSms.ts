import type { OutboxRow } from '../../db/queries/outboxDeliveryQueries.ts';
import { maskPhone, maskPhonesIn } from '../../domain/complaints/citizenSms.ts';

/**
 * A gateway's refusal. `permanent` when the gateway says this message can never go (400, 413,
 * 422: a bad number or text): it is not retried. Everything else (401/403 and 404 are settings an
 * administrator fixes, 408, 429, 5xx, a timeout, a refused connection) is tried again with the
 * outbox's back-off, so a wrong token or a gateway outage loses no message.
 */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

const permanentStatuses = new Set([400, 413, 422]);

/**
 * Sends one outbox row through the HTTP SMS gateway: `POST SMS_GATEWAY_URL` with JSON
 * `{to, from, text}` and `Authorization: Bearer SMS_GATEWAY_TOKEN`. `Idempotency-Key` is fixed by
 * the outbox row, so a gateway that honours it does not send twice after a crash between sending
 * and marking sent. Errors name the number masked (`+66••••••678`): the outbox's last error is
 * read by people, and a phone number is personal data.
 */
export async function sendSms(row: OutboxRow, options: { url: string; token: string | undefined; sender: string }): Promise<void> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `tidtam-outbox-${row.id}`,
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ to: row.recipient, from: options.sender, text: row.body }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SmsSendError(`SMS to ${maskPhone(row.recipient)}: gateway not reached (${maskPhonesIn(reason)})`, false);
  }
  if (response.ok) return;
  const text = await response.text().catch(() => '');
  throw new SmsSendError(
    `SMS to ${maskPhone(row.recipient)}: gateway answered ${response.status}: ${maskPhonesIn(text.slice(0, 300))}`,
    permanentStatuses.has(response.status),
  );
}
