import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../src/db/pgliteDatabase.ts';
import { cli, startServe, stopProcess } from './support/serverProcess.ts';
import { pgliteSnapshot } from './support/testDatabase.ts';

/**
 * Issue 13, item 16: while `tidtam serve` holds an embedded data folder, `open311 key create`,
 * `user create`, `import traffy`, `sweep` and `audit verify|anchor` run through the server's admin channel (a Unix socket
 * in the folder) instead of refusing, in real processes as an administrator types them.
 */
const env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' };

/** Runs `tidtam ARGS` to its end (asynchronously: the test process stays free). */
function tidtam(args: string[], extraEnv: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...env, ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('commands against a running server on the embedded database', () => {
  let dataDir: string;
  let server: ChildProcess;
  let base: string;
  const socket = () => path.join(dataDir, 'admin.sock');

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tidtam-admin-'));
    // The run's migrated snapshot as the server's folder: the server starts without applying every migration again.
    const seeded = await openPglite(path.join(dataDir, 'pglite'), { loadDataDir: pgliteSnapshot() });
    await seeded.close();
    ({ child: server, base } = await startServe(['--data-dir', dataDir], env, { timeoutMs: 240_000, ready: () => existsSync(socket()) }));
  }, 300_000);

  afterAll(async () => {
    await stopProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens its admin channel as a socket only the folder owner can use', () => {
    const stat = statSync(socket());
    expect(stat.isSocket()).toBe(true);
    expect(stat.mode & 0o777).toBe(0o600);
  });

  it('creates an Open311 key the running server accepts at once', async () => {
    const result = await tidtam(['open311', 'key', 'create', '--name', 'Bangkok civic app', '--data-dir', dataDir]);
    expect(result.stderr).toContain('Open311 API key for Bangkok civic app, 600 requests a minute');
    expect(result.status).toBe(0);
    const key = result.stdout.trim();
    expect(key).toMatch(/^\S{20,}$/);
    const post = (apiKey: string) =>
      fetch(`${base}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          api_key: apiKey,
          service_code: 'street_lights',
          address_id: '1030',
          description: 'ไฟส่องสว่างดับทั้งซอย กลางคืนมืดมาก',
        }),
      });
    expect((await post('not-a-key')).status).toBeGreaterThanOrEqual(400);
    const accepted = await post(key);
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain('service_request_id');
  }, 60_000);

  it('creates a staff account who can sign in, and passes a refusal through in one line, Thai then English', async () => {
    const password = { TIDTAM_PASSWORD: 'a-long-clerk-passphrase' };
    const args = ['user', 'create', '--username', 'clerk1111', '--role', 'operator', '--unit', 'OPM-1111', '--data-dir', dataDir];
    const created = await tidtam(args, password);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toBe('Created operator "clerk1111" in unit OPM-1111.\n');
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'clerk1111', password: password.TIDTAM_PASSWORD }),
    });
    expect(signIn.status).toBe(200);

    const again = await tidtam(args, password);
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/^[\u0E00-\u0E7F].*\(.*[A-Za-z].*\)\n$/);
  }, 60_000);

  it('imports a Traffy file the server reads from the same machine, and runs a sweep', async () => {
    const lines = readFileSync('reference-data/complaints/traffy-bangkok-2023-05-11.csv', 'utf8').split('\n');
    const file = path.join(dataDir, 'traffy-five.csv');
    writeFileSync(file, `${lines.slice(0, 8).join('\n')}\n`);
    const imported = await tidtam(['import', 'traffy', path.relative(process.cwd(), file), '--data-dir', dataDir]);
    expect(imported.stdout).toMatch(/^(\d+) rows: \1 imported, 0 already there, 0 errors/);
    expect(imported.status).toBe(0);

    const sweep = await tidtam(['sweep', '--data-dir', dataDir]);
    expect(sweep.status).toBe(0);
    expect(sweep.stdout).toMatch(/^service-levels: \{/m);
    expect(sweep.stdout).toMatch(/^outbox: \{"sent":0,"failed":0,"waiting":0\}$/m);
  }, 90_000);

  it('verifies the audit chain against an anchor through the channel (issue 15, item 1)', async () => {
    const anchorFile = path.join(dataDir, 'anchor.txt');
    const printed = await tidtam(['audit', 'anchor', '--data-dir', dataDir]);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^tidtam-audit-anchor seq=\d+ chain=[0-9a-f]{64} at=\S+\n$/);
    writeFileSync(anchorFile, printed.stdout);
    const verified = await tidtam(['audit', 'verify', '--anchor', anchorFile, '--data-dir', dataDir]);
    expect(verified.stdout).toMatch(/^audit chain intact: \d+ entries, head seq=\d+ chain=[0-9a-f]{64}; anchor at seq \d+ holds\n$/);
    expect(verified.status).toBe(0);
  }, 90_000);

  it('says what to do when the folder is held and the channel is gone', async () => {
    unlinkSync(socket());
    const result = await tidtam(['open311', 'key', 'create', '--name', 'late app', '--data-dir', dataDir]);
    expect(result.status).toBe(75);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`The data folder ${path.resolve(dataDir)} is in use by the Tidtam server`);
    expect(result.stderr).toContain('stop the server and run the command again');
    expect(result.stderr).toContain('/admin/open311-keys');
    expect(result.stderr).toMatch(/^โฟลเดอร์ข้อมูล/);
  }, 60_000);
});
