// Whether dist/server (the server compiled by `tsc -p tsconfig.build.json`) matches src/:
// bin/tidtam.js runs the compiled files when it does (a restart ready in about a second
// less than through tsx's loader, bench/startup.ts) and src/ through tsx when it does not,
// so a command never runs code older than its sources.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
export const serverEntry = path.join(root, 'dist/server/cli/main.js');
const stampFile = path.join(root, 'dist/server/.sources');

/** The newest modification time and the number of the server's source files (not the browser app's, not tests). */
export function sourceStamp() {
  let newest = statSync(path.join(root, 'tsconfig.json')).mtimeMs;
  let files = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(root, 'src/web')) walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        files++;
        newest = Math.max(newest, statSync(full).mtimeMs);
      }
    }
  };
  walk(path.join(root, 'src'));
  return `${newest} ${files}`;
}

export function isServerBuildCurrent(stamp = sourceStamp()) {
  return existsSync(serverEntry) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
}

export function writeServerStamp(stamp) {
  writeFileSync(stampFile, stamp);
}
