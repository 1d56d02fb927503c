/**
 * `npm run bench -- NAME [NAME...]` runs bench/NAME.ts, prints its figures on
 * the last line as `NAME key=value ...`, and appends them with the date and a
 * description of the machine to bench/RESULTS.md. Machines here are noisy and
 * small (2 cores): each benchmark measures its own baseline in the same run
 * and reports the ratio, so results compare across machines.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Figures = Record<string, number | string>;

const here = path.dirname(fileURLToPath(import.meta.url));
/** Benchmarks whose file is not named as they are run (`public-pages` is bench/publicPages.ts). */
const files: Record<string, string> = { 'public-pages': 'publicPages.ts' };
const resultsFile = path.join(here, 'RESULTS.md');

export function describeMachine(): string {
  const cpus = os.cpus();
  const model = (cpus[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
  return `${cpus.length} × ${model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

function formatFigures(figures: Figures): string {
  return Object.entries(figures)
    .map(([key, value]) => `${key}=${typeof value === 'number' ? Number(value.toFixed(3)) : String(value).replace(/\s+/g, '_')}`)
    .join(' ');
}

async function main(args: string[]): Promise<void> {
  // Options (`--force`, `--complaints 20000`) go to every benchmark named; the rest are names.
  const names = args.filter((arg, i) => !arg.startsWith('--') && !(args[i - 1]?.startsWith('--') && /^\d+$/.test(arg)));
  if (names.length === 0) throw new Error('Name a benchmark: npm run bench -- cascade (files in bench/)');
  if (!existsSync(resultsFile)) {
    writeFileSync(
      resultsFile,
      '# Benchmark results\n\nAppended by `npm run bench -- NAME`; newest last.\n\n| date (UTC) | benchmark | figures | machine |\n| --- | --- | --- | --- |\n',
    );
  }
  for (const name of names) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Not a benchmark name: ${name}`);
    const file = path.join(here, files[name] ?? `${name}.ts`);
    if (!existsSync(file)) throw new Error(`No benchmark bench/${name}.ts`);
    const module = (await import(pathToFileURL(file).href)) as { run: (args: string[]) => Promise<Figures | undefined> };
    const figures = await module.run(args);
    // A benchmark that measured nothing new (the generator reusing its database) records nothing.
    if (!figures) continue;
    const line = `${name} ${formatFigures(figures)}`;
    appendFileSync(
      resultsFile,
      `| ${new Date().toISOString().slice(0, 16).replace('T', ' ')} | ${name} | ${formatFigures(figures)} | ${describeMachine()} |\n`,
    );
    console.log(line);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
