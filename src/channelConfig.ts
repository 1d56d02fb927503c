/**
 * Settings of the channels that leave or enter the process: SMTP for e-mail,
 * the LINE Messaging API for a LINE Official Account, an HTTP SMS gateway. Read from the
 * environment like `config.ts`; a channel without its settings is off (its
 * outbox rows wait, its webhook answers 404), so a newcomer's laptop sends
 * nothing anywhere.
 */
export interface ChannelConfig {
  /** `smtp://user:pass@host:587` or `smtps://...`; unset: e-mail is not sent. */
  smtpUrl: string | undefined;
  /** The From address of e-mail to citizens. */
  mailFrom: string;
  /** The LINE Messaging API (push and reply). Tests point it at a local receiver. */
  lineApiBase: string;
  /** The LINE content API (images citizens send). */
  lineDataApiBase: string;
  /** The channel secret signing webhook bodies; unset: the webhook is off. */
  lineChannelSecret: string | undefined;
  /** The long-lived channel access token for push and reply; unset: LINE messages are not sent. */
  lineChannelAccessToken: string | undefined;
  /**
   * The SMS gateway's send address: a JSON POST of `{to, from, text}` (`to` in E.164), the shape
   * most HTTP SMS gateways take or a small relay maps; unset: SMS is not sent.
   */
  smsGatewayUrl?: string | undefined;
  /** Sent as `Authorization: Bearer <token>` when set. */
  smsGatewayToken?: string | undefined;
  /** The sender name or number the gateway registered for this service (`from`). */
  smsSender?: string;
}

export function loadChannelConfig(env: NodeJS.ProcessEnv = process.env): ChannelConfig {
  return {
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Tidtam <no-reply@tidtam.invalid>',
    lineApiBase: (env.LINE_API_BASE || 'https://api.line.me').replace(/\/+$/, ''),
    lineDataApiBase: (env.LINE_DATA_API_BASE || 'https://api-data.line.me').replace(/\/+$/, ''),
    lineChannelSecret: env.LINE_CHANNEL_SECRET || undefined,
    lineChannelAccessToken: env.LINE_CHANNEL_ACCESS_TOKEN || undefined,
    smsGatewayUrl: env.SMS_GATEWAY_URL || undefined,
    smsGatewayToken: env.SMS_GATEWAY_TOKEN || undefined,
    smsSender: env.SMS_SENDER || 'Tidtam',
  };
}
