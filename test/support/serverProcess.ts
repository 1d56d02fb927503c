import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** The real `tidtam` command, as an administrator runs it. */
export const cli = path.resolve('bin/tidtam.js');

/** A port nobody listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real `tidtam serve ARGS` on a free port and waits until `/api/health` answers (and
 * `ready()` holds, such as the admin channel's socket being there), or the process exits.
 */
export async function startServe(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number; ready?: () => boolean } = {},
): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'serve', ...args, '--port', String(port)], { env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); ;) {
    if (Date.now() - started > (options.timeoutMs ?? 60_000)) {
      child.kill('SIGKILL');
      throw new Error('server did not start');
    }
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited with ${child.exitCode ?? child.signalCode}`);
    const healthy = await fetch(`${base}/api/health`).then(
      (answer) => answer.ok,
      () => false,
    );
    if (healthy && (options.ready?.() ?? true)) return { child, base };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Stops a process with `signal` and waits for it to exit (at once if it already has). */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
