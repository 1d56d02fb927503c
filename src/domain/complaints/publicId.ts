import { randomInt } from 'node:crypto';

/**
 * A complaint's public id: what Open311's `service_request_id` and the
 * likely-duplicate hints show, so anyone may point at a complaint without
 * holding its tracking code, which stays the citizen's secret (the key that
 * follows, rates and reopens it; OWASP ASVS 4.2.1, PDPA section 37).
 *
 * Twelve characters of Crockford's base32 in lower case (60 random bits from
 * the operating system's CSPRNG): not a sequence, so one id reveals nothing of
 * another, and not the tracking code's alphabet or shape (upper case, in
 * groups), so the two cannot be confused. Rows older than the column got
 * theirs from `gen_random_uuid()` in the migration that added it, in the same
 * alphabet and length.
 */
export const PUBLIC_ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const PUBLIC_ID_LENGTH = 12;
export const publicIdPattern = `^[${PUBLIC_ID_ALPHABET}]{${PUBLIC_ID_LENGTH}}$`;

export function newPublicId(): string {
  let id = '';
  for (let i = 0; i < PUBLIC_ID_LENGTH; i++) id += PUBLIC_ID_ALPHABET[randomInt(PUBLIC_ID_ALPHABET.length)];
  return id;
}
