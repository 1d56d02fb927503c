/**
 * `tidtam import traffy` on the 1,000 real Bangkok complaints into a fresh
 * embedded (PGlite) data folder: target under 10 s for the import, zero
 * errors, every complaint at a Bangkok district office. The database is
 * migrated first (not timed); the import's own time is what the command
 * prints. Baseline in the same run: the same process importing nothing
 * (an empty export with the header only), i.e. start, open and close.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin/tidtam.js');
const file = path.join(root, 'reference-data/complaints/traffy-bangkok-2023-05-11.csv');

function tidtam(args: string[]): { ms: number; out: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: '' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tidtam ${args.join(' ')} failed: ${result.stdout}${result.stderr}`);
  return { ms: performance.now() - started, out: result.stdout };
}

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tidtam-traffy-'));
  try {
    const dataDir = path.join(dir, 'data');
    tidtam(['migrate', '--data-dir', dataDir]);
    const header = path.join(dir, 'header.csv');
    writeFileSync(header, readFileSync(file, 'utf8').split('\n')[0] + '\n');
    const baseline = tidtam(['import', 'traffy', header, '--data-dir', dataDir]);
    const full = tidtam(['import', 'traffy', file, '--data-dir', dataDir]);
    const summary =
      /(\d+) rows: (\d+) imported, (\d+) already there, (\d+) errors, to (\d+) offices, in ([\d.]+) s \(CPU ([\d.]+) s\)/.exec(full.out);
    if (!summary) throw new Error(`unexpected output: ${full.out}`);
    const [, rows, imported, , errors, offices, seconds, cpuSeconds] = summary.map(Number);
    return {
      engine: 'pglite',
      rows: rows!,
      imported: imported!,
      errors: errors!,
      offices: offices!,
      import_s: seconds!,
      import_cpu_s: cpuSeconds!,
      load_average_1m: os.loadavg()[0]!,
      process_wall_s: full.ms / 1000,
      baseline_empty_import_wall_s: baseline.ms / 1000,
      target_s: 10,
      meets_target: seconds! < 10 && errors === 0 && imported === 1000 ? 'yes' : 'no',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
