import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';
import type { FilingInput } from '../../domain/infoRequests/validateFiling.ts';
import type { Actor } from '../../domain/roles.ts';
import { complaintLimits } from '../../shared/complaintLimits.ts';
import { checkFiling, fileInfoRequestInTx } from './fileInfoRequest.ts';

export interface FiledOnce {
  caseId: string;
  ref: string;
  trackingCode: string;
  agency: { th: string; en: string };
  dueAt: Date | null;
  replayed: boolean;
}

type Stored = Omit<FiledOnce, 'replayed' | 'dueAt'> & { dueAt: string | null };

/**
 * Files a request like `fileInfoRequest`, once per Idempotency-Key: the same key with the same request
 * answers the first answer (a phone that lost the answer sends again and files one request); the same
 * key with another request is refused. The key is kept with the request in the same transaction.
 */
export async function fileInfoRequestOnce(
  ctx: { db: Database; clock: Clock; actor: Actor | null },
  input: FilingInput,
  idempotencyKey: string | undefined,
): Promise<FiledOnce> {
  const filing = checkFiling(ctx.actor, input);
  const key = idempotencyKey?.trim() || null;
  if (key && key.length > complaintLimits.idempotencyKeyMax) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/idempotencyKey', th: 'Idempotency-Key ยาวเกินกำหนด', en: 'The Idempotency-Key is too long.' }],
    });
  }
  const scope = ctx.actor ? `info_request:${ctx.actor.userId}` : 'info_request:public';
  const hash = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    if (key) {
      const claimed = await tx.query(
        `insert into idempotency_keys (scope, key, request_hash, created_at) values ($1, $2, $3, $4) on conflict do nothing returning key`,
        [scope, key, hash, now],
      );
      if (claimed.rows.length === 0) return replay(tx, scope, key, hash);
    }
    const filed = await fileInfoRequestInTx(tx, now, ctx.actor, filing);
    const answer: Stored = {
      caseId: filed.id,
      ref: filed.ref,
      trackingCode: filed.trackingCode,
      agency: filed.agency,
      dueAt: filed.dueAt?.toISOString() ?? null,
    };
    if (key) {
      await tx.query('update idempotency_keys set case_id = $3, response = $4 where scope = $1 and key = $2', [
        scope,
        key,
        filed.id,
        JSON.stringify(answer),
      ]);
    }
    return { ...answer, dueAt: filed.dueAt, replayed: false };
  });
}

async function replay(tx: Queryable, scope: string, key: string, hash: string): Promise<FiledOnce> {
  const stored = await tx.query<{ request_hash: string; response: Stored | null }>(
    'select request_hash, response from idempotency_keys where scope = $1 and key = $2',
    [scope, key],
  );
  const row = stored.rows[0];
  if (!row?.response || row.request_hash !== hash) {
    throw new AppError('conflict', {
      th: 'Idempotency-Key นี้ใช้กับคำขออื่นไปแล้ว โปรดใช้คีย์ใหม่',
      en: 'This Idempotency-Key was already used for a different request. Use a new key.',
    });
  }
  return { ...row.response, dueAt: row.response.dueAt ? new Date(row.response.dueAt) : null, replayed: true };
}
