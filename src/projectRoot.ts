import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's folder, found from this file upwards (the first folder
 * with package.json), so files the project ships (reference data, SQL
 * migrations, the built browser app) are found the same from `src/` under
 * tsx and from the compiled `dist/server/` (scripts/build-server-if-stale.mjs).
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the repository, e.g. `fromProjectRoot('reference-data', 'areas.json')`. */
export const fromProjectRoot = (...parts: string[]): string => path.join(projectRoot, ...parts);
