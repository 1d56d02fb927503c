import { createHash } from 'node:crypto';

/**
 * The audit chain's canonical form of an event (issue 15, item 1). One chain covers both append-only
 * event tables; each entry hashes one event's content and links to the entry before it. The database
 * trigger builds the same text in SQL (migration 20261209100000-create-event-chain.sql, tested
 * against this module); the verifier asks for the text forms of the stored rows with its own SQL
 * (`chainFieldSql`) and hashes them here, so it trusts no stored function.
 */
export type ChainSource = 'case_events' | 'audit_events';

/** How a column is turned into text; neither depends on session settings. */
type FieldKind = 'text' | 'timestamp';

/** Each table's columns in chain order: changing a list changes every hash (a new migration). */
export const chainFields: Record<ChainSource, readonly (readonly [string, FieldKind])[]> = {
  case_events: [
    ['id', 'text'],
    ['case_id', 'text'],
    ['assignment_id', 'text'],
    ['type', 'text'],
    ['actor_user_id', 'text'],
    ['actor_unit_id', 'text'],
    ['data', 'text'],
    ['created_at', 'timestamp'],
  ],
  audit_events: [
    ['id', 'text'],
    ['category', 'text'],
    ['action', 'text'],
    ['actor_user_id', 'text'],
    ['target_type', 'text'],
    ['target_id', 'text'],
    ['before', 'text'],
    ['after', 'text'],
    ['data', 'text'],
    ['ip', 'text'],
    ['created_at', 'timestamp'],
  ],
};

export const chainSources = Object.keys(chainFields) as ChainSource[];

/**
 * The SQL expression of the text forms of a row of `source` aliased `alias`, as an array of text
 * (null where the column is null): ids and uuids `::text`, jsonb `::text` (canonical), timestamps in
 * UTC to the microsecond.
 */
export function chainFieldSql(source: ChainSource, alias: string): string {
  const parts = chainFields[source].map(([column, kind]) =>
    kind === 'timestamp' ? `to_char(${alias}.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')` : `${alias}.${column}::text`,
  );
  return `array[${parts.join(', ')}]::text[]`;
}

/** One field, length-prefixed so that no two rows' fields can run into each other: null is "-". */
function field(value: string | null): string {
  return value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/** The canonical text of an event: its table's name, then its fields in `chainFields` order. */
export function canonicalEventText(source: ChainSource, fields: readonly (string | null)[]): string {
  if (fields.length !== chainFields[source].length) {
    throw new Error(`${source} has ${chainFields[source].length} chained fields, not ${fields.length}`);
  }
  return field(source) + fields.map(field).join('');
}

export function rowHash(source: ChainSource, fields: readonly (string | null)[]): Buffer {
  return createHash('sha256').update(canonicalEventText(source, fields), 'utf8').digest();
}

/** The chain before its first entry. */
export const GENESIS_HASH: Buffer = createHash('sha256').update('tidtam-genesis', 'utf8').digest();

/** sha256(previous chain hash || row hash || seq as 8 bytes, big-endian). */
export function chainHash(previous: Buffer, row: Buffer, seq: number): Buffer {
  const seqBytes = Buffer.alloc(8);
  seqBytes.writeBigInt64BE(BigInt(seq));
  return createHash('sha256').update(previous).update(row).update(seqBytes).digest();
}
