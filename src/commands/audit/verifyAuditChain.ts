import type { Queryable } from '../../db/database.ts';
import { readChainEntries, readChainEntryAt, readChainHead, readUnchainedEvents } from '../../db/queries/eventChainQueries.ts';
import { ChainChecker, type AuditAnchor, type AuditVerdict } from '../../domain/audit/auditVerdict.ts';

/** Entries read a statement at a time (keyset on seq). */
const BATCH = 5000;
/** Unchained events named at most; a table written with triggers off for years would say enough. */
const UNCHAINED_LIMIT = 10_000;

/** The chain's head now: what `tidtam audit anchor` prints and a ministry publishes. */
export async function readAuditAnchor(db: Queryable): Promise<AuditAnchor> {
  const head = await readChainHead(db);
  return { seq: head.seq, chainHash: head.chain_hash, at: head.now.toISOString() };
}

/**
 * Walks the audit chain from its first entry to the head read at the start, recomputing each event's
 * hash from its stored content and each link from the one before, then looks for events that were
 * never chained and, given an anchor published earlier, checks that the chain still has its hash at
 * its seq. Every problem is named (the first found first); `ok` when there is none. Safe while others
 * write: an event and its entry commit together, and entries after the head read are left for the
 * next run. Also run after a restore (backup slice).
 */
export async function verifyAuditChain(db: Queryable, options: { anchor?: AuditAnchor } = {}): Promise<AuditVerdict> {
  const head = await readAuditAnchor(db);
  const checker = new ChainChecker(options.anchor?.seq ?? null);
  for (let after = 0; after < head.seq;) {
    const rows = await readChainEntries(db, after, head.seq, BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      checker.feed({
        seq: row.seq,
        source: row.source,
        eventId: row.event_id,
        rowHash: Buffer.from(row.row_hash, 'hex'),
        chainHash: Buffer.from(row.chain_hash, 'hex'),
        fields: row.fields,
      });
    }
    after = rows[rows.length - 1]!.seq;
  }
  checker.finish(head);
  for (const event of await readUnchainedEvents(db, UNCHAINED_LIMIT)) checker.unchained(event.source, event.id);
  if (options.anchor) checker.anchor(options.anchor, (await readChainEntryAt(db, options.anchor.seq)) ?? null);
  return { ok: checker.problems.length === 0, entries: checker.entries, head, problems: checker.problems };
}
