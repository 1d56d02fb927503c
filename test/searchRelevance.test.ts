import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { listCases } from '../src/db/queries/caseListQuery.ts';
import { maskPersonalData } from '../src/domain/complaints/maskPersonalData.ts';
import { parseTraffyExport } from '../src/domain/complaints/traffy/parseTraffyExport.ts';
import { titleFromDescription } from '../src/domain/complaints/validateIntake.ts';
import { foldSpelling } from '../src/domain/search/foldSpelling.ts';
import { toSearchWords } from '../src/domain/thai/segmentWords.ts';
import { openTestDatabase, testEngines } from './support/testDatabase.ts';

interface RelevanceSet {
  english: { id: string; text: string }[];
  queries: { query: string; lang: 'th' | 'en'; relevant: string[] }[];
}

const judged = JSON.parse(readFileSync(new URL('./fixtures/searchRelevance.json', import.meta.url), 'utf8')) as RelevanceSet;
const files = ['traffy-bangkok-2023-05-11.csv', 'traffy-bangkok-2023-05-11-to-17.csv'];

/** The shipped complaints and the English fixture as intake would store them (title, masked; search_words as cut by intake). */
function corpus(): { id: string; text: string; at: Date }[] {
  const rows = files.flatMap(
    (file) => parseTraffyExport(readFileSync(new URL(`../reference-data/complaints/${file}`, import.meta.url))).rows,
  );
  const english = judged.english.map((e, i) => ({ id: e.id, text: e.text, at: new Date(Date.UTC(2023, 4, 14, 3, i)) }));
  return [
    ...rows.filter((row) => row.comment.length >= 5).map((row) => ({ id: row.ticketId, text: row.comment, at: row.timestamp })),
    ...english,
  ];
}

async function load(db: Database): Promise<void> {
  const docs = corpus();
  const unit = await db.query<{ id: string }>(`select id from units order by code limit 1`);
  await db.query(
    `insert into cases (ref, kind, title, body, status, owner_unit_id, created_at, updated_at, search_words)
     select r, 'complaint', t, b, 'open', $1, a, a, w
       from unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[]) as x(r, t, b, a, w)`,
    [
      unit.rows[0]!.id,
      docs.map((d) => d.id),
      docs.map((d) => titleFromDescription(maskPersonalData(d.text))),
      docs.map((d) => d.text),
      docs.map((d) => d.at),
      docs.map((d) => toSearchWords(d.text)),
    ],
  );
}

describe.each(testEngines())('search relevance on the shipped complaints (%s)', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    await load(db);
  }, 60_000);
  afterAll(() => db.close());

  const search = async (q: string) =>
    (await listCases(db, { scope: { national: true }, q, limit: 20, now: new Date('2023-06-01T00:00:00Z') })).map((row) => row.ref);

  it('has at least 40 Thai and 10 English judged queries', () => {
    expect(judged.queries.filter((q) => q.lang === 'th').length).toBeGreaterThanOrEqual(40);
    expect(judged.queries.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(10);
  });

  it('finds the judged complaints: recall of the top 20 ≥ 0.95 and the first result relevant for ≥ 0.9 of queries', async () => {
    let recallSum = 0;
    let firstRelevant = 0;
    const misses: string[] = [];
    for (const { query, relevant } of judged.queries) {
      const found = await search(query);
      const wanted = new Set(relevant);
      const hits = found.filter((ref) => wanted.has(ref)).length;
      const recall = hits / Math.min(wanted.size, 20);
      recallSum += recall;
      if (found[0] && wanted.has(found[0])) firstRelevant += 1;
      if (recall < 1 || !wanted.has(found[0] ?? '')) {
        const wrong = found.filter((ref) => !wanted.has(ref));
        misses.push(
          `${query}: recall ${recall.toFixed(2)}, first ${found[0] ?? '-'}${wanted.has(found[0] ?? '') ? '' : ' (not relevant)'}, not judged relevant: ${wrong.join(' ')}`,
        );
      }
    }
    const recall = recallSum / judged.queries.length;
    const first = firstRelevant / judged.queries.length;
    console.log(`search relevance (${engine}): recall@20 ${recall.toFixed(3)}, first relevant ${first.toFixed(3)}\n${misses.join('\n')}`);
    expect({ recall: recall >= 0.95, first: first >= 0.9, misses }).toMatchObject({ recall: true, first: true });
  }, 120_000);

  it('pages through the search steps with the (tier, created_at, id) cursor without gaps or repeats', async () => {
    for (const q of ['ไฟสะพานลอยดับ', 'ทางม้าลาย']) {
      const all = await listCases(db, { scope: { national: true }, q, limit: 60, now: new Date() });
      const paged: string[] = [];
      let cursor: { tier: number; createdAt: string; id: string } | undefined;
      for (let page = 0; page < 8; page++) {
        const rows = await listCases(db, { scope: { national: true }, q, limit: 7, cursor, now: new Date() });
        paged.push(...rows.map((row) => row.ref));
        const last = rows.at(-1);
        if (rows.length < 7 || !last) break;
        cursor = { tier: last.tier, createdAt: last.created_at.toISOString(), id: last.id };
      }
      expect(paged).toEqual(all.slice(0, paged.length).map((row) => row.ref));
      if (q === 'ไฟสะพานลอยดับ') expect(new Set(all.map((row) => row.tier)).size).toBeGreaterThan(1);
    }
  });

  it('folds spelling in SQL (cases.search_fold) exactly as the query side does in TypeScript, on every complaint', async () => {
    const rows = await db.query<{ ref: string; title: string; body: string; search_fold: string }>(
      `select ref, title, body, search_fold from cases where kind = 'complaint'`,
    );
    expect(rows.rows.length).toBeGreaterThan(2700);
    const differing = rows.rows.filter((row) => foldSpelling(`${row.title} ${row.body}`) !== row.search_fold).map((row) => row.ref);
    expect(differing).toEqual([]);
  });

  it('finds complaints about ไฟส่องสว่าง and ไฟถนน for "แสงสว่าง", and "น้ำเน่า" only where something is rotten', async () => {
    const found = await listCases(db, { scope: { national: true }, q: 'แสงสว่าง', limit: 200, now: new Date() });
    expect(found.some((row) => row.body.includes('ไฟส่องสว่าง'))).toBe(true);
    expect(found.some((row) => row.body.includes('ไฟถนน'))).toBe(true);
    const rotten = await listCases(db, { scope: { national: true }, q: 'น้ำเน่า', limit: 200, now: new Date() });
    expect(rotten.length).toBeGreaterThan(0);
    expect(rotten.filter((row) => !/เน่า|ครำ|stagnant/.test(row.body)).map((row) => row.body)).toEqual([]);
  });
});
