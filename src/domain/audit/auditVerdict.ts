import { GENESIS_HASH, chainHash, rowHash, type ChainSource } from './chainCanonical.ts';

/**
 * What `tidtam audit verify` finds. ALTERED: an event's content no longer matches the hash it was
 * chained with. DELETED: a chain entry whose event is gone, or entries missing from the chain.
 * INSERTED: an event that was never chained (written with the triggers off), or an entry whose chain
 * hash does not follow from the one before (forged or rewritten). ANCHOR: the chain no longer has
 * the hash a published anchor recorded at its seq (history rewritten and every hash recomputed).
 */
export type AuditProblemKind = 'ALTERED' | 'DELETED' | 'INSERTED' | 'ANCHOR';

export interface AuditProblem {
  kind: AuditProblemKind;
  table: ChainSource | 'event_chain' | 'event_chain_head';
  eventId: number | null;
  seq: number | null;
  /** One line a person reads, naming the table, event id and chain seq. */
  line: string;
}

export interface AuditAnchor {
  seq: number;
  /** Lowercase hex. */
  chainHash: string;
  /** When it was read (ISO); informative. */
  at?: string;
}

export interface AuditVerdict {
  ok: boolean;
  /** Chain entries walked. */
  entries: number;
  /** The head when the walk began: the walk goes up to its seq. */
  head: AuditAnchor;
  problems: AuditProblem[];
}

/** One chain entry as read, joined to its event's text forms (null: the event is gone). */
export interface ChainEntry {
  seq: number;
  source: ChainSource;
  eventId: number;
  rowHash: Buffer;
  chainHash: Buffer;
  fields: (string | null)[] | null;
}

const at = (source: string, eventId: number | null, seq: number | null) =>
  `${source}${eventId === null ? '' : ` event ${eventId}`}${seq === null ? ' (no chain seq)' : ` (chain seq ${seq})`}`;

/**
 * Checks chain entries fed in seq order, then the head, the unchained events and an anchor. Every
 * problem is kept, the first found first; a gap is reported once, not again as a broken link.
 */
export class ChainChecker {
  readonly problems: AuditProblem[] = [];
  entries = 0;
  private previousSeq = 0;
  private previousHash: Buffer = GENESIS_HASH;
  private readonly seen = new Map<number, Buffer>();

  constructor(private readonly watchSeq: number | null = null) {}

  private add(kind: AuditProblemKind, table: AuditProblem['table'], eventId: number | null, seq: number | null, why: string) {
    this.problems.push({ kind, table, eventId, seq, line: `${kind} ${at(table, eventId, seq)}: ${why}` });
  }

  feed(entry: ChainEntry): void {
    this.entries++;
    const gap = entry.seq !== this.previousSeq + 1;
    if (gap) {
      const missing = entry.seq - 1 === this.previousSeq + 1 ? `${entry.seq - 1}` : `${this.previousSeq + 1}..${entry.seq - 1}`;
      this.add('DELETED', 'event_chain', null, this.previousSeq + 1, `chain entries ${missing} are missing (a gap)`);
    }
    if (entry.fields === null) {
      this.add('DELETED', entry.source, entry.eventId, entry.seq, 'the event is gone');
    } else if (!rowHash(entry.source, entry.fields).equals(entry.rowHash)) {
      this.add('ALTERED', entry.source, entry.eventId, entry.seq, 'its content no longer matches the hash it was chained with');
    }
    if (!gap && !chainHash(this.previousHash, entry.rowHash, entry.seq).equals(entry.chainHash)) {
      this.add(
        'INSERTED',
        entry.source,
        entry.eventId,
        entry.seq,
        `its chain hash does not follow from seq ${this.previousSeq} (an entry forged or rewritten)`,
      );
    }
    if (entry.seq === this.watchSeq) this.seen.set(entry.seq, entry.chainHash);
    this.previousSeq = entry.seq;
    this.previousHash = entry.chainHash;
  }

  /** After the last entry up to the head's seq. */
  finish(head: AuditAnchor): void {
    if (this.previousSeq < head.seq) {
      this.add(
        'DELETED',
        'event_chain',
        null,
        this.previousSeq + 1,
        `chain entries ${this.previousSeq + 1}..${head.seq} are missing (the end)`,
      );
    } else if (this.previousHash.toString('hex') !== head.chainHash) {
      this.add('INSERTED', 'event_chain_head', null, head.seq, `the head's hash is not the chain's hash at seq ${head.seq}`);
    }
  }

  unchained(source: ChainSource, eventId: number): void {
    this.add('INSERTED', source, eventId, null, 'the event has no chain entry (written with the chain trigger off)');
  }

  /** The anchor's seq must be `watchSeq`; `eventAt` names the event the chain has there now. */
  anchor(anchor: AuditAnchor, eventAt: { source: ChainSource; eventId: number } | null): void {
    const found = this.seen.get(anchor.seq);
    if (found === undefined) {
      this.add('ANCHOR', 'event_chain', null, anchor.seq, `the anchored entry is gone (anchor ${anchor.chainHash})`);
    } else if (found.toString('hex') !== anchor.chainHash.toLowerCase()) {
      this.add(
        'ANCHOR',
        eventAt?.source ?? 'event_chain',
        eventAt?.eventId ?? null,
        anchor.seq,
        `the chain hash is ${found.toString('hex')}, the anchor says ${anchor.chainHash}: history before it was rewritten`,
      );
    }
  }
}

/** `tidtam audit anchor`'s line: what a person prints, publishes, and later gives `verify --anchor`. */
export function formatAnchor(anchor: AuditAnchor): string {
  return `tidtam-audit-anchor seq=${anchor.seq} chain=${anchor.chainHash}${anchor.at ? ` at=${anchor.at}` : ''}`;
}

/** Reads an anchor back: the line above, or its `--json` form. Undefined when it is neither. */
export function parseAnchor(text: string): AuditAnchor | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const json = JSON.parse(trimmed) as { seq?: unknown; chainHash?: unknown; at?: unknown };
      if (
        typeof json.seq === 'number' &&
        Number.isSafeInteger(json.seq) &&
        json.seq >= 0 &&
        typeof json.chainHash === 'string' &&
        /^[0-9a-f]{64}$/i.test(json.chainHash)
      ) {
        return { seq: json.seq, chainHash: json.chainHash.toLowerCase(), ...(typeof json.at === 'string' ? { at: json.at } : {}) };
      }
    } catch {
      return undefined;
    }
    return undefined;
  }
  const match = /seq=(\d{1,15})\s+chain=([0-9a-fA-F]{64})(?:\s+at=(\S+))?/.exec(trimmed);
  if (!match) return undefined;
  return { seq: Number(match[1]), chainHash: match[2]!.toLowerCase(), ...(match[3] ? { at: match[3] } : {}) };
}
