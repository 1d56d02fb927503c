import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * LINE signs every webhook body: `X-Line-Signature` is the base64 HMAC-SHA256
 * of the raw request body with the channel secret
 * (developers.line.biz/en/reference/messaging-api/#signature-validation).
 * The raw bytes matter: re-serialised JSON would not match.
 */
export function signLineBody(body: Buffer | string, channelSecret: string): string {
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}

/** Constant-time comparison, so the answer time tells an attacker nothing about how much of a guess was right. */
export function isValidLineSignature(body: Buffer, signature: string | undefined, channelSecret: string): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signLineBody(body, channelSecret), 'base64');
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
