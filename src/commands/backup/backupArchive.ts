import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { BackupRefusal } from '../../domain/backup/backupRefusal.ts';

/** Writes a backup file's entries: a tar through gzip into `out`, each entry awaited so memory stays bounded. */
export function openArchiveWriter(out: Writable): { add(name: string, bytes: Uint8Array): Promise<void>; finish(): Promise<void> } {
  const pack = tar.pack();
  const gzip = createGzip();
  pack.on('error', (error: Error) => gzip.destroy(error));
  pack.pipe(gzip);
  const written = pipeline(gzip, out);
  written.catch(() => undefined);
  return {
    add: (name, bytes) =>
      new Promise((resolve, reject) => {
        pack.entry(
          { name, size: bytes.byteLength, mtime: new Date(0), mode: 0o600 },
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          (error) => (error ? reject(error) : resolve()),
        );
      }),
    finish: async () => {
      pack.finalize();
      await written;
    },
  };
}

/**
 * Reads a backup file's entries in order, each as a stream the visitor reads (or leaves: the rest
 * is skipped). A file that is not gzip, not tar or cut short becomes a `BackupRefusal`.
 */
export async function readArchive(
  source: Readable,
  visit: (name: string, body: AsyncIterable<Uint8Array>) => Promise<void>,
): Promise<void> {
  const extract = tar.extract();
  const gunzip = createGunzip();
  source.on('error', (error: Error) => extract.destroy(error));
  gunzip.on('error', (error: Error) => extract.destroy(error));
  source.pipe(gunzip).pipe(extract);
  let entries = 0;
  try {
    for await (const entry of extract) {
      entries++;
      await visit(entry.header.name, entry as AsyncIterable<Uint8Array>);
      entry.resume();
    }
  } catch (error) {
    source.destroy();
    if (error instanceof BackupRefusal) throw error;
    const { code, path, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw BackupRefusal.unreadable(path ?? '', code);
    // Not gzip at all, or gzip of something that is not a tar: not a backup. Anything later: a damaged one.
    if (entries === 0 && (message.includes('incorrect header check') || /tar|header/i.test(message))) throw BackupRefusal.notABackup();
    throw BackupRefusal.corrupt(message);
  }
}
