import { normalizeIP, type RateLimitOptions } from '@fastify/rate-limit';
import { readOpen311KeyQuota } from '../../../commands/channels/readOpen311KeyQuota.ts';
import type { Database } from '../../../db/database.ts';

/** Posts a minute from one address without a valid key: enough to find out the key is wrong, too few to guess one. */
export const OPEN311_ANONYMOUS_POSTS_PER_MINUTE = 60;
/** Reads a minute from one address, per read route: a person's civic app polls far less, a scraper far more. */
export const OPEN311_READS_PER_MINUTE = 120;

const KEY_PREFIX = 'open311-key:';

/**
 * Posting quota: a request carrying a live `api_key` counts against that
 * key's own quota (`tidtam open311 key create --per-minute`), whatever address
 * it comes from, so a partner relaying many citizens' reports through one
 * server is not throttled like one anonymous visitor; anything else counts
 * against its address. The body is read once parsed (preValidation), so
 * malformed posts count too. The key id and quota travel in the limiter's key,
 * so nothing is looked up twice. Counts are per process (each API process
 * allows the quota), like the other in-memory limits.
 */
export function open311PostLimit(db: Database): RateLimitOptions {
  return {
    timeWindow: 60_000,
    hook: 'preValidation',
    keyGenerator: async (request) => {
      const apiKey = (request.body as { api_key?: unknown } | null | undefined)?.api_key;
      if (typeof apiKey === 'string' && apiKey.length > 0 && apiKey.length <= 200) {
        const found = await readOpen311KeyQuota({ db }, apiKey);
        if (found) return `${KEY_PREFIX}${found.id}:${found.per_minute}`;
      }
      return `open311-address:${normalizeIP(request.ip)}`;
    },
    max: (_request, key) => (key.startsWith(KEY_PREFIX) ? Number(key.split(':')[2]) : OPEN311_ANONYMOUS_POSTS_PER_MINUTE),
  };
}

/** Reads are public (the spec's model) and limited per address; the address is the peer's own unless TRUST_PROXY says otherwise. */
export const open311ReadLimit: RateLimitOptions = { max: OPEN311_READS_PER_MINUTE, timeWindow: 60_000 };
