/**
 * How long `tidtam serve` takes to answer /api/health when restarted on an
 * existing embedded data folder (PGlite): the "ready in under 5 s" target.
 * Baseline in the same run: starting the CLI without a database
 * (`tidtam --help`), i.e. Node plus the TypeScript loader.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './support.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin/tidtam.js');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function timeToReady(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'serve', '--data-dir', dataDir, '--port', String(port)], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error('server did not start within 60 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tidtam-bench-'));
  try {
    const firstStart = await timeToReady(dataDir);
    const restarts: number[] = [];
    for (let i = 0; i < ROUNDS; i++) restarts.push(await timeToReady(dataDir));
    const baselines: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      spawnSync(process.execPath, [cli, '--help'], { stdio: 'ignore' });
      baselines.push(performance.now() - started);
    }
    const restart = median(restarts);
    const baseline = median(baselines);
    return {
      engine: 'pglite',
      first_start_ms: firstStart,
      restart_median_ms: restart,
      restart_max_ms: Math.max(...restarts),
      baseline_cli_median_ms: baseline,
      ratio_restart_to_baseline: restart / baseline,
      target_ms: 5000,
      meets_target: Math.max(...restarts) < 5000 ? 'yes' : 'no',
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
