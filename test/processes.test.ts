import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real `tidtam` command in real processes on an embedded data folder: the
 * folder lock, `user create`, and that a write the server acknowledged
 * survives the server being killed without warning.
 */
const cli = path.resolve('bin/tidtam.js');
const env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function serve(dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'serve', '--data-dir', dataDir, '--port', String(port)], { env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (Date.now() - started > 60_000) throw new Error('server did not start');
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited with ${child.exitCode ?? child.signalCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base };
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

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
    const first = await serve(dataDir);
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

      await stop(first.child, 'SIGKILL');
      const restarted = await serve(dataDir);
      try {
        // The token made before the kill still opens the API (a token may not list tokens: that is for a browser session).
        const session = await fetch(`${restarted.base}/api/session`, { headers: { authorization: `Bearer ${secret}` } });
        expect(session.status).toBe(200);
        expect(((await session.json()) as { user: { username: string } }).user.username).toBe('somchai');
      } finally {
        await stop(restarted.child, 'SIGTERM');
      }
    } finally {
      await stop(first.child, 'SIGKILL');
    }
  }, 180_000);
});
