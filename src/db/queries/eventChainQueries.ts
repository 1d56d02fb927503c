import { chainFieldSql, chainSources, type ChainSource } from '../../domain/audit/chainCanonical.ts';
import type { Queryable } from '../database.ts';

/**
 * The audit chain's reads for the verifier and the anchor. The verifier builds the events' text forms
 * with this SQL (from `chainCanonical.ts`), never with the functions the trigger uses, which whoever
 * could rewrite the rows could rewrite too.
 */
export interface ChainHeadRow {
  seq: number;
  chain_hash: string;
  now: Date;
}

export async function readChainHead(db: Queryable): Promise<ChainHeadRow> {
  const result = await db.query<ChainHeadRow>(
    `select seq::int8 as seq, encode(chain_hash, 'hex') as chain_hash, now() as now from event_chain_head`,
  );
  const head = result.rows[0];
  if (!head) throw new Error('event_chain_head has no row');
  return { ...head, seq: Number(head.seq) };
}

export interface ChainEntryRow {
  seq: number;
  source: ChainSource;
  event_id: number;
  row_hash: string;
  chain_hash: string;
  /** The event's text forms; null when the event is gone. */
  fields: (string | null)[] | null;
}

/** Entries after `afterSeq` up to `lastSeq`, in seq order, each joined to its event. */
export async function readChainEntries(db: Queryable, afterSeq: number, lastSeq: number, limit: number): Promise<ChainEntryRow[]> {
  const result = await db.query<ChainEntryRow>(
    `select c.seq, c.source, c.event_id, encode(c.row_hash, 'hex') as row_hash, encode(c.chain_hash, 'hex') as chain_hash,
            case when c.source = 'case_events' and e.id is not null then ${chainFieldSql('case_events', 'e')}
                 when c.source = 'audit_events' and a.id is not null then ${chainFieldSql('audit_events', 'a')} end as fields
       from event_chain c
       left join case_events e on c.source = 'case_events' and e.id = c.event_id
       left join audit_events a on c.source = 'audit_events' and a.id = c.event_id
      where c.seq > $1 and c.seq <= $2
      order by c.seq
      limit $3`,
    [afterSeq, lastSeq, limit],
  );
  return result.rows.map((row) => ({ ...row, seq: Number(row.seq), event_id: Number(row.event_id) }));
}

/** Events with no chain entry: written while the chain trigger was off. */
export async function readUnchainedEvents(db: Queryable, limit: number): Promise<{ source: ChainSource; id: number }[]> {
  const parts = chainSources.map(
    (source) =>
      `select '${source}' as source, t.id from ${source} t
        where not exists (select 1 from event_chain c where c.source = '${source}' and c.event_id = t.id)`,
  );
  const result = await db.query<{ source: ChainSource; id: number }>(`${parts.join(' union all ')} order by source, id limit $1`, [limit]);
  return result.rows.map((row) => ({ source: row.source, id: Number(row.id) }));
}

/** The event the chain has at `seq`, if any. */
export async function readChainEntryAt(db: Queryable, seq: number): Promise<{ source: ChainSource; eventId: number } | undefined> {
  const result = await db.query<{ source: ChainSource; event_id: number }>(`select source, event_id from event_chain where seq = $1`, [
    seq,
  ]);
  const row = result.rows[0];
  return row ? { source: row.source, eventId: Number(row.event_id) } : undefined;
}
