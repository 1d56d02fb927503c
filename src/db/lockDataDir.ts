import { mkdirSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * Two processes writing one PGlite folder would corrupt it, so the folder is
 * locked for the life of the process. The lock is a directory made
 * atomically and refreshed every second; a lock not refreshed for 5 s belongs
 * to a process that died, and is taken over. A restart right after a crash
 * therefore waits up to about 7 s; a second live process gives up after the
 * same wait with `DataDirLockedError`.
 */
export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `ข้อมูลในโฟลเดอร์ ${dataDir} กำลังถูกใช้โดยโปรแกรม Tidtam อีกตัวหนึ่ง / ` +
        `The data folder ${dataDir} is in use by another Tidtam process. ` +
        'Stop that process, or start this one with another DATA_DIR or with DATABASE_URL.',
    );
    this.name = 'DataDirLockedError';
  }
}

export async function lockDataDir(dataDir: string, options: { waitMs?: number } = {}): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const waitMs = options.waitMs ?? 7000;
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'tidtam.lock'),
      stale: 5000,
      update: 1000,
      retries: { retries: Math.max(0, Math.ceil(waitMs / 1000)), factor: 1, minTimeout: 1000, maxTimeout: 1000 },
      // A lost lock (the folder taken over) means another process may be writing: stop at once.
      onCompromised: (error) => {
        console.error(`Lost the lock on ${dataDir}: ${error.message}`);
        process.exit(70);
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
}
