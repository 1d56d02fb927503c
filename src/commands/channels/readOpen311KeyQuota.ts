import type { Queryable } from '../../db/database.ts';
import { findOpen311KeyQuota } from '../../db/queries/channelQueries.ts';
import { hashSecret } from '../accounts/tokens.ts';

/** A live Open311 `api_key`'s id and posts-a-minute quota, or undefined; looked up by its SHA-256, the only form kept. */
export async function readOpen311KeyQuota(ctx: { db: Queryable }, apiKey: string): Promise<{ id: string; per_minute: number } | undefined> {
  return findOpen311KeyQuota(ctx.db, hashSecret(apiKey));
}
