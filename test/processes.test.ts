import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, startServe, stopProcess } from './support/serverProcess.ts';

/**
 * The real `tidtam` command in real processes on an embedded data folder: the
 * folder lock, `user create`, and that a write the server acknowledged
 * survives the server being killed without warning.
 */
const env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' };

describe('the tidtam command on an embedded data folder', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tidtam-proc-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the first administrator with `user create --admin`', () => {
    const result = spawnSync(
      process.execPath,
      [cli, 'user', 'create', '--admin', '--username', 'somchai', '--name', 'สมชาย ใจดี', '--data-dir', dataDir],
      { env: { ...env, TIDTAM_PASSWORD: 'a-strong-passphrase' }, encoding: 'utf8' },
    );
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created admin "somchai"');
  });

  it('refuses a weak password for `user create` in one line, Thai and English, without a stack trace', () => {
    for (const password of ['password1234', 'short']) {
      const result = spawnSync(process.execPath, [cli, 'user', 'create', '--username', 'weakling', '--data-dir', dataDir], {
        env: { ...env, TIDTAM_PASSWORD: password },
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^รหัสผ่าน.*\((The|This) password .*\)\n$/);
      expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('keeps an acknowledged write when the server is killed, and refuses a second process on the locked folder', async () => {
    const first = await startServe(['--data-dir', dataDir], env);
    try {
      const signIn = await fetch(`${first.base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'somchai', password: 'a-strong-passphrase' }),
      });
      expect(signIn.status).toBe(200);
      const cookies = signIn.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const token = await fetch(`${first.base}/api/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ name: 'survives a crash', password: 'a-strong-passphrase' }),
      });
      expect(token.status).toBe(201);
      const { token: secret } = (await token.json()) as { token: string };

      const second = spawnSync(process.execPath, [cli, 'migrate', '--data-dir', dataDir], { env, encoding: 'utf8', timeout: 60_000 });
      expect(second.status).not.toBe(0);
      expect(second.stderr).toContain(path.resolve(dataDir));

      await stopProcess(first.child, 'SIGKILL');
      const restarted = await startServe(['--data-dir', dataDir], env);
      try {
        // The token made before the kill still opens the API (a token may not list tokens: that is for a browser session).
        const session = await fetch(`${restarted.base}/api/session`, { headers: { authorization: `Bearer ${secret}` } });
        expect(session.status).toBe(200);
        expect(((await session.json()) as { user: { username: string } }).user.username).toBe('somchai');
      } finally {
        await stopProcess(restarted.child, 'SIGTERM');
      }
    } finally {
      await stopProcess(first.child, 'SIGKILL');
    }
  }, 180_000);
});
