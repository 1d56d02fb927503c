import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../../test/support/caseFixtures.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import type { Database } from '../../db/database.ts';
import { applyMigrations, listMigrations } from '../../db/migrate.ts';
import { openPglite } from '../../db/pgliteDatabase.ts';
import { ManualClock } from '../../domain/clock.ts';
import { backupDatabase } from './backupDatabase.ts';
import { restoreDatabase } from './restoreDatabase.ts';

const clock = new ManualClock('2026-03-02T02:00:00Z');

async function backupToBuffer(db: Database) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const manifest = await backupDatabase(db, out);
  return { file: Buffer.concat(chunks), manifest };
}

describe.each(testEngines())('a backup taken while cases are being written (%s)', (engine) => {
  let source: Database;
  beforeAll(async () => {
    source = await openTestDatabase(engine);
  });
  afterAll(() => source.close());

  it('holds one moment: every case with its assignment and events, counts as its manifest says', async () => {
    const fixtures = new CaseFixtures(source, clock);
    await fixtures.directive({ to: ['PH-10'] });
    let writing = true;
    let written = 0;
    const writer = async () => {
      // One more case after the backup has finished, so the source certainly moved past the snapshot.
      for (let last = false; !last;) {
        last = !writing;
        await fixtures.directive({ to: ['PH-10', 'PH-50'] });
        written++;
        // PGlite answers within microtasks: without a turn of the event loop, a tight loop of writes starves gzip's callbacks.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const writers = [writer(), writer()];
    const { file, manifest } = await backupToBuffer(source);
    writing = false;
    await Promise.all(writers);
    const rowsOf = (table: string) => manifest.tables.find((t) => t.name === table)!.rows;
    const sourceCases = await source.query<{ n: number }>('select count(*)::int as n from cases');
    expect(sourceCases.rows[0]!.n).toBeGreaterThan(rowsOf('cases'));
    expect(written).toBeGreaterThanOrEqual(2);

    const target = await openTestDatabase(engine);
    try {
      await restoreDatabase(target, () => Readable.from([file]), { replace: false });
      const counts = await target.query<{ cases: number; assignments: number; events: number; orphans: number }>(
        `select (select count(*)::int from cases) as cases, (select count(*)::int from assignments) as assignments,
                (select count(*)::int from case_events) as events,
                (select count(*)::int from cases c
                  where not exists (select 1 from case_events e where e.case_id = c.id and e.type = 'created')
                     or not exists (select 1 from assignments a where a.case_id = c.id)) as orphans`,
      );
      expect(counts.rows[0]).toEqual({
        cases: rowsOf('cases'),
        assignments: rowsOf('assignments'),
        events: rowsOf('case_events'),
        orphans: 0,
      });
    } finally {
      await target.close();
    }
  });
});

describe('a backup from an older version (pglite)', () => {
  it('restores into this version: its own migrations, its rows, then the newer migrations', async () => {
    const all = listMigrations();
    const older = await openPglite(undefined);
    const target = await openTestDatabase('pglite');
    try {
      await older.transaction((tx) => applyMigrations(tx, all.slice(0, -1)));
      const { file, manifest } = await backupToBuffer(older);
      expect(manifest.migrations).toEqual(all.slice(0, -1));
      const result = await restoreDatabase(target, () => Readable.from([file]), { replace: false });
      expect(result.upgradedWith).toEqual(all.slice(-1));
      const applied = await target.query<{ name: string }>('select name from schema_migrations order by name');
      expect(applied.rows.map((row) => row.name)).toEqual(all);
      const synonyms = await target.query<{ n: number }>('select count(*)::int as n from search_synonyms');
      expect(synonyms.rows[0]!.n).toBe(manifest.tables.find((t) => t.name === 'search_synonyms')!.rows);
      const units = await target.query<{ n: number }>('select count(*)::int as n from units');
      expect(units.rows[0]!.n).toBe(0);
    } finally {
      await older.close();
      await target.close();
    }
  });
});
