import { describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../test/support/testDatabase.ts';
import { sessionOptions } from './postgresDatabase.ts';

describe('the settings of the app’s PostgreSQL sessions', () => {
  it('turns JIT and parallel workers off, and lets PGOPTIONS set them back after', () => {
    expect(sessionOptions(undefined)).toBe('-c jit=off -c max_parallel_workers_per_gather=0');
    expect(sessionOptions(' -c jit=on ')).toBe('-c jit=off -c max_parallel_workers_per_gather=0 -c jit=on');
  });

  it.skipIf(!testEngines().includes('postgresql'))('runs every pooled session with them', async () => {
    const db = await openTestDatabase('postgresql');
    try {
      const inTx = await db.transaction((tx) => tx.query<{ jit: string }>('show jit'));
      const workers = await db.query<{ max_parallel_workers_per_gather: string }>('show max_parallel_workers_per_gather');
      expect(inTx.rows[0]!.jit).toBe('off');
      expect(workers.rows[0]!.max_parallel_workers_per_gather).toBe('0');
    } finally {
      await db.close();
    }
  });
});
