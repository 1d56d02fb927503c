#!/usr/bin/env node
// Runs the compiled server (dist/server) when it matches its sources, else the
// TypeScript sources through tsx's loader, so `npx tidtam ...` never runs stale code
// and needs no build step (scripts/serverBuild.mjs).
import { pathToFileURL } from 'node:url';
import { isServerBuildCurrent, serverEntry } from '../scripts/serverBuild.mjs';

if (isServerBuildCurrent()) {
  await import(pathToFileURL(serverEntry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
