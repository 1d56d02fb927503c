import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { BackupRefusal } from './backupRefusal.ts';

/**
 * The backup file (issue 15, item 2): one gzip-compressed tar, engine-neutral, so a backup of
 * PGlite restores into PostgreSQL and back. Each table's rows are in PostgreSQL's COPY text
 * format, ordered by primary key (text keys in "C" order, the same on every engine and locale), in
 * one or more parts `data/<table>/<n>.copy`, tables in an order that satisfies the foreign keys;
 * `manifest.json` comes last because it carries each table's SHA-256 and row count, known only
 * once its rows are written.
 */
export const BACKUP_FORMAT = 'tidtam-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

/** Rows are cut into parts of about this many bytes, so neither writer nor reader holds a whole table. */
export const DATA_PART_BYTES = 16 * 1024 * 1024;

const TableEntry = Type.Object({
  name: Type.String({ pattern: '^[a-z_][a-z0-9_]*$', maxLength: 63 }),
  /** The columns dumped, in order, with their types: generated columns are left out and recomputed on load. */
  columns: Type.Array(Type.Object({ name: Type.String({ maxLength: 63 }), type: Type.String({ maxLength: 200 }) })),
  rows: Type.Integer({ minimum: 0 }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  parts: Type.Integer({ minimum: 0 }),
});
export type TableEntry = Static<typeof TableEntry>;

export const BackupManifest = Type.Object({
  format: Type.Literal(BACKUP_FORMAT),
  formatVersion: Type.Integer({ minimum: 1 }),
  appVersion: Type.String(),
  /** Every migration applied to the database the backup came from, in order. */
  migrations: Type.Array(Type.String()),
  createdAt: Type.String(),
  engine: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]),
  /** In load order: a table comes after every table its foreign keys point to. */
  tables: Type.Array(TableEntry),
  /** Sequences (identity columns' and others') as `setval(name, value, isCalled)` restores them. */
  sequences: Type.Array(
    Type.Object({ name: Type.String({ maxLength: 63 }), value: Type.String({ pattern: '^-?[0-9]+$' }), isCalled: Type.Boolean() }),
  ),
});
export type BackupManifest = Static<typeof BackupManifest>;

export function dataEntryName(table: string, part: number): string {
  return `data/${table}/${String(part).padStart(5, '0')}.copy`;
}

/** The table a data entry belongs to, or undefined for a name that is not one. */
export function tableOfEntry(name: string): string | undefined {
  return /^data\/([a-z_][a-z0-9_]*)\/\d{5}\.copy$/.exec(name)?.[1];
}

/** Reads and checks the manifest's JSON; anything else is a file that is not a Tidtam backup, or is damaged. */
export function parseManifest(text: string): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw BackupRefusal.corrupt('manifest.json is not JSON');
  }
  if (!Value.Check(BackupManifest, value)) {
    const format = (value as { format?: unknown } | null)?.format;
    if (format !== BACKUP_FORMAT) throw BackupRefusal.notABackup();
    throw BackupRefusal.corrupt('manifest.json does not describe a backup');
  }
  if (value.formatVersion > BACKUP_FORMAT_VERSION) throw BackupRefusal.newer([`backup format ${value.formatVersion}`]);
  return value;
}
