import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { freePort } from './serverProcess.ts';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL primary and a streaming replica of it (`pg_basebackup -R`), each its own
 * cluster in a temporary folder on a free port of 127.0.0.1. Our own primary rather than the
 * machine's server: that one's pg_hba refuses replication connections, and a test must not edit
 * the machine's configuration. fsync is off: the clusters live for one test file.
 */
export interface ReplicaCluster {
  primaryUrl: string;
  replicaUrl: string;
  /** The primary's WAL position now (`pg_current_wal_lsn()`). */
  primaryLsn(): Promise<string>;
  /** Waits until the replica has replayed up to the primary's current position. */
  waitForReplay(): Promise<void>;
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stopReplica(): Promise<void>;
  close(): Promise<void>;
}

/** The PostgreSQL server programs: `pg_config --bindir`, else the newest `/usr/lib/postgresql/<n>/bin`. */
export async function postgresBinaries(): Promise<string> {
  const candidates: string[] = [];
  try {
    candidates.push((await run('pg_config', ['--bindir'])).stdout.trim());
  } catch {
    // pg_config is not installed; look in Debian's folder below.
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debian, version, 'bin')));
  }
  const found = candidates.find((dir) => ['initdb', 'pg_ctl', 'pg_basebackup'].every((tool) => existsSync(path.join(dir, tool))));
  if (!found) {
    throw new Error(
      'The read-replica test needs the PostgreSQL server programs (initdb, pg_ctl, pg_basebackup) on this machine, ' +
        `found in neither \`pg_config --bindir\` nor ${debian}/*/bin: install the postgresql server package`,
    );
  }
  return found;
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

async function poll(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`replica cluster: timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function scalar<T>(url: string, sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql, params);
    return Object.values(result.rows[0] as Record<string, unknown>)[0] as T;
  } finally {
    await client.end();
  }
}

export async function startReplicaCluster(): Promise<ReplicaCluster> {
  const bin = await postgresBinaries();
  // PostgreSQL refuses to run as root: run its programs as the postgres account then.
  const asRoot = process.getuid?.() === 0;
  const tool = async (name: string, args: string[]) => {
    const [command, fullArgs] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, name), ...args]]
      : [path.join(bin, name), args];
    try {
      return await run(command, fullArgs, { timeout: 60_000 });
    } catch (error) {
      const failure = error as { stderr?: string; message: string };
      throw new Error(`replica cluster: ${name} failed: ${failure.stderr || failure.message}`, { cause: error });
    }
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tidtam-replica-'));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const primaryDir = path.join(dir, 'primary');
  const replicaDir = path.join(dir, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;
  const started: string[] = [];
  const stop = async (dataDir: string) => {
    if (!started.includes(dataDir)) return;
    started.splice(started.indexOf(dataDir), 1);
    await tool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  };
  const close = async () => {
    await stop(replicaDir);
    await stop(primaryDir);
    rmSync(dir, { recursive: true, force: true });
  };
  const start = async (dataDir: string, port: number) => {
    await tool('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      path.join(dir, `${path.basename(dataDir)}.log`),
      '-o',
      `-p ${port} -k ${dir}`,
      '-w',
      'start',
    ]);
    started.push(dataDir);
  };
  try {
    await tool('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    appendFileSync(
      path.join(primaryDir, 'postgresql.conf'),
      [
        "listen_addresses = '127.0.0.1'",
        'wal_level = replica',
        'max_wal_senders = 4',
        'hot_standby = on',
        'fsync = off',
        'full_page_writes = off',
        'shared_buffers = 32MB',
        'max_connections = 40',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(primaryDir, 'pg_hba.conf'),
      ['local all all trust', 'host all all 127.0.0.1/32 trust', 'host replication postgres 127.0.0.1/32 trust', ''].join('\n'),
    );
    await start(primaryDir, primaryPort);
    await tool('pg_basebackup', [
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
    ]);
    await start(replicaDir, replicaPort);
    await poll(
      'the replica to be in recovery',
      async () => (await scalar<boolean>(url(replicaPort), 'select pg_is_in_recovery()')) === true,
    );
  } catch (error) {
    await close();
    throw error;
  }

  const primaryLsn = () => scalar<string>(url(primaryPort), 'select pg_current_wal_lsn()::text');
  const cluster: ReplicaCluster = {
    primaryUrl: url(primaryPort),
    replicaUrl: url(replicaPort),
    primaryLsn,
    async waitForReplay() {
      const lsn = await primaryLsn();
      await poll(`replay to ${lsn}`, async () => scalar<boolean>(url(replicaPort), 'select pg_last_wal_replay_lsn() >= $1::pg_lsn', [lsn]));
    },
    async pauseReplay() {
      await scalar(url(replicaPort), 'select pg_wal_replay_pause()');
      await poll(
        'replay to pause',
        async () => (await scalar<string>(url(replicaPort), 'select pg_get_wal_replay_pause_state()')) === 'paused',
      );
    },
    async resumeReplay() {
      await scalar(url(replicaPort), 'select pg_wal_replay_resume()');
    },
    stopReplica: () => stop(replicaDir),
    close,
  };
  await cluster.waitForReplay();
  return cluster;
}
