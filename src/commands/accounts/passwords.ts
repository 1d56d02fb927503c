import argon2 from 'argon2';

/**
 * Passwords are hashed with argon2id (RFC 9106, OWASP's first choice) at the
 * library's defaults: 64 MiB memory, 3 passes.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified against when the username does not
 * exist, so a wrong username takes as long as a wrong password and the time
 * of an answer does not tell which usernames exist.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}`);
  return decoyHash;
}
