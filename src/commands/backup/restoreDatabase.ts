import { PassThrough, type Readable } from 'node:stream';
import type { CopyQueryable, Database } from '../../db/database.ts';
import { applyMigrations, listMigrations } from '../../db/migrate.ts';
import {
  appliedMigrations,
  copyInSql,
  copyOutSql,
  countRows,
  listTables,
  lockMigrations,
  recreatePublicSchema,
  setSequence,
  setUserTriggers,
  type TableShape,
} from '../../db/queries/backupCatalogQueries.ts';
import { MANIFEST_ENTRY, tableOfEntry, type BackupManifest } from '../../domain/backup/backupManifest.ts';
import { BackupRefusal } from '../../domain/backup/backupRefusal.ts';
import { planMigrations, tablesInUse } from '../../domain/backup/restorePlan.ts';
import { TableDigest } from '../../domain/backup/tableDigest.ts';
import { readArchive } from './backupArchive.ts';
import { applyBackupSettings, copyTransactionOf } from './backupDatabase.ts';
import { inspectBackup } from './inspectBackup.ts';

export interface RestoreResult {
  manifest: BackupManifest;
  /** Migrations this version added on top of the backup's, applied after the rows were loaded. */
  upgradedWith: string[];
}

/**
 * Restores a backup (issue 15, item 2) in ONE transaction, so a refusal or a failure leaves the
 * database as it was: the file is checked whole first (`inspectBackup`); the target must hold
 * nothing but what preparing a database puts there, unless `replace`; its tables are emptied, or,
 * when it was migrated differently, the schema is rebuilt with exactly the backup's migrations; each table is loaded by COPY with its user triggers off (the
 * append-only and chaining triggers must not fire on history restored as it was), parents before
 * children; sequences are set; every table is read back and must give the backup's checksum; then
 * the migrations this version added are applied. `open` reads the file from its start (twice).
 */
export async function restoreDatabase(db: Database, open: () => Readable, options: { replace: boolean }): Promise<RestoreResult> {
  const manifest = await inspectBackup(open());
  const plan = planMigrations(manifest.migrations, listMigrations());
  await copyTransactionOf(db)({}, async (tx) => {
    await applyBackupSettings(tx);
    await lockMigrations(tx);
    if (!options.replace) {
      const inUse = tablesInUse(
        await countRows(
          tx,
          (await listTables(tx)).map((table) => table.name),
        ),
      );
      if (inUse.length > 0) throw BackupRefusal.notEmpty(inUse);
    }
    // The same migrations make the same tables: emptying them is enough. Otherwise the schema is
    // rebuilt with exactly the backup's migrations, so every row fits its columns.
    const current = await appliedMigrations(tx);
    if (current.join('\n') !== plan.before.join('\n')) {
      await recreatePublicSchema(tx);
      await applyMigrations(tx, plan.before);
    }
    const shapes = new Map((await listTables(tx)).map((shape) => [shape.name, shape]));
    checkShapes(manifest, shapes);
    // Migrations may seed rows (search synonyms): the backup's rows replace them.
    for (const name of shapes.keys()) await setUserTriggers(tx, name, false);
    if (shapes.size > 0) await tx.exec(`truncate ${[...shapes.keys()].map((name) => `public."${name}"`).join(', ')}`);
    await loadRows(tx, open(), manifest);
    for (const sequence of manifest.sequences) await setSequence(tx, sequence);
    for (const name of shapes.keys()) await setUserTriggers(tx, name, true);
    for (const table of manifest.tables) {
      const digest = new TableDigest();
      for await (const chunk of tx.copyOut(copyOutSql(shapes.get(table.name)!))) digest.update(chunk);
      const found = digest.finish();
      if (found.sha256 !== table.sha256 || found.rows !== table.rows) throw BackupRefusal.mismatch(table.name);
    }
    await applyMigrations(tx, plan.after);
  });
  return { manifest, upgradedWith: plan.after };
}

/** The schema the backup's migrations built must have each table the backup holds, column for column. */
function checkShapes(manifest: BackupManifest, shapes: ReadonlyMap<string, TableShape>): void {
  for (const table of manifest.tables) {
    const shape = shapes.get(table.name);
    const same =
      shape !== undefined &&
      shape.columns.length === table.columns.length &&
      shape.columns.every((column, i) => column.name === table.columns[i]!.name && column.type === table.columns[i]!.type);
    if (!same) throw BackupRefusal.corrupt(`table ${table.name} does not fit the schema of its migrations`);
  }
}

/** Streams each table's parts into one COPY per table, in the file's order (parents first). */
async function loadRows(tx: CopyQueryable, source: Readable, manifest: BackupManifest): Promise<void> {
  const columns = new Map(manifest.tables.map((table) => [table.name, table.columns.map((column) => column.name)]));
  let current: { table: string; input: PassThrough; done: Promise<void> } | undefined;
  const finishCurrent = async () => {
    if (!current) return;
    current.input.end();
    await current.done;
    current = undefined;
  };
  try {
    await readArchive(source, async (name, body) => {
      if (name === MANIFEST_ENTRY) return;
      const table = tableOfEntry(name);
      // The file was checked whole before; one that changed since is refused here, or by the checksums after.
      if (!table || !columns.has(table)) throw BackupRefusal.corrupt(`${name} is not in the manifest`);
      if (current?.table !== table) {
        await finishCurrent();
        const input = new PassThrough();
        const done = tx.copyIn(copyInSql(table, columns.get(table)!), input);
        // Failure is awaited at the table's end; until then the input is not left waiting.
        done.catch(() => input.resume());
        current = { table, input, done };
      }
      const { input } = current;
      for await (const chunk of body) {
        if (!input.write(chunk)) await new Promise((resolve) => input.once('drain', resolve));
      }
    });
    await finishCurrent();
  } catch (error) {
    current?.input.destroy();
    await current?.done.catch(() => undefined);
    throw error;
  }
}
