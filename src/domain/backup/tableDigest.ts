import { createHash, type Hash } from 'node:crypto';

/**
 * A table's checksum: SHA-256 of its rows in COPY text format, in primary-key order, and the
 * row count (COPY text writes one line per row, a newline inside a value escaped as `\n`).
 * The same rows give the same digest on PGlite and on PostgreSQL, read with the session settings
 * of `backupSessionSettings`.
 */
export class TableDigest {
  #hash: Hash = createHash('sha256');
  #rows = 0;
  #bytes = 0;

  update(chunk: Uint8Array): void {
    this.#hash.update(chunk);
    this.#bytes += chunk.byteLength;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) this.#rows++;
  }

  get bytes(): number {
    return this.#bytes;
  }

  finish(): { rows: number; sha256: string } {
    return { rows: this.#rows, sha256: this.#hash.digest('hex') };
  }
}

/**
 * Settings that make COPY text the same on both engines and any server configuration: times in
 * UTC and ISO form, bytea in hex, floats in their shortest exact form.
 */
export const backupSessionSettings = [
  "set local timezone = 'UTC'",
  "set local datestyle = 'ISO, YMD'",
  "set local intervalstyle = 'postgres'",
  "set local bytea_output = 'hex'",
  'set local extra_float_digits = 1',
];
