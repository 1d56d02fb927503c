import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/projectRoot.ts';

/**
 * The browser app's boundaries, checked on every test run so they hold by
 * themselves (issue 10): the browser shares only `src/shared/` with the
 * server, `src/shared/` stands alone (no Node APIs, nothing from the server's
 * layers), and no two browser modules import each other in a cycle. Type-only
 * imports count: a type from the server drags its module's imports into the
 * browser's type check, and a cycle of types is still a cycle to untangle.
 */
const src = path.join(projectRoot, 'src');
const specifiers = /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s+'([^']+)'|(?:^|\n)\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(specifiers)].map((match) => (match[1] ?? match[2] ?? match[3])!);
}

const relative = (file: string) => path.relative(projectRoot, file);
const resolved = (file: string, specifier: string) => path.resolve(path.dirname(file), specifier);
const within = (file: string, folder: string) => !path.relative(path.join(src, folder), file).startsWith('..');

describe('the browser app shares only src/shared with the server', () => {
  it('imports nothing from src/domain, src/server, src/db, src/commands or any other server folder', () => {
    const crossings = sourceFiles(path.join(src, 'web')).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolved(file, specifier))
        .filter((target) => !within(target, 'web') && !within(target, 'shared'))
        .map((target) => `${relative(file)} → ${relative(target)}`),
    );
    expect(crossings).toEqual([]);
  });

  it('keeps src/shared free of Node APIs and of every other folder', () => {
    const crossings = sourceFiles(path.join(src, 'shared'))
      .filter((file) => !file.endsWith('.test.ts'))
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => !specifier.startsWith('.') || !within(resolved(file, specifier), 'shared'))
          .map((specifier) => `${relative(file)} → ${specifier}`),
      );
    expect(crossings).toEqual([]);
  });
});

describe('the browser app has no import cycles', () => {
  it('never comes back to a module by following its imports', () => {
    const files = sourceFiles(path.join(src, 'web'));
    const graph = new Map(
      files.map((file) => [
        file,
        importsOf(file)
          .filter((specifier) => specifier.startsWith('.'))
          .map((specifier) => resolved(file, specifier))
          .filter((target) => within(target, 'web')),
      ]),
    );
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, trail: string[]) => {
      const seenAt = trail.indexOf(file);
      if (seenAt >= 0) {
        cycles.push([...trail.slice(seenAt), file].map(relative).join(' → '));
        return;
      }
      if (done.has(file)) return;
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      done.add(file);
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
