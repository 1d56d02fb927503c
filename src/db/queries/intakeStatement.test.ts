import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaint } from '../../commands/complaints/createComplaint.ts';
import { ManualClock } from '../../domain/clock.ts';
import { unitByCode } from '../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import type { Database, Queryable, QueryOptions } from '../database.ts';
import { insertAssignments } from './assignmentQueries.ts';
import { insertCase } from './caseQueries.ts';
import { appendEvent } from './eventQueries.ts';
import { enqueueOutbox } from './outboxQueries.ts';

/**
 * The intake statement writes a complaint's case, assignment, events and outbox rows itself, in one
 * statement, beside the per-table queries every other command uses. This test keeps the two in step.
 *
 * It reads the SQL each path really sends (a pass-through that notes every statement on its way to the
 * real database, so nothing is mocked) and compares the columns each `insert into` names, table by
 * table, with each other and with the schema (`information_schema.columns`). A column added to one
 * path only, or a required column (NOT NULL, no default) that one path leaves out, fails here, however
 * the SQL was edited; shared column-list constants would only catch an edit made through the constant.
 * A difference the two paths are meant to have is listed below with its reason.
 */
const sharedTables: Record<string, { intakeOnly: string[]; perTableOnly: string[] }> = {
  // The intake names the case in its sibling inserts of the same statement, so it draws the id itself.
  // A complaint's due date is its lead assignment's (the category's service level); the case has none.
  cases: { intakeOnly: ['id'], perTableOnly: ['due_at'] },
  assignments: { intakeOnly: [], perTableOnly: [] },
  case_events: { intakeOnly: [], perTableOnly: [] },
  outbox: { intakeOnly: [], perTableOnly: [] },
};

/** Tables only the intake inserts into: every column is written there or named here with who writes it. */
const intakeOnlyTables: Record<string, string[]> = {
  complaints: [
    'suggested_category', // never written: the classifier's suggestion is the category itself
    'resolved_at', // the complaint's assignment hook (onComplaintTransition)
    'waiting_since', // waitForCitizen, resumeComplaint, rerouteComplaint
    'rating', // rateComplaint
    'rating_comment',
    'rated_at',
    'reopened_count', // reopenComplaint
    'merged_into', // mergeComplaint
  ],
  complainant_contacts: [
    'id',
    'address', // a requester's postal address (fileInfoRequest): complaints keep theirs on the complaint
  ],
};

/** Every table the intake statement inserts into; a new one must be added to the checks above. */
const intakeTables = ['assignments', 'case_events', 'cases', 'complainant_contacts', 'complaints', 'idempotency_keys', 'outbox'];

function recording(db: Database): { db: Database; statements: string[] } {
  const statements: string[] = [];
  const wrap = (inner: Queryable): Queryable => ({
    query: <Row>(sql: string, params?: readonly unknown[], options?: QueryOptions) => {
      statements.push(sql);
      return inner.query<Row>(sql, params, options);
    },
    exec: (sql: string) => inner.exec(sql),
  });
  return {
    statements,
    db: { ...wrap(db), engine: db.engine, transaction: (work) => db.transaction((tx) => work(wrap(tx))), close: () => db.close() },
  };
}

/** The columns each `insert into <table> (...)` names, by table. */
function insertedColumns(statements: readonly string[]): Map<string, string[]> {
  const byTable = new Map<string, string[]>();
  for (const sql of statements) {
    for (const match of sql.matchAll(/insert\s+into\s+(\w+)\s*\(([^)]*)\)/gi)) {
      const columns = match[2]!.split(',').map((column) => column.trim());
      const table = match[1]!.toLowerCase();
      expect(byTable.has(table), `${table} inserted twice by one path`).toBe(false);
      byTable.set(table, columns.sort());
    }
  }
  return byTable;
}

const without = (columns: readonly string[], left: readonly string[]) => columns.filter((c) => !left.includes(c)).sort();

describe.each(testEngines())('the intake statement and the per-table queries write the same columns (%s)', (engine) => {
  let db: Database;
  let intake: Map<string, string[]>;
  let perTable: Map<string, string[]>;
  let schema: Map<string, { column: string; required: boolean }[]>;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    const clock = new ManualClock('2026-03-02T02:00:00Z');
    const area = await db.query<{ code: string }>(`select code from areas where level = 'subdistrict' and parent_code = '1005' limit 1`);

    // One complaint through the intake statement, with a contact and a receipt so every insert runs.
    const throughIntake = recording(db);
    await createComplaint(
      { db: throughIntake.db, clock, actor: null },
      {
        channel: 'web',
        categoryCode: 'roads',
        description: 'ไฟถนนดับทั้งซอยมาสามคืนแล้ว',
        areaCode: area.rows[0]!.code,
        location: { lat: 13.72, lon: 100.52 },
        complainant: { name: 'ทดสอบ', email: 'intake@example.com' },
        idempotencyKey: 'pin-columns',
      },
    );
    intake = insertedColumns(throughIntake.statements.filter((sql) => /insert\s+into\s+cases/i.test(sql)));

    // One case through the per-table queries the other commands use.
    const throughQueries = recording(db);
    const owner = await unitByCode(db, 'OPM-1111');
    const now = clock.now();
    await throughQueries.db.transaction(async (tx) => {
      const kase = await insertCase(tx, {
        kind: 'directive',
        title: 'ข้อสั่งการทดสอบ',
        body: '',
        priority: 'normal',
        category: null,
        areaCode: null,
        ownerUnitId: owner.id,
        createdBy: null,
        dueAt: null,
        details: {},
        searchWords: '',
        now,
        refFor: (n) => `DIR-2569-${n}`,
      });
      const assignmentId = randomUUID();
      await insertAssignments(tx, {
        caseId: kase.id,
        parentId: null,
        assignedByUnitId: owner.id,
        assignedBy: null,
        now,
        assignments: [{ id: assignmentId, unitId: owner.id, role: 'lead', dueAt: null, note: null }],
      });
      await appendEvent(tx, { caseId: kase.id, assignmentId, type: 'created', actorUserId: null, actorUnitId: null, at: now });
      await enqueueOutbox(tx, {
        caseId: kase.id,
        channel: 'email',
        recipient: 'x@example.com',
        kind: 'test',
        subject: null,
        body: 'x',
        now,
      });
    });
    perTable = insertedColumns(throughQueries.statements);

    const columns = await db.query<{ table_name: string; column_name: string; required: boolean }>(
      `select table_name, column_name,
              (is_nullable = 'NO' and column_default is null and is_generated = 'NEVER' and is_identity = 'NO') as required
         from information_schema.columns
        where table_schema = current_schema() and table_name = any($1::text[])`,
      [intakeTables],
    );
    schema = new Map();
    for (const row of columns.rows) {
      schema.set(row.table_name, [...(schema.get(row.table_name) ?? []), { column: row.column_name, required: row.required }]);
    }
  });
  afterAll(() => db.close());

  it('inserts into the tables this test knows', () => {
    expect([...intake.keys()].sort()).toEqual(intakeTables);
    expect([...perTable.keys()].sort()).toEqual(Object.keys(sharedTables).sort());
  });

  it.each(Object.keys(sharedTables))('writes the same columns of %s both ways, and every required one', (table) => {
    const { intakeOnly, perTableOnly } = sharedTables[table]!;
    const byIntake = intake.get(table)!;
    const byQueries = perTable.get(table)!;
    expect(without(byIntake, intakeOnly)).toEqual(without(byQueries, perTableOnly));
    // The listed differences are still differences (else the list has gone stale).
    for (const column of intakeOnly) expect(byQueries).not.toContain(column);
    for (const column of perTableOnly) expect(byIntake).not.toContain(column);
    const required = schema
      .get(table)!
      .filter((c) => c.required)
      .map((c) => c.column);
    expect(required.length).toBeGreaterThan(0);
    for (const column of required) {
      expect(byIntake, `intake leaves out ${table}.${column}`).toContain(column);
      expect(byQueries, `the per-table query leaves out ${table}.${column}`).toContain(column);
    }
  });

  it.each(Object.keys(intakeOnlyTables))('writes every column of %s at intake that nothing later writes', (table) => {
    const later = intakeOnlyTables[table]!;
    const all = schema.get(table)!.map((c) => c.column);
    expect(without(all, later)).toEqual(intake.get(table));
    for (const column of later) expect(all).toContain(column);
  });
});
