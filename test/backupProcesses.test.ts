import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, startServe, stopProcess } from './support/serverProcess.ts';

/**
 * `tidtam backup` and `tidtam restore` for real (issue 15, item 2): a `tidtam serve` holds the
 * embedded data folder, so both go through its admin channel and the server writes and reads the
 * file itself, while it keeps serving.
 */
const env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', TIDTAM_PASSWORD: 'a-strong-passphrase-for-backup' };

const tidtam = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });

describe('tidtam backup and restore while the server holds the data folder', () => {
  let dataDir: string;
  let server: ChildProcess;
  let base: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tidtam-backup-'));
    ({ child: server, base } = await startServe(['--data-dir', dataDir], env, { timeoutMs: 90_000 }));
  }, 120_000);
  afterAll(async () => {
    await stopProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('backs up, refuses to overwrite a database in use, and replaces it with --replace', () => {
    const file = path.join(dataDir, 'tidtam.backup.tar.gz');
    expect(tidtam('user', 'create', '--admin', '--username', 'before', '--data-dir', dataDir).status).toBe(0);

    const backup = tidtam('backup', file, '--data-dir', dataDir);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up \d+ tables, \d+ rows \(pglite, \d+ migrations\) to .*tidtam\.backup\.tar\.gz/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);

    expect(tidtam('user', 'create', '--username', 'after', '--data-dir', dataDir).status).toBe(0);
    const refused = tidtam('restore', file, '--data-dir', dataDir);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(
      /^ฐานข้อมูลปลายทางมีข้อมูลอยู่แล้ว .*\(The target database already holds data \(.*users.*\); .*--replace\.\)\n$/,
    );

    const restored = tidtam('restore', file, '--replace', '--data-dir', dataDir);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/^Restored \d+ tables, \d+ rows, every table's checksum matching/);
    expect(restored.stdout).toMatch(/Next: restart/);
    // The account made after the backup is gone, the one before it is back.
    expect(tidtam('user', 'create', '--username', 'after', '--data-dir', dataDir).status).toBe(0);
    expect(tidtam('user', 'create', '--username', 'before', '--data-dir', dataDir).status).toBe(2);

    const missing = tidtam('restore', path.join(dataDir, 'no-such-backup.tar.gz'), '--data-dir', dataDir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^อ่านไฟล์สำรองข้อมูล .*\(Cannot read the backup file .*no-such-backup\.tar\.gz \(ENOENT\)\.\)\n$/);
  }, 180_000);

  it('kept serving throughout', async () => {
    expect((await fetch(`${base}/api/health`)).ok).toBe(true);
  });
});
