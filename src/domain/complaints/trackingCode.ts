import { randomInt } from 'node:crypto';

/**
 * Tracking codes are what a citizen reads out on the phone or types on a
 * phone keyboard: ten characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), shown as `ABCD-EFGH-JK`. Random, not a
 * sequence, so one code does not reveal another complaint's.
 */
const ALPHABET = '3469ACDEFGHJKMNPQRTUVWXY';
const LENGTH = 10;

export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return formatTrackingCode(code);
}

export function formatTrackingCode(raw: string): string {
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** What a citizen typed (any case, spaces or dashes) as a stored code, or null when it cannot be one. */
export function parseTrackingCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (raw.length !== LENGTH) return null;
  for (const char of raw) if (!ALPHABET.includes(char)) return null;
  return formatTrackingCode(raw);
}
