import { hashSecret, newSecret } from '../accounts/tokens.ts';
import type { Database } from '../../db/database.ts';
import { insertOpen311ApiKey } from '../../db/queries/channelQueries.ts';
import type { Clock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';

/** Open311 keys start with `o311_` so secret scanners can find a leaked one. */
export const OPEN311_KEY_PREFIX = 'o311_';

/** Makes an API key for an Open311 client (a civic app). The key is shown once; only its SHA-256 is stored. */
export async function createOpen311ApiKey(
  deps: { db: Database; clock: Clock },
  input: { name: string },
): Promise<{ id: string; key: string }> {
  const name = input.name.trim();
  if (!name || name.length > 200) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/name', th: 'โปรดระบุชื่อผู้ใช้คีย์ (ไม่เกิน 200 ตัวอักษร)', en: 'Name the client (at most 200 characters).' }],
    });
  }
  const key = newSecret(OPEN311_KEY_PREFIX);
  const { id } = await insertOpen311ApiKey(deps.db, { name, keyHash: hashSecret(key), now: deps.clock.now() });
  return { id, key };
}
