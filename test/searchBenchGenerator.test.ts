import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareSearchDatabase } from '../bench/generate/searchDatabase.ts';
import { variedTexts } from '../bench/generate/searchTexts.ts';
import { readTraffyShape } from '../bench/generate/traffyShape.ts';
import { openPostgres } from '../src/db/postgresDatabase.ts';
import { toSearchWords } from '../src/domain/thai/segmentWords.ts';

/**
 * The search bench's texts (`npm run bench -- search`) have the shape bench/generate/searchTexts.ts
 * claims, at small scale: real Traffy complaints recombined, not a few thousand repeated; words cut
 * as intake cuts them; the category mix of the real texts; and, on PostgreSQL, a database the
 * generator fills with them and reuses only when made by the same recipe.
 */
const COUNT = 3_000;

describe('search bench texts', () => {
  const texts = variedTexts(COUNT, 7);
  const share = (test: (body: string) => boolean) => texts.filter((t) => test(t.body)).length / COUNT;

  it('varies the real complaints: nearly all distinct, with places, house numbers and some English', () => {
    expect(new Set(texts.map((t) => t.body)).size / COUNT).toBeGreaterThan(0.9);
    expect(share((body) => body.includes('บริเวณ '))).toBeGreaterThan(0.4);
    expect(share((body) => /บ้านเลขที่ \d+\/\d+|ซอย \d+/.test(body))).toBeGreaterThan(0.18);
    const english = share((body) => /garbage|street light|flooded|pothole|noise|drain|footpath|stray|parking|tree branches/.test(body));
    expect(english).toBeGreaterThan(0.01);
    expect(english).toBeLessThan(0.06);
    // The same seed gives the same texts, so runs of the bench compare.
    expect(variedTexts(50, 7).map((t) => t.body)).toEqual(texts.slice(0, 50).map((t) => t.body));
  });

  it('stores each text as intake would: title from the first line, words cut by the same cutter', () => {
    for (const text of texts.slice(0, 200)) {
      expect(text.searchWords).toBe(toSearchWords(text.body));
      expect(text.body.startsWith(text.title.replace(/…$/, ''))).toBe(true);
      expect(text.signature).toMatch(/^[0-9a-f]{512}$/);
    }
  });

  it('keeps the real category mix and the everyday words at about their real rates', () => {
    const real = readTraffyShape().texts;
    const road = (list: { category: string }[]) => list.filter((t) => t.category === 'roads').length / list.length;
    expect(new Set(texts.map((t) => t.category)).size).toBeGreaterThan(15);
    expect(Math.abs(road(texts) - road(real))).toBeLessThan(0.08);
    const withRoad = share((body) => body.includes('ถนน'));
    expect(withRoad).toBeGreaterThan(0.2);
    expect(withRoad).toBeLessThan(0.8);
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('search bench database (PostgreSQL)', () => {
  const name = `tidtam_searchgen_${randomBytes(4).toString('hex')}`;
  const url = (() => {
    const parsed = new URL(serverUrl ?? 'postgres://localhost/x');
    parsed.pathname = `/${name}`;
    return parsed.toString();
  })();

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('fills complaints from the varied texts, searchable, and reuses them only for the same recipe', async () => {
    const options = { url, complaints: 1_500, textPool: 1_000, force: false, log: () => {} };
    expect((await prepareSearchDatabase(options)).reused).toBe(false);
    const db = openPostgres(url, { poolSize: 1 });
    try {
      const row = (
        await db.query<Record<string, number>>(`
          select count(*)::int as complaints, count(distinct body)::int as bodies, count(distinct category)::int as categories,
                 count(*) filter (where search_vector @@ to_tsquery('simple', 'ถนน:*'))::int as road_words,
                 count(*) filter (where search_words = '')::int as unsearchable,
                 (select count(*) from cases where kind <> 'complaint')::int as others
            from cases where kind = 'complaint'`)
      ).rows[0]!;
      expect(row).toMatchObject({ complaints: 1_500, unsearchable: 0, others: 0 });
      expect(row.bodies).toBeGreaterThan(700);
      expect(row.categories).toBeGreaterThan(15);
      expect(row.road_words).toBeGreaterThan(200);
      const indexes = await db.query<{ name: string }>(`select indexname as name from pg_indexes where tablename = 'cases'`);
      expect(indexes.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['cases_search_vector_idx', 'cases_search_trgm_idx']));
    } finally {
      await db.close();
    }
    expect((await prepareSearchDatabase(options)).reused).toBe(true);
    await expect(prepareSearchDatabase({ ...options, textPool: 1_001 })).rejects.toThrow(/--force/);
  });
});
