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
 * Makes an API key for an Open311 client (a civic app). The key is shown once;
 * only its SHA-256 is stored, and the audit trail records the client's name
 * (made on the command line when there is no actor).
 */
export async function createOpen311ApiKey(
  deps: { db: Database; clock: Clock; actor?: Actor },
  input: { name: string },
): Promise<{ id: string; key: string }> {
  const name = input.name.trim();
  if (!name || name.length > 200) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/name', th: 'โปรดระบุชื่อผู้ใช้คีย์ (ไม่เกิน 200 ตัวอักษร)', en: 'Name the client (at most 200 characters).' }],
    });
  }
  const key = newSecret(OPEN311_KEY_PREFIX);
  const { id } = await deps.db.transaction(async (tx) => {
    const made = await insertOpen311ApiKey(tx, { name, keyHash: hashSecret(key), now: deps.clock.now() });
    await recordAdminChange(
      tx,
      { actor: deps.actor, at: deps.clock.now() },
      { action: 'open311_key.create', targetType: 'open311_key', targetId: made.id, before: null, after: { name } },
    );
    return made;
  });
  return { id, key };
}
