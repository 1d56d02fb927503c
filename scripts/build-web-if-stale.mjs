// Builds the browser app when dist/web is missing or older than its sources, so
// `npm start` serves a current app without paying for a build on every start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const output = path.join(root, 'dist/web/index.html');
const inputs = [path.join(root, 'src/web'), path.join(root, 'src/shared'), path.join(root, 'vite.config.ts')];

function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

if (!existsSync(path.join(root, 'src/web/index.html'))) process.exit(0);
const built = existsSync(output) ? statSync(output).mtimeMs : 0;
if (built >= Math.max(...inputs.map(newest))) process.exit(0);
process.stderr.write('Building the browser app (vite build)...\n');
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  // The app is always built for production: a build started from the tests inherits NODE_ENV=test, which would make
  // Vite ship development JSX (larger, slower) and measure the wrong pages in the page-budget test.
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(result.status ?? 1);
