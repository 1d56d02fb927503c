// Compiles the server (src/, without the browser app and the tests) to dist/server when
// it is missing or older than its sources, so `npm start` and the CLI start without
// tsx's loader. Run by `npm install` (prepare) and `npm start`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { isServerBuildCurrent, root, sourceStamp, writeServerStamp } from './serverBuild.mjs';

const stamp = sourceStamp();
if (isServerBuildCurrent(stamp)) process.exit(0);
process.stderr.write('Compiling the server (tsc -p tsconfig.build.json)...\n');
rmSync(path.join(root, 'dist/server'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeServerStamp(stamp);
