import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { openPostgres } from '../src/db/postgresDatabase.ts';
import { ManualClock } from '../src/domain/clock.ts';
import type { Role } from '../src/domain/roles.ts';
import { CaseFixtures } from './support/caseFixtures.ts';
import { startSmtpServer } from './support/channelServers.ts';
import { createStaff, TEST_PASSWORD } from './support/factories.ts';
import { cli, startServe, stopProcess } from './support/serverProcess.ts';
import { storeInstalledModel } from './support/storedClassifierModel.ts';
import { withDatabase } from './support/globalSetup.ts';

/**
 * Several `tidtam serve` processes on one PostgreSQL (issue #15, item 3): two real servers on one
 * fresh database, driven alternately and at once. Acknowledgements and cascades of one assignment
 * race from both; stale pages write with If-Match; two `tidtam sweep` runs deliver the outbox and
 * sweep service levels beside the servers' own jobs; a model stored elsewhere reaches both.
 */
const url = process.env.TEST_DATABASE_URL;
const DAY = 24 * 60 * 60 * 1000;

function run(env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

interface Client {
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  get(path: string): Promise<{ status: number; body: any }>;
}

async function signIn(base: string, username: string): Promise<Client> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const answer = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await answer.text();
    return { status: answer.status, body: text ? JSON.parse(text) : null };
  };
  return { post: (p, b = {}, h) => send('POST', p, b, h), get: (p) => send('GET', p) };
}

describe.skipIf(!url)('two server processes on one PostgreSQL', () => {
  let admin: pg.Client;
  let name: string;
  let databaseUrl: string;
  let db: Database;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const servers: { child: ChildProcess; base: string }[] = [];
  let env: NodeJS.ProcessEnv;
  const fixtures = { acknowledge: [] as string[], progress: [] as string[], cascade: [] as string[], overdue: [] as string[] };
  const users = {} as Record<'officer' | 'officer2' | 'coordinator' | 'coordinator2' | 'operator' | 'admin', string>;
  const outboxMessages = 30;

  beforeAll(async () => {
    name = `${inject('postgresPrefix')}_mp_${randomBytes(4).toString('hex')}`;
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
        break;
      } catch (error) {
        if (attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
    databaseUrl = withDatabase(url!, name);
    db = openPostgres(databaseUrl, { poolSize: 3 });
    smtp = await startSmtpServer();
    env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', SMTP_URL: smtp.url, MAIL_FROM: 'Tidtam <no-reply@tidtam.test>' };

    const make = async (key: keyof typeof users, role: Role, unitCode: string) => {
      users[key] = (await createStaff(db, { role, unitCode })).username;
    };
    await make('officer', 'officer', 'DO-5003');
    await make('officer2', 'officer', 'DO-5003');
    await make('coordinator', 'coordinator', 'PH-50');
    await make('coordinator2', 'coordinator', 'PH-50');
    await make('operator', 'operator', 'OPM-1111');
    await make('admin', 'admin', 'RTG');

    const now = new CaseFixtures(db, new ManualClock(new Date()));
    for (let i = 0; i < 8; i++) fixtures.acknowledge.push((await now.directive({ to: ['DO-5003'] })).assignmentIds['DO-5003']!);
    for (let i = 0; i < 8; i++) {
      const id = (await now.directive({ to: ['DO-5003'] })).assignmentIds['DO-5003']!;
      await now.bringTo(id, 'DO-5003', 'acknowledged');
      fixtures.progress.push(id);
    }
    for (let i = 0; i < 6; i++) {
      const id = (await now.directive({ to: ['PH-50'] })).assignmentIds['PH-50']!;
      await now.bringTo(id, 'PH-50', 'acknowledged');
      fixtures.cascade.push(id);
    }
    // Sent a month ago and never acknowledged: a reminder and two escalations are due for each.
    const monthAgo = new CaseFixtures(db, new ManualClock(new Date(Date.now() - 30 * DAY)));
    for (let i = 0; i < 6; i++) fixtures.overdue.push((await monthAgo.directive({ to: ['DO-5004'] })).assignmentIds['DO-5004']!);
    await db.query(
      `insert into outbox (channel, recipient, kind, subject, body, created_at, available_at)
       select 'email', 'citizen' || i || '@example.test', 'status_changed', 'multi-process ' || i, 'ข้อความ ' || i, now(), now()
         from generate_series(1, $1::int) i`,
      [outboxMessages],
    );
    servers.push(
      ...(await Promise.all([startServe(['--database-url', databaseUrl], env), startServe(['--database-url', databaseUrl], env)])),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => stopProcess(s.child)));
    await db?.close();
    await smtp?.close();
    await admin?.query(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });

  /** The If-Match a page shows for an assignment: its version in the case page, read through one of the servers. */
  const versionShown = async (client: Client, assignmentId: string) => {
    const { rows } = await db.query<{ case_id: string }>('select case_id from assignments where id = $1', [assignmentId]);
    const page = await client.get(`/api/cases/${rows[0]!.case_id}`);
    const shown = (page.body.assignments as { id: string; version: number }[]).find((a) => a.id === assignmentId)!;
    return `"${shown.version}"`;
  };

  const eventsOf = async (type: string, ids: string[]) => {
    const { rows } = await db.query<{ assignment_id: string; n: number }>(
      `select assignment_id, count(*)::int as n from case_events where type = $1 and assignment_id = any($2::uuid[]) group by assignment_id`,
      [type, ids],
    );
    return new Map(rows.map((row) => [row.assignment_id, row.n]));
  };

  it('lets exactly one of two simultaneous acknowledgements win, one on each process', async () => {
    const [a, b] = [await signIn(servers[0]!.base, users.officer), await signIn(servers[1]!.base, users.officer2)];
    for (const id of fixtures.acknowledge) {
      const answers = await Promise.all([
        a.post(`/api/assignments/${id}/acknowledge`, {}),
        b.post(`/api/assignments/${id}/acknowledge`, {}),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    }
    const acknowledged = await eventsOf('acknowledged', fixtures.acknowledge);
    expect(fixtures.acknowledge.map((id) => acknowledged.get(id))).toEqual(fixtures.acknowledge.map(() => 1));
  });

  it('refuses the stale one of two writes sent with the same If-Match, so no progress report is written over', async () => {
    const [a, b] = [await signIn(servers[0]!.base, users.officer), await signIn(servers[1]!.base, users.officer2)];
    for (const [i, id] of fixtures.progress.entries()) {
      // Both officers opened the same page (alternately on either process), so both hold the same version.
      const tag = await versionShown(i % 2 ? a : b, id);
      const answers = await Promise.all([
        a.post(`/api/assignments/${id}/progress`, { note: 'จากเครื่อง A' }, { 'if-match': tag }),
        b.post(`/api/assignments/${id}/progress`, { note: 'จากเครื่อง B' }, { 'if-match': tag }),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(answers.find((r) => r.status === 409)!.body.error.code).toBe('stale_write');
    }
    const reported = await eventsOf('progress_reported', fixtures.progress);
    expect(fixtures.progress.map((id) => reported.get(id))).toEqual(fixtures.progress.map(() => 1));
  });

  it('cascades once when two coordinators cascade the same assignment from both processes', async () => {
    const [a, b] = [await signIn(servers[0]!.base, users.coordinator), await signIn(servers[1]!.base, users.coordinator2)];
    for (const [i, id] of fixtures.cascade.entries()) {
      const tag = await versionShown(i % 2 ? b : a, id);
      const answers =
        i % 2 === 0
          ? // The same district from both: the second finds it already holds the case.
            await Promise.all([
              a.post(`/api/assignments/${id}/cascade`, { targets: { unitCodes: ['DO-5001'] } }),
              b.post(`/api/assignments/${id}/cascade`, { targets: { unitCodes: ['DO-5001'] } }),
            ])
          : // Different districts from pages showing one version: the slower is stale.
            await Promise.all([
              a.post(`/api/assignments/${id}/cascade`, { targets: { unitCodes: ['DO-5001'] } }, { 'if-match': tag }),
              b.post(`/api/assignments/${id}/cascade`, { targets: { unitCodes: ['DO-5002'] } }, { 'if-match': tag }),
            ]);
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    }
    const { rows } = await db.query<{ parent_id: string; n: number }>(
      'select parent_id, count(*)::int as n from assignments where parent_id = any($1::uuid[]) group by parent_id',
      [fixtures.cascade],
    );
    expect(rows.map((row) => row.n)).toEqual(fixtures.cascade.map(() => 1));
    const cascaded = await eventsOf('cascaded', fixtures.cascade);
    expect(fixtures.cascade.map((id) => cascaded.get(id))).toEqual(fixtures.cascade.map(() => 1));
  });

  it('delivers each message once and records each reminder and escalation once while two sweeps run beside both servers', async () => {
    const sweeps = await Promise.all([
      run(env, ['sweep', '--database-url', databaseUrl]),
      run(env, ['sweep', '--database-url', databaseUrl]),
    ]);
    for (const sweep of sweeps) expect(sweep.stdout).toMatch(/^outbox: /m);
    // The servers' own outbox jobs may still hold a claim: wait until every message is marked sent.
    for (let waited = 0; ; waited += 200) {
      const { rows } = await db.query<{ n: number }>('select count(*)::int as n from outbox where sent_at is null');
      if (rows[0]!.n === 0) break;
      if (waited > 30_000) throw new Error(`${rows[0]!.n} messages still unsent`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const subjects = smtp.mails.map((mail) => /^Subject: (.*)$/m.exec(mail.raw)?.[1] ?? '');
    expect(subjects).toHaveLength(outboxMessages);
    expect(new Set(subjects).size).toBe(outboxMessages);

    const steps = await db.query<{ assignment_id: string; step: string; n: number }>(
      `select a.id as assignment_id, e.type as step, count(*)::int as n from assignments a join case_events e on e.assignment_id = a.id
        where a.id = any($1::uuid[]) and e.type in ('reminded', 'escalated') group by a.id, e.type`,
      [fixtures.overdue],
    );
    // One reminder and two escalation levels per assignment: each exactly once, however many sweeps ran.
    expect(steps.rows.filter((row) => row.step === 'reminded').map((row) => row.n)).toEqual(fixtures.overdue.map(() => 1));
    expect(steps.rows.filter((row) => row.step === 'escalated').map((row) => row.n)).toEqual(fixtures.overdue.map(() => 2));
  });

  it('uses in every process a classifier model stored by another, at its next read of the configuration', async () => {
    const word = 'กรึ๊บกรั๊บ';
    const [adminA, adminB] = [await signIn(servers[0]!.base, users.admin), await signIn(servers[1]!.base, users.admin)];
    expect((await adminB.get('/api/classifier')).body.modelInThisProcess).toBeNull();
    // What a retrain in a third process (the nightly job, `tidtam train`) stores.
    const id = await storeInstalledModel(db, word);
    for (const server of servers) {
      const operator = await signIn(server.base, users.operator);
      const preview = await operator.post('/api/complaints/preview', { categoryCode: null, description: `${word} ทุกคืน`, areaCode: null });
      expect(preview.status).toBe(200);
      expect(preview.body.suggestions[0].code).toBe('noise');
    }
    expect((await adminA.get('/api/classifier')).body.modelInThisProcess).toBe(id);
    expect((await adminB.get('/api/classifier')).body.modelInThisProcess).toBe(id);
  });
});
