import { generateBenchDatabase, type Generated } from './generateDatabase.ts';
import { readSearchShape, SEARCH_TEXTS_VERSION } from './searchTexts.ts';

export const searchDatabaseUrl = () => process.env.BENCH_SEARCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tidtam_bench_search';

/** Distinct varied texts the complaints draw from: each appears about five times in a million. */
export const SEARCH_TEXT_POOL = 200_000;

/**
 * The search bench's database: `complaints` complaints (and no directives: search is measured over
 * complaints) with texts recombined from the shipped Traffy complaints (searchTexts.ts), loaded by
 * the dashboard generator (bench/generate/generateDatabase.ts) and indexed as the migrations index
 * them. Reused while it holds the same count made by the same text recipe; `force` rebuilds it.
 */
export function prepareSearchDatabase(options: {
  complaints: number;
  force: boolean;
  log: (line: string) => void;
  url?: string;
  textPool?: number;
}): Promise<Generated> {
  const pool = options.textPool ?? SEARCH_TEXT_POOL;
  return generateBenchDatabase({
    url: options.url ?? searchDatabaseUrl(),
    complaints: options.complaints,
    cases: 0,
    force: options.force,
    log: options.log,
    variant: `search-v${SEARCH_TEXTS_VERSION}-pool${pool}`,
    shape: () => {
      const started = performance.now();
      const shape = readSearchShape(pool);
      options.log(`${shape.texts.length} varied texts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return shape;
    },
  });
}
