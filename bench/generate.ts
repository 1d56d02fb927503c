/**
 * `npm run bench -- generate [--complaints N] [--cases N] [--force]` fills the bench database
 * (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/tidtam_bench, created when
 * missing) with 5,000,000 complaints and 200,000 directives and policies shaped like the shipped
 * Traffy data, and their statistics; see bench/generate/. A second run finds the finished
 * database and reuses it (nothing is recorded then); `--force` rebuilds. Target: under 15 minutes.
 */
import type { Figures } from './run.ts';
import { generateBenchDatabase } from './generate/generateDatabase.ts';

export const generatedDatabaseUrl = () => process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tidtam_bench';

function option(args: readonly string[], name: string): number | undefined {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number`);
  return value;
}

export async function run(args: readonly string[] = []): Promise<Figures | undefined> {
  const complaints = option(args, 'complaints') ?? 5_000_000;
  const cases = option(args, 'cases') ?? Math.round(complaints / 25);
  const generated = await generateBenchDatabase({
    url: generatedDatabaseUrl(),
    complaints,
    cases,
    force: args.includes('--force'),
    log: (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
  });
  if (generated.reused) return undefined;
  const minutes = generated.seconds / 60;
  return {
    engine: 'postgresql',
    complaints,
    other_cases: cases,
    generate_s: generated.seconds,
    complaints_per_s: complaints / generated.seconds,
    target_min: 15,
    meets_target: minutes < 15 ? 'yes' : 'no',
  };
}
