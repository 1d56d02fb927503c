import { createHash, randomBytes } from 'node:crypto';

/** A new random secret: 32 bytes, base64url. Only its SHA-256 is stored. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** API tokens start with `tdt_` so secret scanners can find a leaked one. */
export const API_TOKEN_PREFIX = 'tdt_';
