import { hashSecret, newSecret } from '../accounts/tokens.ts';
import type { Database } from '../../db/database.ts';
import { insertOpen311ApiKey } from '../../db/queries/channelQueries.ts';
import type { Clock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';

/** Open311 keys start with `o311_` so secret scanners can find a leaked one. */
export const OPEN311_KEY_PREFIX = 'o311_';

/**
 * Requests a minute a key may post unless given its own quota: ten a second, enough for a
 * partner relaying a morning's reports, ten times what one address may do without a key.
 */
export const OPEN311_DEFAULT_PER_MINUTE = 600;
export const OPEN311_MAX_PER_MINUTE = 1_000_000;

/**
 * Makes an API key for an Open311 client (a civic app). The key is shown once; only its SHA-256 is stored,
 * and the audit trail records the client's name and quota (made on the command line when there is no actor).
 * `perMinute` is the key's own quota of posts, counted per key whatever address the posts come from.
 */
export async function createOpen311ApiKey(
  deps: { db: Database; clock: Clock; actor?: Actor },
  input: { name: string; perMinute?: number },
): Promise<{ id: string; key: string }> {
  const name = input.name.trim();
  if (!name || name.length > 200) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/name', th: 'โปรดระบุชื่อผู้ใช้คีย์ (ไม่เกิน 200 ตัวอักษร)', en: 'Name the client (at most 200 characters).' }],
    });
  }
  const perMinute = input.perMinute ?? OPEN311_DEFAULT_PER_MINUTE;
  if (!Number.isInteger(perMinute) || perMinute < 1 || perMinute > OPEN311_MAX_PER_MINUTE) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path: '/perMinute',
          th: 'โควตาต่อนาทีต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 1,000,000',
          en: 'The quota a minute must be a whole number from 1 to 1,000,000.',
        },
      ],
    });
  }
  const key = newSecret(OPEN311_KEY_PREFIX);
  const { id } = await deps.db.transaction(async (tx) => {
    const made = await insertOpen311ApiKey(tx, { name, keyHash: hashSecret(key), perMinute, now: deps.clock.now() });
    await recordAdminChange(
      tx,
      { actor: deps.actor, at: deps.clock.now() },
      { action: 'open311_key.create', targetType: 'open311_key', targetId: made.id, before: null, after: { name, perMinute } },
    );
    return made;
  });
  return { id, key };
}
