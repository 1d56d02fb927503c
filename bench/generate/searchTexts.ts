import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { defaultTrainingFile, laterTrainingFile } from '../../src/db/reference/traffyTrainingSet.ts';
import { categoryCodeForTraffyLabel, generalCategoryCode, parseTraffyTypes } from '../../src/domain/complaints/categoryLabels.ts';
import { maskPersonalData } from '../../src/domain/complaints/maskPersonalData.ts';
import { textSignatureHex } from '../../src/domain/complaints/textSignature.ts';
import { titleFromDescription } from '../../src/domain/complaints/validateIntake.ts';
import { toSearchWords } from '../../src/domain/thai/segmentWords.ts';
import { readTraffyShape, type BenchText, type TraffyShape } from './traffyShape.ts';

/** Bump when the recipe below changes: a bench database made by another recipe is rebuilt, not reused. */
export const SEARCH_TEXTS_VERSION = 1;

/**
 * English sentences written for the bench (the shipped Traffy files hold almost none): a small share
 * of complaints mention one, as foreign residents and mixed Thai–English writers do.
 */
const ENGLISH = [
  'garbage not collected for a week',
  'street light broken at night',
  'the road is flooded after rain',
  'loud noise from construction at night',
  'pothole on the main road',
  'footpath blocked by vendors',
  'drain is clogged and smells bad',
  'stray dogs chasing people',
  'illegal parking on the sidewalk',
  'tree branches fell on the power line',
];

interface RealComplaint {
  category: string;
  body: string;
  /** The complaint's location as Traffy wrote it (road, soi, subdistrict, district), cut short. */
  address: string;
}

function readComplaints(files: readonly string[]): RealComplaint[] {
  return files.flatMap((file) =>
    (
      parse(readFileSync(file), { bom: true, columns: true, relax_column_count: true, skip_empty_lines: true }) as Record<
        string,
        string | undefined
      >[]
    )
      .filter((record) => (record.comment ?? '').trim().length >= 5)
      .map((record) => ({
        category:
          parseTraffyTypes(record.type ?? '')
            .map(categoryCodeForTraffyLabel)
            .find(Boolean) ?? generalCategoryCode,
        body: maskPersonalData((record.comment ?? '').trim()).slice(0, 4000),
        address: (record.address ?? '')
          .replace(/\s+/g, ' ')
          .replace(/ประเทศไทย|\d{5}/g, '')
          .trim()
          .slice(0, 70),
      })),
  );
}

/** A small seeded generator (mulberry32), so the same seed gives the same texts. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` complaint texts made from the shipped Traffy complaints (both files), each as intake
 * would store it (masked, titled, cut into words by the same ICU cutter, signed):
 * - every one starts from a real complaint, which gives its category;
 * - 45% add a clause of another real complaint of the same category (people describe the same
 *   problems in overlapping words);
 * - 50% add where it is, `บริเวณ` and a real Traffy address (roads, sois, subdistricts);
 * - 25% add a house number or soi number (rare tokens, as real complaints have);
 * - 2% add an English sentence.
 * So a word's frequency follows the real texts', but the texts are not a few thousand repeated.
 */
export function variedTexts(count: number, seed = 14, files: readonly string[] = [defaultTrainingFile, laterTrainingFile]): BenchText[] {
  const real = readComplaints(files);
  const byCategory = new Map<string, RealComplaint[]>();
  for (const complaint of real) {
    const same = byCategory.get(complaint.category) ?? [];
    same.push(complaint);
    byCategory.set(complaint.category, same);
  }
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const texts: BenchText[] = [];
  for (let k = 0; k < count; k++) {
    const base = pick(real);
    const parts = [base.body];
    if (random() < 0.45) {
      const clauses = pick(byCategory.get(base.category)!)
        .body.split(/\s+/)
        .filter((clause) => clause.length >= 10);
      if (clauses.length > 0) parts.push(pick(clauses));
    }
    if (random() < 0.5) {
      const address = pick(real).address;
      if (address) parts.push(`บริเวณ ${address}`);
    }
    if (random() < 0.25) {
      parts.push(
        random() < 0.5
          ? `บ้านเลขที่ ${1 + Math.floor(random() * 999)}/${1 + Math.floor(random() * 99)}`
          : `ซอย ${1 + Math.floor(random() * 120)}`,
      );
    }
    if (random() < 0.02) parts.push(pick(ENGLISH));
    const body = parts.join(' ').slice(0, 4000);
    const title = titleFromDescription(body);
    texts.push({ category: base.category, title, body, searchWords: toSearchWords(body), signature: textSignatureHex(`${title} ${body}`) });
  }
  return texts;
}

/** The dashboard generator's shape (ratings, reopening) with `count` varied texts in place of the few thousand real ones. */
export function readSearchShape(count: number, seed = 14): TraffyShape {
  return { ...readTraffyShape(), texts: variedTexts(count, seed) };
}
