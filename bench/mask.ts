/**
 * Masking personal data runs on the intake hot path (the stored title and the
 * search words) and on every read beyond the handling unit, so it must stay
 * cheap: microseconds per complaint over the 1,000 real Traffy complaints in
 * reference-data/complaints/. Baseline in the same run: one pass of a single
 * precompiled digit regex over the same texts, the least any masking costs.
 * Target: under 50 µs per complaint.
 */
import { readFileSync } from 'node:fs';
import { maskPersonalData } from '../src/domain/complaints/maskPersonalData.ts';
import { parseTraffyExport } from '../src/domain/complaints/traffy/parseTraffyExport.ts';
import { fromProjectRoot } from '../src/projectRoot.ts';
import type { Figures } from './run.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

export async function run(): Promise<Figures> {
  const { rows } = parseTraffyExport(readFileSync(fromProjectRoot('reference-data/complaints/traffy-bangkok-2023-05-11.csv')));
  const texts = rows.map((row) => row.comment);
  let changed = 0;
  for (const text of texts) if (maskPersonalData(text) !== text) changed++;
  const time = (work: (text: string) => unknown) => {
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) for (const text of texts) work(text);
    return ((performance.now() - started) * 1000) / (ROUNDS * texts.length);
  };
  const digits = /[0-9๐-๙]{9,}/g;
  time(maskPersonalData); // warm up
  const baselineUs = time((text) => text.match(digits));
  const maskUs = time(maskPersonalData);
  const chars = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
  return {
    complaints: texts.length,
    mean_chars: chars,
    masked_complaints: changed,
    rounds: ROUNDS,
    mask_us_per_complaint: maskUs,
    baseline_us_per_complaint: baselineUs,
    ratio_mask_to_baseline: maskUs / baselineUs,
    target_us: 50,
    meets_target: maskUs < 50 ? 'yes' : 'no',
  };
}
