import type { Readable } from 'node:stream';
import { MANIFEST_ENTRY, parseManifest, tableOfEntry, type BackupManifest } from '../../domain/backup/backupManifest.ts';
import { BackupRefusal } from '../../domain/backup/backupRefusal.ts';
import { TableDigest } from '../../domain/backup/tableDigest.ts';
import { readArchive } from './backupArchive.ts';

/**
 * Reads a whole backup file once without touching any database: the manifest must be there and
 * every table's bytes must give the row count and SHA-256 it records, so a damaged or cut file is
 * refused before a restore begins.
 */
export async function inspectBackup(source: Readable): Promise<BackupManifest> {
  const digests = new Map<string, { digest: TableDigest; parts: number }>();
  let manifestText: string | undefined;
  let entries = 0;
  await readArchive(source, async (name, body) => {
    entries++;
    if (name === MANIFEST_ENTRY) {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(Buffer.from(chunk));
      manifestText = Buffer.concat(chunks).toString('utf8');
      return;
    }
    const table = tableOfEntry(name);
    if (!table) throw BackupRefusal.notABackup();
    const seen = digests.get(table) ?? { digest: new TableDigest(), parts: 0 };
    digests.set(table, seen);
    seen.parts++;
    for await (const chunk of body) seen.digest.update(chunk);
  });
  if (manifestText === undefined)
    throw entries === 0 ? BackupRefusal.notABackup() : BackupRefusal.corrupt('no manifest.json: the file was cut short');
  const manifest = parseManifest(manifestText);
  for (const table of manifest.tables) {
    const seen = digests.get(table.name);
    const found = seen ? seen.digest.finish() : { rows: 0, sha256: new TableDigest().finish().sha256 };
    if ((seen?.parts ?? 0) !== table.parts || found.rows !== table.rows || found.sha256 !== table.sha256) {
      throw BackupRefusal.corrupt(`table ${table.name} does not match its checksum`);
    }
    digests.delete(table.name);
  }
  if (digests.size > 0) throw BackupRefusal.corrupt(`rows of ${[...digests.keys()].join(', ')} are not in the manifest`);
  return manifest;
}
