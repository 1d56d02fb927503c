/**
 * SMS to citizens who gave only a phone number (most 1111 callers). An SMS in
 * Thai is UCS-2: 70 characters in one message, 67 in each part of a
 * concatenated one (3GPP TS 23.040: the 6-byte header of each part). Two parts,
 * 134 characters, carry the tracking code and the status with room for a short
 * note, and cost two messages at most.
 */
export const smsMaxChars = 2 * 67;

/**
 * The text of an SMS made from a citizen message (`citizenMessages.ts`): its
 * Thai paragraph (the lines before the first blank line; the English follows
 * it) on one line, cut to two SMS parts. The first line of every message names
 * the tracking code and the status, so a cut only shortens what follows; it
 * ends with "…" and never between a Thai letter and its vowel or tone mark.
 */
export function citizenSmsText(body: string): string {
  const blank = body.split('\n').findIndex((line) => line.trim() === '');
  const thai = (blank === -1 ? body.split('\n') : body.split('\n').slice(0, blank)).join(' ');
  const text = thai.replace(/\s+/g, ' ').trim();
  if (text.length <= smsMaxChars) return text;
  let end = smsMaxChars - 1;
  // A combining mark (Thai above/below vowels and tone marks) belongs with the letter before it.
  while (end > 0 && /\p{M}/u.test(text[end]!)) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * A Thai mobile number (stored as `0` and nine digits starting 6, 8 or 9, see
 * `normalisePhone`) in E.164 (`+66` and the nine digits), as SMS gateways take
 * it; null for a landline, which cannot receive an SMS.
 */
export function thaiMobileE164(phone: string): string | null {
  return /^0[689][0-9]{8}$/.test(phone) ? `+66${phone.slice(1)}` : null;
}

/** A phone number as logs and errors may show it: the country code and the last three digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  if (digits.length <= 5) return '***';
  return `${digits.slice(0, 3)}${'•'.repeat(digits.length - 6)}${digits.slice(-3)}`;
}

/** Any phone-like run of digits in a text (a gateway's error may echo the number) masked. */
export function maskPhonesIn(text: string): string {
  return text.replace(/\+?[0-9][0-9 -]{7,}[0-9]/g, (match) => maskPhone(match));
}
