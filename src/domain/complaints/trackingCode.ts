import { randomInt } from 'node:crypto';

/**
 * Tracking codes are what a citizen reads out on the phone or types on a
 * phone keyboard: twelve characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), shown as `ABCD-EFGH-JKMN`. Random (the
 * operating system's CSPRNG), not a sequence, so one code does not reveal
 * another complaint's.
 *
 * The code is the citizen's secret: whoever holds it follows, rates and
 * reopens the complaint, so it is answered only to the one who filed it and
 * is never published (others see the public id, `publicId.ts`). Guessing is
 * what is left, so the length is chosen against it. OWASP ASVS 4.0 3.2.2
 * asks 64 bits of a session token, which is guessed with no human in the
 * loop; this code is read aloud and typed on a phone, so it is sized by the
 * guessing it must withstand instead. The per-address limits (120 tracking reads, 20 ratings or
 * reopenings a minute) do not bound an attacker with many addresses (one IPv6
 * /64 is 2^64 of them), so count the server's throughput instead: 1,000
 * guesses a second, day and night, against ten million complaints on file.
 * Ten characters of 24 (46 bits) gave that attacker about fourteen complaints
 * a day; twelve (55 bits) give one about every six weeks, most of them not
 * within the 30 days in which a rating or a reopening is possible. Codes
 * issued with ten characters stay valid.
 */
const ALPHABET = '3469ACDEFGHJKMNPQRTUVWXY';
const LENGTH = 12;
/** Codes issued before issue 9 lengthened them. */
const LEGACY_LENGTH = 10;

export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return formatTrackingCode(code);
}

/** Groups of four, as the citizen reads them: `ABCD-EFGH-JKMN` (a legacy code: `ABCD-EFGH-JK`). */
export function formatTrackingCode(raw: string): string {
  return raw.match(/.{1,4}/g)!.join('-');
}

/** What a citizen typed (any case, spaces or dashes) as a stored code, or null when it cannot be one. */
export function parseTrackingCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (raw.length !== LENGTH && raw.length !== LEGACY_LENGTH) return null;
  for (const char of raw) if (!ALPHABET.includes(char)) return null;
  return formatTrackingCode(raw);
}
