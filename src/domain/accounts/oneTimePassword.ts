import { randomInt } from 'node:crypto';

/** No 0/O, 1/l/I: a password read aloud or copied from a screen by hand is not mistyped. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A password the server makes for an account an administrator creates or resets without typing one:
 * four groups of four characters from 31 (about 79 bits, far beyond zxcvbn's "safely unguessable"),
 * from the operating system's random source. It is answered once and only its hash is kept, so the
 * administrator passes it on by a trusted channel (NIST SP 800-63B 6.1.2.3, ASVS 2.3.1).
 */
export function generateOneTimePassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < 4; group++) {
    let text = '';
    for (let i = 0; i < 4; i++) text += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(text);
  }
  return groups.join('-');
}
