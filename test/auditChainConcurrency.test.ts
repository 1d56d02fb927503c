import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/commands/audit/verifyAuditChain.ts';
import { createCase } from '../src/commands/cases/createCase.ts';
import type { Database } from '../src/db/database.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { createStaff } from './support/factories.ts';
import { openTestDatabase, testEngines } from './support/testDatabase.ts';

/**
 * Issue 15, item 1: the chain is taken at commit, under one head lock, so it stays whole while two
 * processes with several connections each write at once: every event chained once, in commit order,
 * no gap. PostgreSQL only (PGlite has one connection).
 */
const writer = path.resolve('test/support/writeChainedEvents.ts');
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');

function write(url: string, caseId: string, count: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, writer, url, caseId, String(count), '4'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`writer exited ${code}: ${err}`))));
  });
}

describe.runIf(testEngines().includes('postgresql'))('the audit chain under two writing processes (postgresql)', () => {
  let db: Database;
  let url: string;
  let caseId: string;

  beforeAll(async () => {
    db = await openTestDatabase('postgresql');
    const name = (await db.query<{ name: string }>('select current_database() as name')).rows[0]!.name;
    const parsed = new URL(process.env.TEST_DATABASE_URL!);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    const staff = await createStaff(db, { role: 'coordinator', unitCode: 'PH-50' });
    caseId = (
      await createCase(
        { db, clock: new ManualClock(), actor: staff.actor },
        {
          kind: 'directive',
          title: 'เรื่องทดสอบ',
          body: '',
          priority: 'normal',
          category: null,
          areaCode: null,
          dueAt: null,
          details: {},
          assignments: [],
        },
      )
    ).id;
  });
  afterAll(() => db.close());

  it('chains 10,000 events written at once by two processes, each once, with no gap', async () => {
    const before = (await db.query<{ seq: number }>('select seq from event_chain_head')).rows[0]!.seq;
    expect(await Promise.all([write(url, caseId, 5000), write(url, caseId, 5000)])).toEqual(['5000', '5000']);
    const verdict = await verifyAuditChain(db);
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.entries).toBe(Number(before) + 10_000);
    const written = await db.query<{ n: number }>(`select count(*)::int as n from event_chain where seq > $1 and chained_at is not null`, [
      before,
    ]);
    expect(written.rows[0]!.n).toBe(10_000);
  }, 60_000);
});
