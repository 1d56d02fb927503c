// Development: the API server (restarting on change, demo data) and Vite's dev server for the
// browser app (hot reload, /api proxied to the API). Open http://localhost:5173.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const children = [
  spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'watch', '--clear-screen=false', 'src/cli/main.ts', 'serve', '--demo'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, COOKIE_SECURE: process.env.COOKIE_SECURE ?? 'true' },
    },
  ),
  spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js')], { cwd: root, stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop());
