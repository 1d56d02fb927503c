import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboxRow } from '../../db/queries/outboxDeliveryQueries.ts';

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/**
 * Sends one outbox row as a plain-text e-mail. The Message-ID is derived
 * from the outbox row, so a message sent again after a crash is the same
 * message to the receiving mail system (which drops duplicates by it).
 */
export async function sendEmail(row: OutboxRow, options: { smtpUrl: string; from: string; domain: string }): Promise<void> {
  await transportFor(options.smtpUrl).sendMail({
    from: options.from,
    to: row.recipient,
    subject: row.subject ?? 'Tidtam',
    text: row.body,
    messageId: `<outbox-${row.id}@${options.domain}>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
}
