import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditAnchor, verifyAuditChain } from '../src/commands/audit/verifyAuditChain.ts';
import { createCase, type CreateCaseInput } from '../src/commands/cases/createCase.ts';
import type { Database, Queryable } from '../src/db/database.ts';
import { openPglite } from '../src/db/pgliteDatabase.ts';
import { appendAuditEvent } from '../src/db/queries/auditEventQueries.ts';
import { appendEvent } from '../src/db/queries/eventQueries.ts';
import { runAuditAnchor } from '../src/cli/commands/audit.ts';
import { parseAnchor } from '../src/domain/audit/auditVerdict.ts';
import { canonicalEventText, chainFieldSql, rowHash } from '../src/domain/audit/chainCanonical.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { createStaff, type TestStaff } from './support/factories.ts';
import { openTestDatabase, pgliteSnapshot, testEngines } from './support/testDatabase.ts';

/**
 * Issue 15, item 1: the audit chain over case_events and audit_events. Tampering the way only a
 * database superuser can (triggers off) is named by `verifyAuditChain` and by `tidtam audit verify`;
 * a rewrite that recomputes every hash passes without an anchor and fails with one.
 */
const directive = (title: string): CreateCaseInput => ({
  kind: 'directive',
  title,
  body: 'รายละเอียด "quoted" \\ back\nslash',
  priority: 'normal',
  category: null,
  areaCode: null,
  dueAt: null,
  details: {},
  assignments: [],
});

/** As a superuser would: with every ordinary and constraint trigger off, for one transaction. */
const asSuperuser = (db: Database, work: (tx: Queryable) => Promise<unknown>) =>
  db.transaction(async (tx) => {
    await tx.query('set local session_replication_role = replica');
    await work(tx);
  });

const cli = path.resolve('bin/tidtam.js');

describe.each(testEngines())('the audit chain (%s)', (engine) => {
  let db: Database;
  let dataDir: string | undefined;
  let closed = false;
  let staff: TestStaff;
  let caseId: string;
  const clock = new ManualClock(new Date('2026-12-09T03:04:05.123456Z'));

  beforeAll(async () => {
    if (engine === 'pglite') {
      // A folder, so that `tidtam audit verify --data-dir` can open it after the test closes it.
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'tidtam-audit-'));
      db = await openPglite(path.join(dataDir, 'pglite'), { loadDataDir: pgliteSnapshot() });
    } else {
      db = await openTestDatabase(engine);
    }
    staff = await createStaff(db, { role: 'coordinator', unitCode: 'PH-50' });
    for (let i = 0; i < 5; i++) {
      const created = await createCase({ db, clock, actor: staff.actor }, directive(`ติดตามเรื่องที่ ${i}`));
      caseId = created.id;
      clock.advanceMs(1000);
    }
    await db.transaction(async (tx) => {
      await appendAuditEvent(tx, {
        category: 'admin',
        action: 'user.update',
        actorUserId: staff.id,
        targetType: 'user',
        targetId: staff.id,
        before: { role: 'officer' },
        after: { role: 'coordinator', name: 'สมชาย 🙂' },
        ip: '127.0.0.1',
        at: clock.now(),
      });
      await appendAuditEvent(tx, { category: 'security', action: 'sign_in.refused', actorUserId: null, at: clock.now() });
      await appendEvent(tx, {
        caseId,
        type: 'note',
        actorUserId: staff.id,
        actorUnitId: staff.unit.id,
        data: { text: 'บันทึก', n: 1.5e300 },
        at: clock.now(),
      });
    });
  }, 60_000);
  afterAll(async () => {
    if (!closed) await db.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("hashes in the trigger exactly what the verifier's TypeScript hashes", async () => {
    for (const source of ['case_events', 'audit_events'] as const) {
      const canonical = source === 'case_events' ? 'case_event_canonical' : 'audit_event_canonical';
      const rows = await db.query<{ fields: (string | null)[]; stored: string; sql_text: string }>(
        `select ${chainFieldSql(source, 't')} as fields, encode(c.row_hash, 'hex') as stored, ${canonical}(t) as sql_text
           from ${source} t join event_chain c on c.source = '${source}' and c.event_id = t.id`,
      );
      expect(rows.rows.length).toBeGreaterThan(0);
      for (const row of rows.rows) {
        expect(canonicalEventText(source, row.fields)).toBe(row.sql_text);
        expect(rowHash(source, row.fields).toString('hex')).toBe(row.stored);
      }
    }
  });

  it('verifies an untouched database clean, every event chained once', async () => {
    const verdict = await verifyAuditChain(db);
    const events = await db.query<{ n: number }>('select (select count(*) from case_events) + (select count(*) from audit_events) as n');
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.entries).toBe(Number(events.rows[0]!.n));
    expect(verdict.head.seq).toBe(verdict.entries);
  });

  it('chains events fired early by SET CONSTRAINTS ... IMMEDIATE and the ones after, and forgets a rolled-back one', async () => {
    const note = (tx: Queryable, n: number) =>
      appendEvent(tx, { caseId, type: 'note', actorUserId: null, actorUnitId: null, data: { n }, at: clock.now() });
    await db.transaction(async (tx) => {
      await note(tx, 1);
      await note(tx, 2);
      await tx.query('set constraints all immediate');
      await note(tx, 3);
      await tx.query('set constraints all deferred');
      await note(tx, 4);
    });
    await expect(
      db.transaction(async (tx) => {
        await note(tx, 5);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const verdict = await verifyAuditChain(db);
    expect(verdict.problems).toEqual([]);
    const last = await db.query<{ n: string }>(
      `select e.data->>'n' as n from event_chain c join case_events e on e.id = c.event_id
        where c.source = 'case_events' order by c.seq desc limit 4`,
    );
    expect(last.rows.map((r) => r.n).reverse()).toEqual(['1', '2', '3', '4']);
  });

  it('passes a rewrite that recomputed every hash, unless given an anchor taken before it', async () => {
    const anchor = await readAuditAnchor(db);
    const target = await db.query<{ seq: number; event_id: number }>(
      `select seq, event_id from event_chain where source = 'case_events' order by seq desc limit 1 offset 2`,
    );
    const { seq, event_id: eventId } = target.rows[0]!;
    await createCase({ db, clock, actor: staff.actor }, directive('หลังจุดยึด'));
    // The superuser's script: change the event, then its row hash, every chain hash after it and the head.
    await asSuperuser(db, async (tx) => {
      await tx.query(`update case_events set data = '{"text": "แก้ประวัติ"}' where id = $1`, [eventId]);
      await tx.query(
        `update event_chain c set row_hash = sha256(convert_to(case_event_canonical(e), 'UTF8'))
           from case_events e where c.source = 'case_events' and c.event_id = e.id and e.id = $1`,
        [eventId],
      );
      await tx.exec(`do $$
        declare r record; prev bytea;
        begin
          select chain_hash into prev from event_chain where seq = ${Number(seq) - 1};
          for r in select c.seq, c.row_hash from event_chain c where c.seq >= ${Number(seq)} order by c.seq loop
            prev := sha256(prev || r.row_hash || int8send(r.seq));
            update event_chain set chain_hash = prev where event_chain.seq = r.seq;
          end loop;
          update event_chain_head set chain_hash = prev;
        end $$`);
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);
    const anchored = await verifyAuditChain(db, { anchor });
    expect(anchored.ok).toBe(false);
    expect(anchored.problems.map((p) => [p.kind, p.seq])).toEqual([['ANCHOR', anchor.seq]]);
    expect(anchored.problems[0]!.line).toMatch(new RegExp(`^ANCHOR \\w+ event \\d+ \\(chain seq ${anchor.seq}\\): .*rewritten`));
  });

  it('names an altered, a deleted and an inserted event, the first in the chain first', async () => {
    const ids = await db.query<{ seq: number; event_id: number }>(
      `select c.seq, c.event_id from event_chain c join case_events e on e.id = c.event_id
        where c.source = 'case_events' and not exists (select 1 from attachments a where a.event_id = e.id)
        order by c.seq limit 4`,
    );
    const [altered, deleted] = [ids.rows[1]!, ids.rows[3]!];
    await asSuperuser(db, async (tx) => {
      await tx.query(`update case_events set type = 'closed' where id = $1`, [altered.event_id]);
      await tx.query('delete from case_events where id = $1', [deleted.event_id]);
    });
    await asSuperuser(db, (tx) =>
      appendAuditEvent(tx, { category: 'admin', action: 'user.create', actorUserId: null, data: { forged: true }, at: clock.now() }),
    );
    const forged = await db.query<{ id: number }>(`select id from audit_events where data->>'forged' = 'true'`);
    const verdict = await verifyAuditChain(db);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.map((p) => [p.kind, p.table, p.eventId, p.seq])).toEqual([
      ['ALTERED', 'case_events', Number(altered.event_id), Number(altered.seq)],
      ['DELETED', 'case_events', Number(deleted.event_id), Number(deleted.seq)],
      ['INSERTED', 'audit_events', Number(forged.rows[0]!.id), null],
    ]);
    expect(verdict.problems[0]!.line).toBe(
      `ALTERED case_events event ${altered.event_id} (chain seq ${altered.seq}): its content no longer matches the hash it was chained with`,
    );
  });

  it.runIf(engine === 'pglite')(
    'makes `tidtam audit verify` exit 1 naming each problem, and `audit anchor` print the head',
    async () => {
      const anchor = await readAuditAnchor(db);
      const printed: string[] = [];
      const out = { stdout: (text: string) => printed.push(text), stderr: () => undefined, progressStream: process.stderr };
      expect(await runAuditAnchor({ db }, { json: false }, out)).toBe(0);
      expect(printed.join('')).toMatch(/^tidtam-audit-anchor seq=\d+ chain=[0-9a-f]{64} at=\S+\n$/);
      expect(parseAnchor(printed.join(''))).toMatchObject({ seq: anchor.seq, chainHash: anchor.chainHash });
      await db.close();
      closed = true;
      // An anchor published with another hash at the head's seq: the history it saw is not this one.
      const anchorFile = path.join(dataDir!, 'anchor.txt');
      writeFileSync(anchorFile, printed.join('').replace(anchor.chainHash, 'ab'.repeat(32)));
      const env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' };
      const verify = spawnSync(process.execPath, [cli, 'audit', 'verify', '--anchor', anchorFile, '--data-dir', dataDir!], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(
        verify.stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split(' ')[0]),
      ).toEqual(['ALTERED', 'DELETED', 'INSERTED', 'ANCHOR']);
      expect(verify.stderr).toContain('audit chain broken: 4 problems');
      expect(verify.status).toBe(1);
    },
    120_000,
  );
});
