import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../projectRoot.ts';

/** The version in package.json, written into each backup's manifest for the operator's eyes. */
export function readAppVersion(): string {
  return (JSON.parse(readFileSync(fromProjectRoot('package.json'), 'utf8')) as { version: string }).version;
}
