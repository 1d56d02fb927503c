import type { Writable } from 'node:stream';
import type { CopyQueryable, Database } from '../../db/database.ts';
import { appliedMigrations, copyOutSql, listForeignKeys, listTables, readSequences } from '../../db/queries/backupCatalogQueries.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DATA_PART_BYTES,
  MANIFEST_ENTRY,
  dataEntryName,
  type BackupManifest,
  type TableEntry,
} from '../../domain/backup/backupManifest.ts';
import { foreignKeyOrder } from '../../domain/backup/restorePlan.ts';
import { TableDigest, backupSessionSettings } from '../../domain/backup/tableDigest.ts';
import { readAppVersion } from '../../db/appVersion.ts';
import { openArchiveWriter } from './backupArchive.ts';

/** The engine's COPY transaction; every engine Tidtam opens has one (tests' wrappers keep it by spreading). */
export function copyTransactionOf(db: Database): NonNullable<Database['copyTransaction']> {
  if (!db.copyTransaction) throw new Error('This database connection cannot COPY (backup and restore need the engine itself)');
  return db.copyTransaction.bind(db);
}

export async function applyBackupSettings(tx: CopyQueryable): Promise<void> {
  for (const setting of backupSessionSettings) await tx.exec(setting);
}

/**
 * Writes a backup of every table of the app's schema to `out` (issue 15, item 2). On PostgreSQL
 * all of it is read in one REPEATABLE READ, READ ONLY transaction: one snapshot, so every case
 * has its events however many are written meanwhile, and writers are not blocked. Rows stream
 * through in parts; no table is held whole (on PostgreSQL).
 */
export async function backupDatabase(db: Database, out: Writable, options: { now?: Date } = {}): Promise<BackupManifest> {
  const archive = openArchiveWriter(out);
  const manifest = await copyTransactionOf(db)({ snapshot: true }, async (tx) => {
    await applyBackupSettings(tx);
    const migrations = await appliedMigrations(tx);
    const shapes = await listTables(tx);
    const byName = new Map(shapes.map((shape) => [shape.name, shape]));
    const order = foreignKeyOrder([...byName.keys()], await listForeignKeys(tx));
    const tables: TableEntry[] = [];
    for (const name of order) {
      const shape = byName.get(name)!;
      const digest = new TableDigest();
      let pending: Uint8Array[] = [];
      let pendingBytes = 0;
      let parts = 0;
      const flush = async () => {
        if (pendingBytes === 0) return;
        await archive.add(dataEntryName(name, parts++), Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      };
      for await (const chunk of tx.copyOut(copyOutSql(shape))) {
        digest.update(chunk);
        pending.push(chunk);
        pendingBytes += chunk.byteLength;
        if (pendingBytes >= DATA_PART_BYTES) await flush();
      }
      await flush();
      tables.push({ name, columns: shape.columns, parts, ...digest.finish() });
    }
    // Read after the rows: a sequence is never behind a row this snapshot holds.
    const sequences = await readSequences(tx);
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: readAppVersion(),
      migrations,
      createdAt: (options.now ?? new Date()).toISOString(),
      engine: db.engine,
      tables,
      sequences,
    } satisfies BackupManifest;
  });
  await archive.add(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  await archive.finish();
  return manifest;
}
